/**
 * A sentence whose subject names the new level just told ("The lower tariff, half the current 20%
 * rate, will take effect on June 3.") gives that level's start: it is still to come, whatever rate
 * the aside names. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const cut = (day: string) => [
  'Washington officially reduced its tariff on Peruvian goods to 10 percent on Tuesday.',
  `The lower tariff, half the current 20 percent rate applied in March, will take effect on ${day}.`,
];

describe('the new level named as the subject of a start', () => {
  it('is still to come', () => {
    expect(articleRates(cut('June 3'), '2026-05-20')).toEqual([
      'United States → Peru 10% scheduled',
      'United States → Peru 20% current',
    ]);
  });

  it('leaves a new level told as welcomed in force', () => {
    expect(
      articleRates(
        [
          'Washington raised its tariff on Peruvian goods to 30 percent on Monday.',
          'The new tariff was welcomed by steelmakers.',
        ],
        '2026-05-20',
      ),
    ).toEqual(['United States → Peru 30% current']);
  });

  it('shows /tariff peru the old level in force until then', async () => {
    const { line } = await tariffPeru([['2026-08-28', cut('September 20')]]);
    expect(line).toMatch(/^\*\*20%\*\*/u);
  });
});
