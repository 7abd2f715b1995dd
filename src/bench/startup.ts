import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ensureBuilt } from '../build/build.mjs';

const StartupSchema = z.object({
  /** From process start to a knowledge base ready to serve. */
  readyMs: z.number(),
  /** From process start to every module loaded. */
  importedMs: z.number(),
  /** CPU time of the process until ready (all its threads). */
  cpuMs: z.number(),
  cache: z.enum(['hit', 'built']),
  /** Why the cache was not used, when it was not. */
  reason: z.string().optional(),
  passages: z.number(),
  /** Resident memory when ready. */
  rssMb: z.number(),
  /** Resident memory and live heap after a full garbage collection. */
  settledRssMb: z.number(),
  heapUsedMb: z.number(),
});

export type Startup = z.infer<typeof StartupSchema>;

/**
 * Starts the bot's loading in a fresh Node process, so module loading and memory are those of a
 * real start: the compiled build `npm start` runs (built first if needed, outside the timing).
 */
export async function measureStartup(corpusDir: string, cacheDir: string): Promise<Startup> {
  const probe = join(await ensureBuilt(), 'startup-probe.js');
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', probe, corpusDir, cacheDir], {
    maxBuffer: 1024 * 1024,
  });
  return StartupSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

/**
 * Start-ups once the cache is written: the median of `runs`, as one start can hit a busy core. A
 * start that could not use the cache (the indexing code changed meanwhile) is returned at once:
 * repeating it would only rebuild again.
 */
export async function measureWarmStartup(corpusDir: string, cacheDir: string, runs = 3): Promise<Startup> {
  const results: Startup[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await measureStartup(corpusDir, cacheDir);
    if (result.cache !== 'hit') return result;
    results.push(result);
  }
  return results.sort((a, b) => a.readyMs - b.readyMs)[Math.floor(runs / 2)] as Startup;
}
