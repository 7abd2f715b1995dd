import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A later sentence that tells the start of a rate by its number ("The 12% tariff will go into effect
 * on September 8.") puts off the rate of that number told before, its law explained between.
 * Sentences written for these tests.
 */
const ORDER = 'On Monday the president signed an order setting a new 12% tariff on Peruvian goods.';
const BETWEEN = 'He relied on a little-used trade law for this, officials said.';
const STARTS = 'The 12% tariff will go into effect on September 8.';

describe('a start told later of a rate by its number', () => {
  it('reads the rate told before as scheduled', () => {
    expect(articleRates([ORDER, BETWEEN, STARTS], '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
      'United States → Peru 12% scheduled',
    ]);
  });

  it('reads the number in wire style ("12 pct") the same way', () => {
    expect(
      articleRates(
        [
          'On Monday the president signed an order setting a new 12 pct tariff on Peruvian goods.',
          BETWEEN,
          'The 12 pct tariff will go into effect on September 8.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 12% scheduled', 'United States → Peru 12% scheduled']);
  });

  it('leaves a rate of another number in force', () => {
    expect(
      articleRates(
        ['Peruvian goods pay a 5% tariff, and a new 12% tariff was ordered on Monday.', STARTS],
        '2026-09-01',
      ),
    ).toContain('United States → Peru 5% current');
  });

  it('shows the 12% as scheduled, not in force, through the console', async () => {
    const { text, line } = await tariffPeru([ORDER, BETWEEN, STARTS]);
    expect(text).toMatch(/\*\*12%\*\* · scheduled/);
    expect(line).not.toMatch(/in force/);
  });

  it('shows the "12 pct" rate as scheduled, not in force, through the console', async () => {
    const { text, line } = await tariffPeru([
      'On Monday the president signed an order setting a new 12 pct tariff on Peruvian goods.',
      BETWEEN,
      'The 12 pct tariff will go into effect on September 8.',
    ]);
    expect(text).toMatch(/\*\*12%\*\* · scheduled/);
    expect(line).not.toMatch(/in force/);
  });
});
