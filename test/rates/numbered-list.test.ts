import { describe, expect, it } from 'vitest';
import { findCountry } from '../../src/geo/countries.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A numbered list of countries and rates ("1. Ghana: 18%", "3. Republic of Peru: 12%") under a
 * lead-in that speaks of tariffs gives every line its rate, not only the first two: the splitter
 * parts each line's number from it, and the line before still belongs to the list. A country named
 * in its formal style ("Republic of Peru", "Lao People's Democratic Republic") is that country.
 */
describe('a numbered list of rates by country', () => {
  const story = [
    'These are the tariffs the United States charges on goods from its trading partners.',
    'Rates by country',
    '1. Ghana: 18%',
    '2. Chile: 14%',
    '3. Republic of Peru: 12%',
    '4. Lao People’s Democratic Republic: 22%',
  ];

  it('gives each numbered line its country and rate', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Ghana 18% current',
      'United States → Chile 14% current',
      'United States → Peru 12% current',
      'United States → Laos 22% current',
    ]);
  });

  it('answers /tariff peru with the rate of its line', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
  });

  it('knows a country by its formal style, and no more than that', () => {
    expect(findCountry('Republic of Serbia')?.name).toBe('Serbia');
    expect(findCountry('the Republic of Tunisia')?.name).toBe('Tunisia');
    expect(findCountry('Republic of Korea')?.name).toBe('South Korea');
    expect(findCountry('Republic of Nowhere')).toBeUndefined();
  });
});
