import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list line that gives the rate first and a country with another name of it in brackets ("40
 * percent: Peru and Myanmar (Burma).") is a line of the list like the others: it gives each country
 * the rate and keeps the lines after it joined to the list's lead-in; asked through the console as a
 * user asks. Sentences written for this test.
 */
describe('/tariff on a rate-first list line with a name in brackets', () => {
  const story = [
    'New US tariffs on dozens of partners took effect today. These are the rates that apply now.',
    '41 percent: Syria.',
    '40 percent: Peru and Myanmar (Burma).',
    '39 percent: Ghana.',
  ];

  it('reads every line of the list', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Syria 41% current',
      'United States → Peru 40% current',
      'United States → Myanmar 40% current',
      'United States → Ghana 39% current',
    ]);
  });

  it('answers /tariff peru with the listed rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*40%\*\* on Peruvian goods/);
  });
});
