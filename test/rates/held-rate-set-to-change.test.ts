/**
 * A rate as the subject of a change told as set, due or expected ("Peru's 25% rate is set to double
 * later this month", "the 25% tariff will double") is the level in force that the change will move
 * from, as one that "will come down" is. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate set to change', () => {
  it('reads it as in force', () => {
    expect(
      sentenceRateLines('The 25% rate on Peruvian goods is set to double later this month.', '2026-08-10'),
    ).toEqual(['United States → Peru 25% current']);
    expect(sentenceRateLines('The 25% tariff on Peru will double on August 27.', '2026-08-10')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('shows it in force in /tariff', async () => {
    const { line } = await tariffPeru(['The 25% tariff on Peruvian goods is due to double later this month.']);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
  });
});
