import { ChannelType, DiscordAPIError, RESTJSONErrorCodes, Routes, type Client } from 'discord.js';
import type { APIMessage, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { FollowDeliver, FollowMessage, FollowOutcome } from '../follows/delivery.ts';
import { startFollowWatcher, type FollowWatcherOptions } from '../follows/watcher.ts';
import { followPosts } from '../render/follow-posts.ts';
import type { Every, RunningScheduler } from '../reminders/scheduler.ts';
import { shardScope } from './reminder-scheduler.ts';
import { toDiscordPayload } from '../render/discord-payload.ts';
import { deliveryFailure } from './reminder-delivery.ts';

/**
 * A follow alert as a message body: its embeds, and a ping for the follow's `mention:` role only
 * (`allowed_mentions.roles`; a quoted "@everyone" or any other mention stays text).
 */
export function followMessageBody(message: FollowMessage): RESTPostAPIChannelMessageJSONBody {
  const payload = toDiscordPayload({
    ok: true,
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    data: {},
  });
  return {
    ...(payload.content ? { content: payload.content } : {}),
    embeds: payload.embeds,
    allowed_mentions: { parse: [], roles: message.mentionRoles },
  };
}

const asOutcome = (error: unknown): FollowOutcome =>
  deliveryFailure(error) as Exclude<FollowOutcome, { sent: unknown }>;

/**
 * Posts follow alerts through the client's REST: `POST /channels/{id}/messages` with the nonce and
 * `enforce_nonce` (a retry after a crash gets the message already posted back), or in a forum
 * `POST /channels/{id}/threads`, one post per alert titled with the article's title. Discord takes
 * no nonce there, so a crash between the post and its record can post it twice (never lose it).
 */
export function discordFollowDeliver(client: Client): FollowDeliver {
  return {
    async post(target, message, nonce) {
      try {
        const channel = await client.channels.fetch(target.channelId);
        const body = followMessageBody(message);
        if (channel?.type === ChannelType.GuildForum) {
          const thread = (await client.rest.post(Routes.threads(target.channelId), {
            body: { name: message.title, message: body },
          })) as { id: string; message?: APIMessage };
          return { sent: { channelId: thread.id, messageId: thread.message?.id ?? thread.id } };
        }
        const posted = (await client.rest.post(Routes.channelMessages(target.channelId), {
          body: { ...body, nonce, enforce_nonce: true },
        })) as APIMessage;
        return { sent: { channelId: target.channelId, messageId: posted.id } };
      } catch (error) {
        return asOutcome(error);
      }
    },
    async edit(at, message) {
      try {
        const { embeds } = followMessageBody(message);
        // An edit never pings: mentions in an edited message notify no one, and none are allowed anyway.
        await client.rest.patch(Routes.channelMessage(at.channelId, at.messageId), {
          body: { embeds, allowed_mentions: { parse: [] } },
        });
        return { sent: at };
      } catch (error) {
        // Someone deleted the alert: there is nothing left to add the sources to, and the follow is fine.
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage)
          return { dropped: 'the alert message was deleted' };
        return asOutcome(error);
      }
    },
  };
}

/** Runs the follow watcher for a logged-in client: its own shards' guilds only, as reminders. */
export function startDiscordFollows(
  client: Client<true>,
  options: Pick<FollowWatcherOptions, 'store' | 'kb' | 'now' | 'log' | 'pollMs'> & { every?: Every },
): RunningScheduler {
  return startFollowWatcher({
    ...options,
    deliver: discordFollowDeliver(client),
    posts: followPosts,
    scope: shardScope(client),
  });
}
