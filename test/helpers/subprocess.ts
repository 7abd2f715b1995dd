import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Environment for a script run as a child process: quiet logs, and its database and cache in a fresh temp folder, never in ./data. */
export function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'bot-run-'));
  return {
    ...process.env,
    LOG_LEVEL: 'silent',
    DATABASE_PATH: join(dir, 'bot.db'),
    CACHE_DIR: join(dir, 'cache'),
    ...extra,
  };
}
