import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { pino } from 'pino';
import type { CommandContext } from '../../src/dispatch/context.ts';
import { consoleContext } from '../../src/console/session.ts';
import type { Logger } from '../../src/log/logger.ts';
import { openStore, type BotStore } from '../../src/store/store.ts';
import { knowledgeBaseOf, TEST_NOW } from '../helpers/console.ts';
import { SNOWFLAKE } from './hostile.ts';

/** What the fuzzed commands run against: a wide corpus, a private database, a fixed clock, a log that is read back. */

export const NOW = new Date(TEST_NOW);

/**
 * The seed articles plus the quote and rate fixtures, in a temporary folder: with more articles,
 * more speakers and more rates, replies run to several pages and near Discord's limits.
 */
const CORPORA = ['corpus', 'test/fixtures/quotes', 'test/fixtures/rates'];

function wideCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-corpus-'));
  for (const corpus of CORPORA) cpSync(join(corpus, 'articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}

export interface FuzzWorld {
  /** The console's context (the operator, who may manage the server). */
  console: CommandContext;
  /** Contexts as the console or Discord builds them (a guild or a DM, a moderator or not); printed as their place only. */
  contexts: fc.Arbitrary<CommandContext>;
  log: Logger;
  /** Error lines logged since the last call (a handler that threw, an autocomplete that failed). */
  takeErrors(): string[];
  close(): Promise<void>;
}

export function fuzzWorld(): FuzzWorld {
  const corpus = wideCorpus();
  const kb = knowledgeBaseOf(corpus);
  const store: BotStore = openStore(':memory:');
  const errors: string[] = [];
  const log = pino({ level: 'error', base: undefined }, { write: (line: string) => void errors.push(line) });
  const base = consoleContext(kb, () => NOW, store);
  const contexts = fc.constantFrom('console', 'guild member', 'guild manager', 'dm').map((place): CommandContext => {
    const ctx =
      place === 'console'
        ? base
        : {
            ...base,
            invoker: { id: '223456789012345678', canManageGuild: place === 'guild manager' },
            guildId: place === 'dm' ? 'dm' : SNOWFLAKE,
            channelId: '323456789012345678',
          };
    return Object.defineProperty({ ...ctx }, fc.toStringMethod, { value: () => `<context: ${place}>` });
  });
  return {
    console: base,
    contexts,
    log,
    takeErrors: () =>
      errors.splice(0).map((line) => {
        const { msg, err } = JSON.parse(line) as { msg?: string; err?: { message?: string } };
        return `${msg ?? ''}: ${err?.message ?? ''}`;
      }),
    close: async () => {
      await store.close();
      rmSync(corpus, { recursive: true, force: true });
    },
  };
}
