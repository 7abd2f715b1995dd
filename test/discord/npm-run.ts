import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLine } from './harness.ts';

/** The bot's scripts as a user runs them, each in its own process group, with its output captured. */

export interface Run {
  output: () => string;
  /** The JSON log lines printed so far. */
  logs: () => LogLine[];
  exit: Promise<number | null>;
  /** Resolves once every process of the run has closed its output, so `output()` is complete. */
  ended: Promise<void>;
  /** Signals every process of the run (its process group), as Ctrl-C, `docker stop` or systemd do. */
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

/** `npm run <script>`. */
export function npm(script: string[], env: Record<string, string>): Run {
  return run('npm', ['run', '--silent', ...script], env);
}

/** `node --import tsx <entry>`, as `npm start` runs `src/main.ts`, but with no npm in between: a signal, SIGKILL included, goes to the bot alone. */
export function node(entry: string, env: Record<string, string>): Run {
  return run(process.execPath, ['--import', 'tsx', entry], env);
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  // Explicit values, empty ones included, so a developer's .env cannot leak into the run.
  const child = spawn(command, args, {
    env: {
      ...process.env,
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_SHARDS: '',
      DISCORD_SHARDS_PER_PROCESS: '',
      DISCORD_SHARD_IDS: '',
      DISCORD_SHARD_COUNT: '',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      DATABASE_PATH: ':memory:',
      DATABASE_URL: '',
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
  const started: Run = {
    output: () => output,
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as LogLine),
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
  runs.push(started);
  return started;
}

/** Kills what a test left running and removes its temporary folders; call it after each test. */
export function cleanUpRuns(): void {
  for (const run of runs.splice(0)) if (!run.gone()) run.signal('SIGKILL');
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
