import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLine } from './harness.ts';

/** `npm run …` as a user runs it, in its own process group, with its output captured. */

export interface Run {
  output: () => string;
  /** The JSON log lines printed so far. */
  logs: () => LogLine[];
  exit: Promise<number | null>;
  /** Resolves once every process of the run has closed its output, so `output()` is complete. */
  ended: Promise<void>;
  /** Signals npm and everything it started, as Ctrl-C, `docker stop` or systemd do. */
  signal: (signal: NodeJS.Signals) => void;
  /** True once no process of the run is left. */
  gone: () => boolean;
}

const runs: Run[] = [];
const tempDirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-test-'));
  tempDirs.push(dir);
  return dir;
}

export function npm(script: string[], env: Record<string, string>): Run {
  // Explicit values, empty ones included, so a developer's .env cannot leak into the run.
  const child = spawn('npm', ['run', '--silent', ...script], {
    env: {
      ...process.env,
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_SHARDS: '',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      DATABASE_PATH: ':memory:',
      CACHE_DIR: tempDir(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const group = -child.pid!;
  const run: Run = {
    output: () => output,
    logs: () => output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as LogLine),
    exit: once(child, 'exit').then(([code]) => code as number | null),
    ended: once(child, 'close').then(() => undefined),
    signal: (signal) => process.kill(group, signal),
    gone: () => {
      try {
        process.kill(group, 0);
        return false;
      } catch {
        return true;
      }
    },
  };
  runs.push(run);
  return run;
}

/** Kills what a test left running and removes its temporary folders; call it after each test. */
export function cleanUpRuns(): void {
  for (const run of runs.splice(0)) if (!run.gone()) run.signal('SIGKILL');
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
