import { Writable } from 'node:stream';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../src/commands/command.ts';
import { runOnce } from '../../src/console/run-console.ts';
import { consoleContext, type ConsoleJson } from '../../src/console/session.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createLogger } from '../../src/log/logger.ts';

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
}

/** Runs one console line exactly as `npm run cli -- [--json] "<line>"` does, in process. */
export async function runConsole(line: string, { corpus = SEED_CORPUS, now = TEST_NOW, json = false, registry = commands as readonly Command[] } = {}): Promise<ConsoleRun> {
  let stdout = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const fixed = new Date(now);
  const exitCode = await runOnce(line, { registry, ctx: consoleContext(knowledgeBaseOf(corpus), () => fixed), log: createLogger('silent'), json, input: process.stdin, output });
  return { stdout, exitCode };
}

/** Runs one console line with `--json` and returns the parsed JSON reply. */
export async function runConsoleJson(line: string, options: { corpus?: string; now?: string; registry?: readonly Command[] } = {}): Promise<ConsoleJson & { exitCode: number }> {
  const { stdout, exitCode } = await runConsole(line, { ...options, json: true });
  const lines = stdout.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one JSON line, got ${lines.length}:\n${stdout}`);
  return { ...(JSON.parse(lines[0] ?? '') as ConsoleJson), exitCode };
}
