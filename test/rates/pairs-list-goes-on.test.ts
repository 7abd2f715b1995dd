import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list of rates by country that runs on into a sentence of its own with no tariff word, each
 * group of countries with its number ("Chile and Peru are set for 36%, Ghana at 35%"), after a
 * sentence of the same paragraph that stated rates: each number is the rate on the countries its
 * clause names before it.
 */
describe('a list of rates that goes on into a sentence with no tariff word', () => {
  const story = [
    'The new duties differ widely by partner. Nepal and Fiji will face 25% tariffs on their goods. ' +
      'Chile and Peru are set for 36%, Ghana and Kenya at 35%, and Laos at 32%.',
  ];

  it('gives each group its number', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Nepal 25% scheduled',
      'United States → Fiji 25% scheduled',
      'United States → Chile 36% current',
      'United States → Peru 36% current',
      'United States → Ghana 35% current',
      'United States → Kenya 35% current',
      'United States → Laos 32% current',
    ]);
  });

  it('reads no numbers of a sentence that follows no rate', () => {
    expect(
      articleRates(['Growth will slow this year. Chile and Peru are set for 3%, Ghana at 5%.'], '2026-09-01'),
    ).toEqual([]);
  });

  it('answers /tariff peru with the number of its group', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*36%\*\* on Peruvian goods/);
  });
});
