import { Writable } from 'node:stream';
import { pino, type LevelWithSilent } from 'pino';
import { vi } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { AnyCommand } from '../../src/dispatch/command.ts';
import { parseConfig } from '../../src/config/env.ts';
import { startDiscordBot, type DiscordBot } from '../../src/discord/bot.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import type { Every } from '../../src/reminders/scheduler.ts';
import { openStore, type BotStore } from '../../src/store/store.ts';
import { DiscordEmulator, type EmulatorOptions } from '../../src/emulator/discord-emulator.ts';
import type { RecordedRequest } from '../../src/emulator/recorder.ts';
import { knowledgeBaseOf, TEST_NOW } from '../helpers/console.ts';
import type { Json } from '../../src/emulator/http.ts';
import type { ReloadKnowledge } from '../../src/knowledge/reload.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import type { SourcesDesk } from '../../src/feeds/sources-desk.ts';

/** The bot, started by the entry function `npm start` uses, against a fresh emulator. */

export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** The poll timers (reminders, follows), fired by the test instead of by time. */
export class ManualPoll {
  private readonly ticks = new Set<() => void>();

  readonly every: Every = (_ms, tick) => {
    this.ticks.add(tick);
    return () => this.ticks.delete(tick);
  };

  /** Runs each loop's tick, unless its last one is still running (then this firing is skipped, as a timer's would be). */
  fire(): void {
    for (const tick of this.ticks) tick();
  }
}

/** Fires the bot's polls until `check` passes: each tick runs at the test's clock, and the test waits only on what the bot did. */
export async function pollUntil(t: Pick<BotUnderTest, 'poll'>, check: () => void | Promise<void>): Promise<void> {
  await vi.waitFor(
    async () => {
      t.poll.fire();
      await check();
    },
    { timeout: 5000, interval: 20 },
  );
}

export interface BotUnderTest {
  emu: DiscordEmulator;
  bot: DiscordBot;
  /** The bot's database (closed when the bot stops). */
  store: BotStore;
  poll: ManualPoll;
  logs: LogLine[];
  stop(): Promise<void>;
}

/** Captures the bot's log lines as parsed JSON (the production logger writes the same JSON to stderr). */
function capturingLogger(lines: LogLine[], level: LevelWithSilent) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return pino({ level, base: undefined }, sink);
}

export async function startBot(
  options: {
    env?: Record<string, string>;
    registry?: readonly AnyCommand[];
    deferAfterMs?: number;
    emulator?: EmulatorOptions;
    corpus?: string;
    /** The clock of commands and reminders (default: always TEST_NOW). */
    now?: () => Date;
    reloadKnowledge?: ReloadKnowledge;
    /** The lowest level kept in `logs` (default debug); a long run keeps only the problems. */
    logLevel?: LevelWithSilent;
    /** Links and feeds, made for the bot's knowledge base and database. */
    sources?: (kb: KnowledgeBase, store: BotStore) => SourcesDesk;
  } = {},
): Promise<BotUnderTest> {
  const emu = await DiscordEmulator.start(options.emulator);
  const parsed = parseConfig({
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    COOLDOWN_SECONDS: '0',
    ...options.env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const logs: LogLine[] = [];
  const store = openStore(':memory:');
  const poll = new ManualPoll();
  const kb = knowledgeBaseOf(options.corpus);
  const bot = await startDiscordBot({
    config: parsed.config,
    token: emu.token,
    kb,
    store,
    log: capturingLogger(logs, options.logLevel ?? 'debug'),
    registry: options.registry ?? commands,
    now: options.now ?? (() => new Date(TEST_NOW)),
    every: poll.every,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.reloadKnowledge ? { reloadKnowledge: options.reloadKnowledge } : {}),
    ...(options.sources ? { sources: options.sources(kb, store) } : {}),
  });
  return {
    emu,
    bot,
    store,
    poll,
    logs,
    async stop() {
      await bot.stop();
      await emu.stop();
    },
  };
}

/** Registers commands on the emulator's guild as `npm run deploy-commands` does, so that options arrive typed by their definitions. */
export async function deployCommandsTo(
  emu: DiscordEmulator,
  registry: readonly AnyCommand[] = commands,
): Promise<void> {
  await deployCommands({
    config: { DISCORD_API_URL: emu.apiUrl, DISCORD_GUILD_ID: emu.defaults.guildId, DISCORD_APPLICATION_ID: undefined },
    token: emu.token,
    registry,
    log: pino({ level: 'silent' }),
  });
}

/** Every message body the bot sent: interaction callbacks with a message, follow-ups, edits, channel posts. */
export function sentMessages(requests: readonly RecordedRequest[]): { request: RecordedRequest; message: Json }[] {
  return requests.flatMap((request) => {
    if (request.route === '/interactions/:id/:token/callback') {
      return request.body?.type === 4 || request.body?.type === 7 ? [{ request, message: request.body.data }] : [];
    }
    const sends = [
      '/webhooks/:appId/:token',
      '/webhooks/:appId/:token/messages/:messageId',
      '/channels/:channelId/messages',
    ];
    return request.route && sends.includes(request.route) && (request.method === 'POST' || request.method === 'PATCH')
      ? [{ request, message: request.body }]
      : [];
  });
}
