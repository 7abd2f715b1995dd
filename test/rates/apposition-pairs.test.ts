import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two clauses joined by "and", each with its country, a phrase set off by commas after it, and a
 * rate ("Chile, the largest economy of the region, is hit with 32%, and Peru, the second-largest,
 * faces 12%"): the phrase describes the country before it, so each country keeps its own rate
 * instead of taking its neighbour's; asked through the console as a user asks.
 */
describe('rates of clauses whose countries are described between commas', () => {
  const story = [
    'Chile, the largest economy of the region, is hit with a 32% tariff rate, and Peru, the second-largest, faces a 12% tariff rate.',
  ];

  it('gives each country the rate of its own clause', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Chile 32% current',
      'United States → Peru 12% current',
    ]);
  });

  it('answers /tariff peru with the rate of its clause', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
  });

  it('keeps a list of names between commas apart', () => {
    expect(articleRates(['Washington charges Chile, the EU, and Peru a 12% tariff.'], '2026-09-01')).toEqual([
      'United States → Chile 12% current',
      'United States → European Union 12% current',
      'United States → Peru 12% current',
    ]);
  });
});
