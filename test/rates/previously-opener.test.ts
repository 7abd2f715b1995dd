import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "Previously," opening a sentence told in the past dates every number of it, the parts after a
 * dash too (sentences written for this test; the class comes from real news of the rates-status
 * lane's set, stop 38).
 */
describe('a sentence opened by "Previously,"', () => {
  it('reads the total and its parts as levels of before', () => {
    expect(
      articleRates([
        'Previously, Peruvian goods faced a total tariff of 30% — a base rate of 5% plus a 25% surcharge imposed in April.',
      ]),
    ).toEqual([
      'United States → Peru 30% previous',
      'United States → Peru 5% previous',
      'United States → Peru 25% previous',
    ]);
  });

  it('answers /tariff with no level in force from a sentence of before', async () => {
    const { line } = await tariffPeru([
      'Previously, Peruvian goods faced a total tariff of 30% — a base rate of 5% plus a 25% surcharge imposed in April.',
    ]);
    expect(line).toMatch(/^No article in the corpus states a current rate/);
  });
});
