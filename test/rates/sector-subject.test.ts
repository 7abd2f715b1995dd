import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sector's goods told as what faces a tariff ("upholstered furniture will be subject to a 30%
 * tariff", "Imports of heavy trucks will face a 25% tariff") is the home country's sector rate on
 * every country, even after a paragraph about one partner's terms: the partner named there is not
 * the one the goods come from. Asked through the console as a user asks, on sentences written for
 * this test.
 */
const STORY = [
  'Partners that struck deals pay less: Washington has charged a 15% tariff on Peruvian goods since its deal in July.',
  'Under the new order, bathroom cabinets and related goods will face a 40% tariff, while upholstered furniture will be subject to a 20% tariff.',
  'Imports of heavy trucks weighing over five tonnes will be subject to a 25% tariff.',
];
const pairs = (paragraphs: string[]) => articleRates(paragraphs, '2026-09-01').map((r) => r.replace(/ \w+$/u, ''));

describe('/tariff and sector goods told as what faces a tariff', () => {
  it('reads the furniture and truck rates as rates on all countries, not on the partner of the paragraph before', () => {
    expect(pairs(STORY)).toEqual([
      'United States → Peru 15%',
      'United States → all countries 40%',
      'United States → all countries 20%',
      'United States → all countries 25%',
    ]);
  });

  it('does not list them among the statements on Peruvian goods', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('Every statement, newest first (1)');
    expect(text).not.toMatch(/\*\*(?:40|20|25)%\*\* on (?:furniture|autos)/u);
  });

  it('keeps goods named with their origin the partner’s: "Peruvian furniture will face a 20% tariff"', () => {
    expect(pairs(['Peruvian furniture will face a 20% tariff from next month.'])).toEqual(['United States → Peru 20%']);
  });
});
