import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list that wire copy runs into one paragraph, each country then a comma and its rate
 * ("Ghana, 15%. Peru, 12%."), under a lead-in that speaks of tariffs, gives each country its rate,
 * as a list of lines does ("Ghana: 15%").
 */
describe('a run-on list of countries, each with a comma and its rate', () => {
  const story = [
    'Below are the new tariff rates the United States charges its partners, by the administration’s count:',
    'Ghana, 15%. Bosnia and Herzegovina, 30%. Peru, 12%. European Union, 15%.',
  ];

  it('gives each country its rate', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Ghana 15% current',
      'United States → Bosnia and Herzegovina 30% current',
      'United States → Peru 12% current',
      'United States → European Union 15% current',
    ]);
  });

  it('gives nothing where the lead-in speaks of no tariff', () => {
    expect(articleRates(['Growth forecasts for next year, by country:', 'Ghana, 5%. Peru, 3%.'], '2026-09-01')).toEqual(
      [],
    );
  });

  it('answers /tariff peru with the rate of its item', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
  });
});
