import { ShardClientUtil, type Client } from 'discord.js';
import {
  startReminderScheduler,
  type Every,
  type ReminderSource,
  type RunningScheduler,
} from '../reminders/scheduler.ts';
import { reminderPosts } from '../render/reminder-posts.ts';
import { discordDeliver } from './reminder-delivery.ts';

/** Discord guild ids; other guilds in a shared database (the console's `console`) are not Discord's. */
const GUILD_ID = /^\d{17,20}$/;

/** The guilds whose events reach these shards, by Discord's rule: shard = (guild_id >> 22) % shard count. */
export function guildsOfShards(shardIds: Iterable<number>, shardCount: number): (guildId: string) => boolean {
  const own = new Set(shardIds);
  return (guildId) => GUILD_ID.test(guildId) && own.has(ShardClientUtil.shardIdForGuildId(guildId, shardCount));
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
    // The total is known once logged in (the ShardingManager's count; 1 without one).
    handles: guildsOfShards(client.ws.shards.keys(), client.options.shardCount ?? client.ws.shards.size),
  });
}
