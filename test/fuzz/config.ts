import type { Parameters } from 'fast-check';

/**
 * How hard the fuzz tests push. `npm test` runs a few hundred cases per property; `npm run fuzz`
 * sets FUZZ_RUNS=10000. The seed is fixed so CI is reproducible; a failure prints its seed and
 * path, and FUZZ_SEED (with FUZZ_PATH) replays it. FUZZ_SEED=random explores new ground.
 */

const DEFAULT_RUNS = 200;
const DEFAULT_SEED = 20_260_808;

function envInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number (got "${text}")`);
  return value;
}

/** Cases per property. */
export const FUZZ_RUNS = envInteger('FUZZ_RUNS', DEFAULT_RUNS);

function seed(): number | undefined {
  const text = process.env.FUZZ_SEED;
  if (text === 'random') return undefined;
  if (text === undefined || text === '') return DEFAULT_SEED;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`FUZZ_SEED must be a whole number or "random" (got "${text}")`);
  return value;
}

/** Options of a property: the share of FUZZ_RUNS it runs, and what one case may cost (several commands cost more). */
export interface FuzzCost {
  share?: number;
  msPerCase?: number;
}

/** A vitest timeout that grows with the number of runs, never under 20 s. */
export function fuzzTimeout({ share = 1, msPerCase = 10 }: FuzzCost = {}): number {
  return Math.max(20_000, Math.round(FUZZ_RUNS * share * msPerCase));
}

/**
 * fast-check parameters for one property. Shrinking a large counterexample can take minutes: it
 * stops before vitest's timeout and reports what it has (a property too slow to finish its runs
 * in time fails too, rather than passing on fewer).
 */
export function fuzzParameters<T>(cost: FuzzCost = {}): Parameters<T> {
  const fixed = seed();
  const path = process.env.FUZZ_PATH;
  return {
    numRuns: Math.max(1, Math.round(FUZZ_RUNS * (cost.share ?? 1))),
    interruptAfterTimeLimit: fuzzTimeout(cost) - 5_000,
    markInterruptAsFailure: true,
    ...(fixed === undefined ? {} : { seed: fixed }),
    ...(path ? { path } : {}),
  };
}
