import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate on "all countries not listed" or "all other countries" is on the rest, as a baseline is,
 * not on every country (wording from the rates-pairs20 set of stop 38, in sentences written for
 * these tests).
 */
describe('a rate on all countries but those named', () => {
  it('reads "goods from all countries not listed" as the rate on most countries', () => {
    expect(
      articleRates(['Goods from all countries not listed will be subject to a 10% import tax.'], '2026-09-01'),
    ).toEqual(['United States → most countries 10% scheduled']);
  });

  it('reads "all other countries" as the rate on most countries', () => {
    expect(articleRates(['Washington charges a 10% tariff on all other countries.'], '2026-09-01')).toEqual([
      'United States → most countries 10% current',
    ]);
  });

  it('reads "all goods from other countries", no country named, as the rate on all countries', async () => {
    const story = [
      'Since April, Washington has charged a 10% tariff on all goods from other countries.',
      'Peruvian copper already faces a 50% tariff.',
    ];
    expect(articleRates(story, '2026-09-01')).toContain('United States → all countries 10% current');
    expect((await tariffPeru(story)).text).toMatch(/\*\*10%\*\*[^•]*the rate on all countries/);
  });

  it('keeps "all countries" the rate on all countries', () => {
    expect(articleRates(['Washington charges a 10% tariff on all countries.'], '2026-09-01')).toEqual([
      'United States → all countries 10% current',
    ]);
  });

  it('answers /tariff peru with the rate on most countries', async () => {
    const { line } = await tariffPeru([
      'Since April, Washington has charged a 10% tariff on goods from all other countries.',
      'Peruvian copper already faces a 50% tariff.',
    ]);
    expect(line).toMatch(/; the rate on most countries/);
  });
});
