import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from '../build/build.mjs';
// The emulator lives with the tests; the benchmark is a development tool, so it may use it too.
import { DiscordEmulator } from '../emulator/discord-emulator.ts';

/** A host's memory running `shards` shards, in one process (the default) or a process per shard. */
export interface ShardMemory {
  shards: number;
  perProcess: boolean;
  /** The bot's processes: the one, or the ShardingManager and its shard processes. */
  processes: number;
  /** Resident memory of all of them together, once every shard is connected. */
  rssMb: number;
  /** From the start to every shard connected. */
  connectedMs: number;
}

/** The process and its descendants, read from /proc (Linux). */
function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the field after the state, past the command name's closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // It exited meanwhile.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  return tree;
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Settling time after the last shard connects: the burst of guild data and the first reminder poll. */
const SETTLE_MS = 2000;

/**
 * Runs the compiled bot (as `npm start` does) against the emulator with `shards` shards and the
 * corpus's warm cache, and sums the resident memory of its processes once all shards are connected.
 */
export async function measureShardMemory(
  corpusDir: string,
  cacheDir: string,
  shards: number,
  perProcess: boolean,
): Promise<ShardMemory> {
  const main = join(await ensureBuilt(), 'main.js');
  const emu = await DiscordEmulator.start({ shards, maxConcurrency: 16 });
  const start = performance.now();
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DISCORD_TOKEN: emu.token,
      DISCORD_API_URL: emu.apiUrl,
      DISCORD_SHARDS: String(shards),
      DISCORD_SHARDS_PER_PROCESS: perProcess ? '1' : '',
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      DATABASE_PATH: ':memory:',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  try {
    const ready = perProcess ? 'all shards connected' : 'connected to Discord';
    await new Promise<void>((resolve, reject) => {
      const check = () => (output.includes(ready) ? resolve() : undefined);
      // The log goes to stderr.
      child.stderr.on('data', check);
      void exited.then(() => reject(new Error(`the bot exited before its shards connected:\n${output}`)));
    });
    const connectedMs = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tree = processTree(child.pid!);
    const rssMb = tree.reduce((sum, pid) => sum + rssKb(pid), 0) / 1024;
    return { shards, perProcess, processes: tree.length, rssMb, connectedMs };
  } finally {
    child.kill('SIGTERM');
    await exited;
    await emu.stop();
  }
}
