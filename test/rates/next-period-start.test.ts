import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate told to start in the next period ("would face a 10% tariff starting next month") has no day
 * to read but lies ahead all the same; and a level whose own words start it later is a level to
 * come, not the one in force that a change after it ("increasing to 25% on June 1") leaves.
 * Sentences written for these tests.
 */
const STEPS =
  'The president said Peruvian goods would face a 10% tariff starting next month, increasing to 25% on December 1.';
const ALONE = 'Peruvian goods will face a 10% tariff beginning next week, officials said.';

describe('a start in the next period', () => {
  it('reads both steps as scheduled', () => {
    expect(articleRates([STEPS], '2026-09-01')).toEqual([
      'United States → Peru 10% scheduled',
      'United States → Peru 25% scheduled',
    ]);
    expect(articleRates([ALONE], '2026-09-01')).toEqual(['United States → Peru 10% scheduled']);
  });

  it('gives /tariff peru no rate in force yet', async () => {
    const { text, line } = await tariffPeru([STEPS]);
    expect(line).toMatch(/^No article in the corpus states a current rate/);
    expect(text).toContain('**10%** · scheduled');
  });
});
