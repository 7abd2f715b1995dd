import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/sorted/partition-point.ts';

describe('partitionPoint', () => {
  it('finds what a scan finds on any list that is false then true', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), (numbers, limit) => {
        const sorted = [...numbers].sort((a, b) => a - b);
        const isPast = (n: number) => n > limit;
        const scanned = sorted.findIndex(isPast);
        expect(partitionPoint(sorted, isPast)).toBe(scanned < 0 ? sorted.length : scanned);
      }),
    );
  });

  it('gives 0 for an empty list', () => {
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
