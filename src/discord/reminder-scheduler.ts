import type { Client } from 'discord.js';
import {
  startReminderScheduler,
  type Every,
  type ReminderSource,
  type RunningScheduler,
} from '../reminders/scheduler.ts';
import { reminderPosts } from '../render/reminder-posts.ts';
import type { GuildScope } from '../store/guild-scope.ts';
import { discordDeliver } from './reminder-delivery.ts';

/** The guilds whose events reach a logged-in client's shards (the total is known once logged in: the ShardingManager's count; 1 without one). */
export function shardScope(client: Client<true>): GuildScope {
  return { shardIds: [...client.ws.shards.keys()], shardCount: client.options.shardCount ?? client.ws.shards.size };
}

export interface DiscordReminderOptions extends ReminderSource {
  /** The poll's timer (default `setInterval`); tests fire it by hand. */
  every?: Every;
}

/**
 * Runs the reminder scheduler for a logged-in client: it posts through the client's REST and claims
 * only the reminders of its own shards' guilds, so shard processes sharing the database never send
 * one twice.
 */
export function startDiscordReminders(client: Client<true>, options: DiscordReminderOptions): RunningScheduler {
  const { pollSeconds, ...rest } = options;
  return startReminderScheduler({
    ...rest,
    deliver: discordDeliver(client.rest),
    posts: reminderPosts,
    pollMs: pollSeconds * 1000,
    scope: shardScope(client),
  });
}
