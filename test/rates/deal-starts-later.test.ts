/**
 * A deal told to start on a later day by a sentence that points back to it ("The agreement comes
 * into force on …") puts the rate it sets off to that day: sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const deal = [
  'Under the new trade deal, Peruvian goods face a 12% US tariff, down from 30%.',
  'The agreement comes into force on September 15, officials said.',
];

describe('a deal whose start the next sentence tells', () => {
  it('makes its rate scheduled and keeps the old level in force', () => {
    expect(articleRates(deal, '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
      'United States → Peru 30% current',
    ]);
  });

  it('leaves a deal that takes effect immediately in force', () => {
    expect(
      articleRates(
        ['Under the new trade deal, Peruvian goods face a 12% US tariff.', 'The deal takes effect immediately.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 12% current']);
  });

  it('shows the old level in /tariff until the deal starts', async () => {
    const { line } = await tariffPeru([['2026-09-01', deal]]);
    expect(line).toMatch(/\*\*30%\*\*/);
  });
});
