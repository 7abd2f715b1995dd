import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Where goods go "into" is the country that taxes them, as where they go "to" is ("exports from
 * Peru into the United States will face 12%"), and goods that "originate from" a country are its
 * goods, as goods "originating from" it are. Sentences written for these tests; the classes come
 * from real news of stop 48.
 */
describe('goods sent "into" a country, and goods that "originate from" one', () => {
  it('reads the country goods go into as the one that taxes them', () => {
    expect(
      articleRates([
        'Tractor and wine exports from Peru into the United States will face 12 per cent tariffs, according to a joint statement.',
      ]),
    ).toEqual(['United States → Peru 12% scheduled']);
  });

  it('reads goods that originate from a country as its goods, taxed by the subject of the sentence', () => {
    expect(
      articleRates([
        'Chile reduced its steel quotas in July, and has imposed a 20 per cent surtax on steel goods that originate from Peru.',
      ]),
    ).toEqual(['Chile → Peru 20% current']);
  });

  it('shows the rate on exports into the United States in /tariff', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 19% tariff on Peruvian goods since April.',
      'From Monday, exports from Peru into the United States will face a 12% tariff under the new deal.',
    ]);
    expect(text).toMatch(/\*\*12%\*\*/);
  });
});
