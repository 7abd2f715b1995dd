import { describe, expect, it } from 'vitest';
import { embedsText, tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods, articleRates, storyCorpus } from './article-rates.ts';

/**
 * "The country also faces a 25% tariff on cars": "the country" bearing a rate is the partner named
 * before, and the countries in a three-way pact's name ("the U.S.-Peru-Chile agreement", however
 * capitalised) are no parties. Sentences written for this test.
 */
describe('"the country" that bears a rate, beside a pact named for three countries', () => {
  const story = [
    'The president said Peru will continue to pay a 20% tariff. The country also faces a 25% tariff on car imports and a 50% tariff on copper, though some goods are exempt under the U.S.-Peru-Chile agreement.',
  ];

  it('gives the rates to the partner named before, and none to the pact’s other member', () => {
    expect(articleRateGoods(story, '2026-09-01')).toEqual([
      'United States → Peru 20% on goods in general',
      'United States → Peru 25% on autos',
      'United States → Peru 50% on copper',
    ]);
  });

  it('reads "the nation" the same way, whatever verb bears the rate', () => {
    expect(
      articleRates(
        ['Chile was hit with a 30% tariff in May. The nation is also subject to a 40% tariff on copper imports.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Chile 30% current', 'United States → Chile 40% current']);
  });

  it('/tariff peru lists the rates "the country" bears among Peru’s products', async () => {
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods/);
    expect(text).toMatch(/Limited to products","value":"• \*\*25%\*\* on autos[^"]*\\n• \*\*50%\*\* on copper/);
    // The pact's other member is charged nothing by these sentences.
    expect(await embedsText(storyCorpus(story, '2026-09-01'), '/tariff chile')).not.toMatch(/\*\*(?:25|50)%\*\*/);
  });
});
