import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../src/bench/stats.ts';

describe('percentiles', () => {
  it('are nearest-rank: the smallest sample with at least p% of the samples at or below it', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([1, 2, 3], 99)).toBe(3);
    expect(percentile([5], 1)).toBe(5);
  });

  it('are taken on the sorted samples, whatever order they came in', () => {
    expect(summarize([3, 1, 2, 10])).toMatchObject({ p50Ms: 2, p99Ms: 10, samples: 4, maxMs: 10 });
  });
});
