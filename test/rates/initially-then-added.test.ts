import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "Initially imposed 10% … and later added a 40% penalty": the parts stack, so "initially" tells the
 * first of them, not a level since replaced; "initially … later raised it" still does. Sentences
 * written for this test.
 */
describe('a first level that a later part was added to', () => {
  it('keeps both parts in force', () => {
    expect(
      articleRates(
        [
          'The president initially imposed a 10% tariff on nearly all countries and later added a 40% penalty on Peruvian goods.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → most countries 10% current', 'United States → Peru 40% current']);
  });

  it('still reads a first level that was later raised as replaced', () => {
    expect(
      articleRates(['The president initially imposed a 10% tariff on Peru and later raised it to 40%.'], '2026-09-01'),
    ).toEqual(['United States → Peru 10% previous', 'United States → Peru 40% current']);
  });

  it('gives the first part as the rate in force on a partner the added part is not on, in /tariff', async () => {
    const { line } = await tariffPeru([
      'The president initially imposed a 10% tariff on nearly all countries and later added a 40% penalty on Chilean goods.',
      'Peruvian copper already faces a 50% tariff.',
    ]);
    expect(line).toMatch(/10%.*the rate on most countries/);
  });
});
