/**
 * `npm run --silent cli -- [--corpus DIR] [--now ISO-8601] [--json] [--out DIR] ["/command ..."]`
 * With a command: runs it once and exits (1 on a usage error). Without: reads commands from stdin.
 */
import { commandLine } from '../config/command-line.ts';
import { loadConfigOrReport } from '../config/env.ts';
import { openServingKnowledgeBase } from '../knowledge/cache.ts';
import { createLogger } from '../log/logger.ts';
import { openStoreOrReport } from '../store/store.ts';
import { runConsoleApp } from './console-app.ts';

const USAGE = 'usage: npm run --silent cli -- [--corpus DIR] [--now ISO-8601] [--json] [--out DIR] ["/command ..."]';

async function main(): Promise<number> {
  const args = commandLine(
    USAGE,
    {
      corpus: { type: 'string' },
      now: { type: 'string' },
      json: { type: 'boolean', default: false },
      // Where the files of replies (charts) go; a temporary folder without it.
      out: { type: 'string' },
    },
    { positionals: true },
  );
  if ('exitCode' in args) return args.exitCode;
  const { values, positionals } = args;
  const config = loadConfigOrReport();
  if (!config) return 1;
  let now = () => new Date();
  if (values.now !== undefined) {
    const fixed = new Date(values.now);
    if (Number.isNaN(fixed.getTime())) {
      console.error(
        `--now must be an ISO-8601 date or time, e.g. 2025-06-01 or 2025-06-01T12:00:00Z (got "${values.now}")\n${USAGE}`,
      );
      return 1;
    }
    now = () => fixed;
  }
  const log = createLogger(config.LOG_LEVEL ?? 'warn');
  const kb = openServingKnowledgeBase(values.corpus ?? config.CORPUS_DIR, config.CACHE_DIR, log);
  const store = await openStoreOrReport(config);
  if (!store) return 1;
  try {
    return await runConsoleApp({
      config,
      kb,
      store,
      log,
      now,
      json: values.json,
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(positionals.length > 0 ? { line: positionals.join(' ') } : {}),
    });
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
