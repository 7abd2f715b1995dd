/** Latency percentiles, in milliseconds. */
export interface Percentiles {
  p50Ms: number;
  p99Ms: number;
}

export interface LatencySummary extends Percentiles {
  samples: number;
  maxMs: number;
}

/** Nearest-rank percentile of ascending `sorted`: the smallest value with at least p% of the samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    samples: sorted.length,
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** How many inputs run untimed first, so the JIT and caches are warm when timing starts. */
export const WARM_UP_RUNS = 50;

/**
 * Times `run` on every input, one after the other, after running the first `WARM_UP_RUNS` untimed.
 * A promise is awaited inside the timing: an async command is done when its reply is. With a
 * budget, timing stops once the samples add up to it (and the warm-up at a tenth of it), so one
 * very slow command cannot stretch the benchmark to an hour: fewer samples, said in the report.
 */
export async function timeEach<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  budgetMs = Infinity,
): Promise<number[]> {
  const warmUpEnd = performance.now() + budgetMs / 10;
  for (const input of inputs.slice(0, WARM_UP_RUNS)) {
    await run(input);
    if (performance.now() > warmUpEnd) break;
  }
  const samples: number[] = [];
  let total = 0;
  for (const input of inputs) {
    const start = performance.now();
    const result = run(input);
    if (result instanceof Promise) await result;
    const ms = performance.now() - start;
    samples.push(ms);
    total += ms;
    if (total >= budgetMs) break;
  }
  return samples;
}
