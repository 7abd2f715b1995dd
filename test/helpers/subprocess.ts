import { spawn } from 'node:child_process';
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

/**
 * A TypeScript entry point as `node --import tsx` runs it: what `npm run` does, without starting
 * npm or npx first (half a second of CPU per child on these machines).
 */
export const TSX = process.execPath;
export const tsxArgs = (script: string, args: readonly string[] = []): string[] => ['--import', 'tsx', script, ...args];

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`npm run cli`) in a child process, with `input` on its stdin. */
export const cli = (args: string[], input = ''): Promise<ScriptRun> => runScript('src/console/cli.ts', args, input);

/** Runs a TypeScript entry point as its npm script does, in a child process, with `input` on its stdin. */
export function runScript(script: string, args: readonly string[], input = ''): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(TSX, tsxArgs(script, args), { env: isolatedEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
