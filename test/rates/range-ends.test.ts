import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

const rates = (sentence: string) => articleRates([sentence], '2026-03-05');

/**
 * A range is two statements, one for each end, with the same parties, goods and standing ("duties
 * of 18.5% to 26.9%", "between 9.4 and 31.2 percent", "15-20%"); a range spread over a group of
 * countries ("ranging from 25% to 40% for 14 trading partners") is each one's level, no one's range.
 * Sentences written for this test.
 */
describe('the ends of a range', () => {
  it('are each a rate of the same pair and standing', () => {
    expect(
      rates(
        'Vietnam will impose provisional duties of 18.5% to 26.9% on hot-rolled steel imports from China from April 2.',
      ),
    ).toEqual(['Vietnam → China 18.5% scheduled', 'Vietnam → China 26.9% scheduled']);
    expect(
      rates('Indonesia set anti-dumping duties between 9.4 and 31.2 percent on nylon film imports from Taiwan.'),
    ).toEqual(['Indonesia → Taiwan 9.4% current', 'Indonesia → Taiwan 31.2% current']);
    expect(rates('Peru currently charges tariffs of 15-20% on cars from China.')).toEqual([
      'Peru → China 15% current',
      'Peru → China 20% current',
    ]);
  });

  it('are no rates when spread over a group of countries', () => {
    expect(
      rates('The letters set tariffs ranging from 25% to 40% for 14 trading partners, including Japan and Malaysia.'),
    ).toEqual([]);
  });
});
