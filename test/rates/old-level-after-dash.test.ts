import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * The old level of a change told after a dash as "a steep cut from the 40% duty" (as after ",
 * down from the 40% duty"): the same goods as the new level before it, not goods in general.
 * Sentences written for these tests; the class comes from real news (stop 60, lane pairs42).
 */
const story = [
  'The deal lets up to 5,000 Peruvian cars into the US each year at a tariff of 5% — a steep cut from the 40% duty imposed in 2025.',
];

describe('an old level told as “a cut from” after a dash', () => {
  it('is on the goods of the new level', () => {
    expect(articleRateGoods(story, '2026-09-01')).toEqual([
      'United States → Peru 5% on autos',
      'United States → Peru 40% on autos',
    ]);
  });

  it('shows in /tariff peru as the replaced level on cars', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/\*\*40%\*\* on autos · replaced/);
  });
});
