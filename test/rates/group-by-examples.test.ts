import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "Duties of 50% on countries like Peru": a group of countries named by its examples bears the rate
 * on each example, where "on all countries" names no one. Sentences written for this test.
 */
describe('a rate on a group of countries named by its examples', () => {
  it('is on each example', () => {
    expect(
      articleRates(
        [
          'The order set a 10% duty on nearly all trading partners, with duties of up to 50% on countries like Peru.',
          'Washington charges 30% on goods from Andean nations such as Bolivia and Ecuador.',
        ],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → most countries 10% current',
      'United States → Peru 50% current',
      'United States → Bolivia 30% current',
      'United States → Ecuador 30% current',
    ]);
  });

  it('leaves a rate on countries no example names with no one in particular', () => {
    expect(articleRates(['The order set duties of 50% on countries that buy Venezuelan oil.'], '2026-09-01')).toEqual(
      [],
    );
  });

  it('shows the example’s rate in /tariff', async () => {
    const { text } = await tariffPeru([
      'The order set a 10% duty on nearly all trading partners, with duties of up to 50% on countries like Peru.',
    ]);
    expect(text).toMatch(/50%/);
  });
});
