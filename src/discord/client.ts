import { Client, GatewayIntentBits } from 'discord.js';
import type { ShardSet } from './sharding.ts';

/**
 * The discord.js client. `apiUrl` is the REST base; the gateway address comes from its
 * GET /gateway/bot, so this one URL points the whole client at Discord or at an emulator.
 * No privileged intent: Discord still delivers the content of messages that mention the bot.
 * Given `shards`, the one client connects each of them (discord.js internal sharding).
 */
export function createClient(apiUrl: string, shards?: ShardSet): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: apiUrl },
    ...(shards ? { shards: shards.ids, shardCount: shards.count } : {}),
    // A default only: every payload also sets this explicitly (see render/discord-payload.ts).
    allowedMentions: { parse: [] },
  });
}
