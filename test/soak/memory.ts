/** Memory samples for the soak: taken after a full garbage collection when Node runs with --expose-gc. */

export interface Sample {
  /** Interactions sent so far. */
  interactions: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
export const canCollect = gc !== undefined;

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** Collects garbage (twice, a turn apart, so that what the first one freed for finalizers goes too), then measures. */
export async function sampleMemory(interactions: number): Promise<Sample> {
  for (let i = 0; i < 2 && gc; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { rss, heapUsed, external } = process.memoryUsage();
  return { interactions, rssMb: mb(rss), heapUsedMb: mb(heapUsed), externalMb: mb(external) };
}

export function formatSamples(samples: readonly Sample[]): string {
  const rows = [
    ['interactions', 'rss MB', 'heapUsed MB', 'external MB'],
    ...samples.map((s) => [s.interactions, s.rssMb, s.heapUsedMb, s.externalMb].map(String)),
  ];
  return rows.map((row) => row.map((cell) => cell.padStart(12)).join(' ')).join('\n');
}

/** Heap growth from the first sample taken at or after `from` interactions (past the warm-up) to the last one. */
export function heapGrowthMb(samples: readonly Sample[], from: number): number {
  const start = samples.find((s) => s.interactions >= from);
  const end = samples.at(-1);
  if (!start || !end || start === end) throw new Error(`no samples after ${from} interactions to compare`);
  return Math.round((end.heapUsedMb - start.heapUsedMb) * 10) / 10;
}
