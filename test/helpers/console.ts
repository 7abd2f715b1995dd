import { Writable } from 'node:stream';
import { commands } from '../../commands/index.ts';
import type { AnyCommand } from '../../src/dispatch/command.ts';
import { AttachmentFolder } from '../../src/console/attachments.ts';
import { runOnce } from '../../src/console/run-console.ts';
import { consoleContext, type ConsoleJson } from '../../src/console/session.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createLogger } from '../../src/log/logger.ts';
import { withConsoleReminders } from '../../src/console/reminder-scheduler.ts';
import { withConsoleFollows } from '../../src/console/follow-alerts.ts';
import { reloadInPlace } from '../../src/knowledge/reload.ts';
import { openStore, type BotStore } from '../../src/store/store.ts';

export const SEED_CORPUS = 'corpus';
/** A fixed "now" for tests: 540 days after the seeds were published. */
export const TEST_NOW = '2026-11-21T12:00:00Z';

const knowledgeBases = new Map<string, KnowledgeBase>();

/** The knowledge base of a corpus folder, built once per test file. */
export function knowledgeBaseOf(corpus = SEED_CORPUS): KnowledgeBase {
  let kb = knowledgeBases.get(corpus);
  if (!kb) {
    kb = loadKnowledgeBase(corpus);
    knowledgeBases.set(corpus, kb);
  }
  return kb;
}

export interface ConsoleRun {
  /** What the CLI printed on stdout. */
  stdout: string;
  /** The CLI's exit code. */
  exitCode: number;
  /** Reminders and follow alerts the console printed for its channel (on stdout without `--json`, stderr with it). */
  reminders: string[];
}

export interface ConsoleRunOptions {
  corpus?: string;
  now?: string;
  json?: boolean;
  registry?: readonly AnyCommand[];
  /** The database (`DATABASE_PATH`); pass the same one to keep reminders between lines. Default: a fresh in-memory one. */
  store?: BotStore;
  /** `--out`: the folder for the files of replies; a temporary one when absent. */
  out?: string;
  /** `/reload` reads the corpus again through this cache folder; absent: the command is not available. */
  cacheDir?: string;
}

/** Runs one console line exactly as `npm run cli -- [--json] "<line>"` does, in process. */
export async function runConsole(
  line: string,
  {
    corpus = SEED_CORPUS,
    now = TEST_NOW,
    json = false,
    registry = commands as readonly AnyCommand[],
    store = openStore(':memory:'),
    out,
    cacheDir,
  }: ConsoleRunOptions = {},
): Promise<ConsoleRun> {
  let stdout = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const fixed = new Date(now);
  const clock = () => fixed;
  const kb = knowledgeBaseOf(corpus);
  const log = createLogger('silent');
  const reminders: string[] = [];
  const write = (text: string) => {
    reminders.push(text);
    if (!json) stdout += `${text}\n`;
  };
  const reload = cacheDir ? () => reloadInPlace(kb, cacheDir, log) : undefined;
  // Follow alerts and reminders for the console's channel print around the command, as in `npm run cli`.
  const follows = { store, kb, now: clock, log, pollMs: 30_000, write };
  const exitCode = await withConsoleFollows(follows, log, () =>
    withConsoleReminders({ store, corpusDeadlines: () => kb.deadlines, now: clock, log, pollSeconds: 30, write }, () =>
      runOnce(line, {
        registry,
        ctx: consoleContext(kb, clock, store, reload),
        log,
        json,
        input: process.stdin,
        output,
        attachments: new AttachmentFolder(out),
      }),
    ),
  );
  return { stdout, exitCode, reminders };
}

/** Runs one console line with `--json` and returns the parsed JSON reply. */
export async function runConsoleJson(
  line: string,
  options: Omit<ConsoleRunOptions, 'json'> = {},
): Promise<ConsoleJson & { exitCode: number; reminders: string[] }> {
  const { stdout, exitCode, reminders } = await runConsole(line, { ...options, json: true });
  const lines = stdout.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one JSON line, got ${lines.length}:\n${stdout}`);
  return { ...(JSON.parse(lines[0] ?? '') as ConsoleJson), exitCode, reminders };
}
