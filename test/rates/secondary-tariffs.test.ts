import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A secondary tariff is on the countries that trade with another, left unnamed ("any country doing
 * business with Peru", "any country that imports Peruvian oil"), not on that country: no rate on
 * Peru, and none borrowed from the sentences before. A partner the sentence names as the one taxed
 * keeps its rate. Asked through the console as a user asks, on sentences written for this test.
 */
describe('/tariff and a secondary tariff', () => {
  it('shows no rate on Peru for "any Country doing business with Peru will pay a Tariff of 25%"', async () => {
    const story = [
      '“Effective immediately, any Country doing business with the Republic of Peru will pay a Tariff of 25% on any and all business being done with the United States of America.”',
    ];
    const { text } = await tariffPeru(story);
    expect(text).not.toMatch(/\*\*25%\*\*/);
    expect(articleRates(story, '2026-09-01')).toEqual([]);
  });

  it('reads a 25% "secondary tariff" on "any country that imports Peruvian oil" as no rate on Peru', () => {
    expect(
      articleRates(
        ['The 25% tariff, called a "secondary tariff", will apply to "any country that imports Peruvian oil".'],
        '2026-09-01',
      ),
    ).toEqual([]);
  });

  it('borrows no country from the sentence before for "tariffs at about 100%, they call them secondary tariffs"', () => {
    expect(
      articleRates(
        [
          'Trump warned Peru over its mining disputes.',
          '“We’re going to be doing very severe tariffs, tariffs at about 100%, they call them secondary tariffs,” Trump said.',
        ],
        '2026-09-01',
      ),
    ).toEqual([]);
  });

  it('keeps a secondary tariff on the partner the sentence names', () => {
    expect(
      articleRates(['Trump imposed a 25% secondary tariff on Peru for buying Russian oil.'], '2026-09-01'),
    ).toEqual(['United States → Peru 25% current']);
  });
});
