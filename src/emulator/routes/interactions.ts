import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { APIMessage } from 'discord-api-types/v10';
import { json, noContent, type RestResponse, type Router, type Json, type UploadedFile } from '../http.ts';
import { checkChoices, checkMessage } from '../limits.ts';
import { preciseNow } from '../recorder.ts';
import type { EmuInteraction } from '../world.ts';
import { editMessage, EPHEMERAL, ERRORS, LOADING, storeMessage, uploadsOf, type RouteContext } from './context.ts';

/** Interaction callbacks and the interaction webhook (`@original` edits, follow-ups). */

function callbackMessage(
  ctx: RouteContext,
  interaction: EmuInteraction,
  data: Json,
  flags: number,
  attachments?: APIMessage['attachments'],
): APIMessage {
  return storeMessage(ctx, {
    ...(attachments ? { attachments } : {}),
    channelId: interaction.channelId,
    authorId: ctx.world.bot.id,
    content: data?.content,
    embeds: data?.embeds,
    components: data?.components,
    flags,
    allowedMentions: data?.allowed_mentions,
    webhookId: ctx.world.applicationId,
    interaction: { id: interaction.id, type: interaction.type, userId: interaction.userId },
  });
}

/** Runs one callback type; returns an error response, or the message `@original` now is. */
function respond(
  ctx: RouteContext,
  interaction: EmuInteraction,
  type: number,
  data: Json,
  files: readonly UploadedFile[],
): RestResponse | APIMessage | null {
  const source = interaction.sourceMessageId ? ctx.world.messages.get(interaction.sourceMessageId) : undefined;
  const isComponent = interaction.type === InteractionType.MessageComponent;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const violations = checkMessage(data);
      if (violations.length) return ERRORS.invalid(violations);
      const uploads = uploadsOf(data, files, interaction.channelId);
      if (uploads.error) return uploads.error;
      return callbackMessage(ctx, interaction, data, (data.flags ?? 0) & EPHEMERAL, uploads.attachments);
    }
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return callbackMessage(ctx, interaction, { content: '' }, ((data?.flags ?? 0) & EPHEMERAL) | LOADING);
    case InteractionResponseType.DeferredMessageUpdate:
      return isComponent && source
        ? source
        : ERRORS.invalid([{ path: 'type', message: 'Only for component interactions' }]);
    case InteractionResponseType.UpdateMessage: {
      if (!isComponent || !source)
        return ERRORS.invalid([{ path: 'type', message: 'Only for component interactions' }]);
      const violations = checkMessage(data, { partial: true });
      if (violations.length) return ERRORS.invalid(violations);
      const uploads = uploadsOf(data, files, source.channel_id, source);
      return uploads.error ?? editMessage(ctx, source, data ?? {}, uploads.attachments);
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult: {
      if (interaction.type !== InteractionType.ApplicationCommandAutocomplete)
        return ERRORS.invalid([{ path: 'type', message: 'Only for autocomplete' }]);
      const violations = checkChoices(data?.choices);
      return violations.length ? ERRORS.invalid(violations) : null;
    }
    case InteractionResponseType.Modal:
      return null;
    default:
      return ERRORS.invalid([{ path: 'type', message: `Unsupported callback type ${type}` }]);
  }
}

export function interactionRoutes(router: Router, ctx: RouteContext): void {
  const { world } = ctx;

  router.add(
    'POST',
    '/interactions/:id/:token/callback',
    ({ params, query, body, files }) => {
      const interaction = world.interactions.get(params.id!);
      if (!interaction || interaction.token !== params.token) return ERRORS.unknownInteraction();
      if (interaction.acknowledged) return ERRORS.alreadyAcknowledged();
      if (preciseNow() - interaction.dispatchedAt > ctx.settings.interactionTimeoutMs)
        return ERRORS.unknownInteraction();
      const outcome = respond(ctx, interaction, body?.type, body?.data, files);
      if (outcome && 'status' in outcome) return outcome;
      interaction.acknowledged = true;
      if (outcome) interaction.originalMessageId = outcome.id;
      if (query.with_response !== 'true') return noContent();
      const message = outcome ?? undefined;
      return json({
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: ((message.flags ?? 0) & LOADING) !== 0,
                response_message_ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
              }
            : {}),
        },
        ...(message ? { resource: { type: body.type, message } } : {}),
      });
    },
    { auth: false },
  );

  /** The interaction behind a webhook token, once it has been acknowledged (before that the webhook does not exist). */
  const webhookOf = (appId: string | undefined, token: string | undefined) => {
    const interaction = token ? world.interactionByToken(token) : undefined;
    return appId === world.applicationId && interaction?.acknowledged ? interaction : undefined;
  };
  const messageOf = (interaction: EmuInteraction, messageId: string) => {
    const id = messageId === '@original' ? interaction.originalMessageId : messageId;
    const message = id ? world.messages.get(id) : undefined;
    return message?.channel_id === interaction.channelId ? message : undefined;
  };

  router
    .add(
      'POST',
      '/webhooks/:appId/:token',
      ({ params, query, body, files }) => {
        const interaction = webhookOf(params.appId, params.token);
        if (!interaction) return ERRORS.unknownWebhook();
        const violations = checkMessage(body);
        if (violations.length) return ERRORS.invalid(violations);
        const uploads = uploadsOf(body, files, interaction.channelId);
        if (uploads.error) return uploads.error;
        // The first follow-up after a deferral replaces the "thinking…" message, as on Discord.
        const original = messageOf(interaction, '@original');
        const message =
          original && (original.flags ?? 0) & LOADING
            ? editMessage(ctx, original, body, uploads.attachments ?? [])
            : callbackMessage(ctx, interaction, body, (body.flags ?? 0) & EPHEMERAL, uploads.attachments);
        return query.wait === 'true' ? json(message) : noContent();
      },
      { auth: false },
    )
    .add(
      'GET',
      '/webhooks/:appId/:token/messages/:messageId',
      ({ params }) => {
        const interaction = webhookOf(params.appId, params.token);
        if (!interaction) return ERRORS.unknownWebhook();
        const message = messageOf(interaction, params.messageId!);
        return message ? json(message) : ERRORS.unknownMessage();
      },
      { auth: false },
    )
    .add(
      'PATCH',
      '/webhooks/:appId/:token/messages/:messageId',
      ({ params, body, files }) => {
        const interaction = webhookOf(params.appId, params.token);
        if (!interaction) return ERRORS.unknownWebhook();
        const message = messageOf(interaction, params.messageId!);
        if (!message) return ERRORS.unknownMessage();
        const violations = checkMessage(body ?? {}, { partial: true });
        if (violations.length) return ERRORS.invalid(violations);
        const uploads = uploadsOf(body, files, message.channel_id, message);
        if (uploads.error) return uploads.error;
        const edited = editMessage(ctx, message, body ?? {}, uploads.attachments);
        const emptied = checkMessage(edited);
        return emptied.length ? ERRORS.invalid(emptied) : json(edited);
      },
      { auth: false },
    )
    .add(
      'DELETE',
      '/webhooks/:appId/:token/messages/:messageId',
      ({ params }) => {
        const interaction = webhookOf(params.appId, params.token);
        if (!interaction) return ERRORS.unknownWebhook();
        const message = messageOf(interaction, params.messageId!);
        if (!message) return ERRORS.unknownMessage();
        world.messages.delete(message.id);
        return noContent();
      },
      { auth: false },
    );
}
