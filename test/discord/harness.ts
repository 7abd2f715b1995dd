import { Writable } from 'node:stream';
import { pino } from 'pino';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../src/commands/command.ts';
import { parseConfig } from '../../src/config/env.ts';
import { startDiscordBot, type DiscordBot } from '../../src/discord/bot.ts';
import { openStore } from '../../src/store/store.ts';
import { DiscordEmulator, type EmulatorOptions } from '../emulator/discord-emulator.ts';
import type { RecordedRequest } from '../emulator/recorder.ts';
import { knowledgeBaseOf, TEST_NOW } from '../helpers/console.ts';
import type { Json } from '../emulator/http.ts';

/** The bot, started by the entry function `npm start` uses, against a fresh emulator. */

export type LogLine = Record<string, unknown> & { level: number; msg?: string };

export interface BotUnderTest {
  emu: DiscordEmulator;
  bot: DiscordBot;
  logs: LogLine[];
  stop(): Promise<void>;
}

/** Captures the bot's log lines as parsed JSON (the production logger writes the same JSON to stderr). */
function capturingLogger(lines: LogLine[]) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return pino({ level: 'debug', base: undefined }, sink);
}

export async function startBot(
  options: { env?: Record<string, string>; registry?: readonly Command[]; deferAfterMs?: number; emulator?: EmulatorOptions; corpus?: string } = {},
): Promise<BotUnderTest> {
  const emu = await DiscordEmulator.start(options.emulator);
  const parsed = parseConfig({ DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, COOLDOWN_SECONDS: '0', ...options.env });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const logs: LogLine[] = [];
  const bot = await startDiscordBot({
    config: parsed.config,
    token: emu.token,
    kb: knowledgeBaseOf(options.corpus),
    store: openStore(':memory:'),
    log: capturingLogger(logs),
    registry: options.registry ?? commands,
    now: () => new Date(TEST_NOW),
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  });
  return {
    emu,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await emu.stop();
    },
  };
}

/** Every message body the bot sent: interaction callbacks with a message, follow-ups, edits, channel posts. */
export function sentMessages(requests: readonly RecordedRequest[]): { request: RecordedRequest; message: Json }[] {
  return requests.flatMap((request) => {
    if (request.route === '/interactions/:id/:token/callback') {
      return request.body?.type === 4 || request.body?.type === 7 ? [{ request, message: request.body.data }] : [];
    }
    const sends = ['/webhooks/:appId/:token', '/webhooks/:appId/:token/messages/:messageId', '/channels/:channelId/messages'];
    return request.route && sends.includes(request.route) && (request.method === 'POST' || request.method === 'PATCH') ? [{ request, message: request.body }] : [];
  });
}
