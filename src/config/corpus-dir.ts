import { loadConfig } from './env.ts';

/** The corpus folder when none is given on the command line: `CORPUS_DIR` (from `.env` too), then `./corpus`. */
export function defaultCorpusDir(): string {
  const result = loadConfig();
  return result.ok ? result.config.CORPUS_DIR : process.env.CORPUS_DIR || 'corpus';
}
