import { Client, GatewayIntentBits } from 'discord.js';

/**
 * The discord.js client. `apiUrl` is the REST base; the gateway address comes from its
 * GET /gateway/bot, so this one URL points the whole client at Discord or at an emulator.
 * No privileged intent: Discord still delivers the content of messages that mention the bot.
 */
export function createClient(apiUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: apiUrl },
    // A default only: every payload also sets this explicitly (see render/discord-payload.ts).
    allowedMentions: { parse: [] },
  });
}
