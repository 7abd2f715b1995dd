import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * A sector tariff told with its noun before the number ("duties of 25% on trucks") is the home
 * country's rate on every country, not on the partner of the sentences before (written for this test).
 */
describe('sector rates told as "duties of N% on goods"', () => {
  it('gives them to all countries', () => {
    const rates = articleRates([
      'Chile and Peru said on Monday they expected the 15% tariff to stay.',
      'Trump, meanwhile, announced duties of 25% on trucks and a tariff of 100% on branded drugs.',
    ]);
    expect(rates).toContain('United States → all countries 25% scheduled');
    expect(rates.filter((r) => /→ (?:Chile|Peru) (?:25|100)%/.test(r))).toEqual([]);
  });
});
