import type { APIMessage } from 'discord-api-types/v10';
import { attachmentsOf } from '../attachments.ts';
import type { Gateway } from '../gateway.ts';
import { apiError, type Json, type RestResponse, type UploadedFile } from '../http.ts';
import { invalidFormBody, type Violation } from '../limits.ts';
import { messagePayload, type MessageInput } from '../payloads.ts';
import type { World } from '../world.ts';

/** What every route module needs: the world, the gateway (to echo events) and live settings. */
export interface RouteContext {
  world: World;
  gateway: Gateway;
  settings: EmulatorSettings;
  gatewayUrl: () => string;
}

export interface EmulatorSettings {
  /** `shards` in GET /gateway/bot. */
  shards: number;
  /** `session_start_limit.max_concurrency` in GET /gateway/bot: IDENTIFYs allowed per 5 seconds. */
  maxConcurrency: number;
  /** An interaction not acknowledged within this many ms is gone (Discord: 3 s). */
  interactionTimeoutMs: number;
  /** Echo the bot's visible messages back as MESSAGE_CREATE, as Discord does. */
  echoBotMessages: boolean;
}

export const ERRORS = {
  unknownChannel: () => apiError(404, 10003, 'Unknown Channel'),
  unknownMessage: () => apiError(404, 10008, 'Unknown Message'),
  unknownWebhook: () => apiError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: () => apiError(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: () => apiError(400, 40060, 'Interaction has already been acknowledged.'),
  missingAccess: () => apiError(403, 50001, 'Missing Access'),
  missingPermissions: () => apiError(403, 50013, 'Missing Permissions'),
  /** A forum takes posts (threads), not messages. */
  notText: () => apiError(400, 50008, 'Cannot send messages in a non-text channel'),
  notAuthor: () => apiError(403, 50005, 'Cannot edit a message authored by another user'),
  invalid: (violations: Violation[]): RestResponse => ({ status: 400, body: invalidFormBody(violations) }),
};

export const EPHEMERAL = 1 << 6;
export const LOADING = 1 << 7;

/** Stores a message the bot sent and, when visible, echoes it over the gateway. */
export function storeMessage(ctx: RouteContext, input: MessageInput): APIMessage {
  const message = messagePayload(ctx.world, input);
  ctx.world.messages.set(message.id, message);
  const ephemeral = ((message.flags ?? 0) & EPHEMERAL) !== 0;
  if (ctx.settings.echoBotMessages && !ephemeral) {
    ctx.gateway.dispatch('MESSAGE_CREATE', message, ctx.world.channel(message.channel_id).guildId);
  }
  return message;
}

/**
 * The attachments a body gives a new message in `channelId` (or, with `existing`, an edited one),
 * or the 400 Discord answers for bad ones.
 */
export function uploadsOf(
  body: Json,
  files: readonly UploadedFile[],
  channelId: string,
  existing?: APIMessage,
): { attachments?: APIMessage['attachments']; error?: RestResponse } {
  const { attachments, violations } = attachmentsOf(body, files, channelId, existing?.attachments);
  return violations.length > 0 ? { error: ERRORS.invalid(violations) } : attachments ? { attachments } : {};
}

/**
 * Applies an edit body to a stored message, recomputing pings from the edit's `allowed_mentions`.
 * `attachments` (from `uploadsOf`) replaces the message's; without it the message keeps its own.
 */
export function editMessage(
  ctx: RouteContext,
  message: APIMessage,
  body: Json,
  attachments?: APIMessage['attachments'],
): APIMessage {
  const kept = attachments ?? message.attachments;
  const merged = messagePayload(ctx.world, {
    channelId: message.channel_id,
    authorId: message.author.id,
    content: body.content ?? message.content,
    embeds: body.embeds ?? message.embeds,
    components: body.components ?? message.components,
    flags: (message.flags ?? 0) & ~LOADING,
    allowedMentions: body.allowed_mentions,
    attachments: kept,
  });
  const edited = {
    ...message,
    content: merged.content,
    embeds: merged.embeds,
    components: merged.components,
    attachments: kept,
    flags: merged.flags,
    mentions: merged.mentions,
    mention_roles: merged.mention_roles,
    mention_everyone: merged.mention_everyone,
    edited_timestamp: new Date().toISOString(),
  } as APIMessage;
  ctx.world.messages.set(edited.id, edited);
  return edited;
}
