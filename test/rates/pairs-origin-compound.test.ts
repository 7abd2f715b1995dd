import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Goods whose origin a compound tells ("U.S.-grown wheat", "American-made tractors", "Peruvian-grown
 * grapes") are that country's goods: the tariff is charged on it, as on "U.S. wheat". In a partner's
 * answer to US tariffs that names no one else, the partner charges it. Sentences written for these
 * tests; the class comes from real news of stop 54.
 */
describe('a country told by a compound of origin is whose goods are taxed', () => {
  const answer = [
    'Peru answered the new US duties on its copper on Monday.',
    'American-grown apples, wheat and corn will face a 20% surcharge from next month, the trade ministry said.',
  ];

  it('gives the rate on home-grown goods to the partner answering', () => {
    expect(articleRates(answer, '2026-09-01')).toEqual(['Peru → United States 20% scheduled']);
  });

  it('reads a foreign compound as the partner taxed', () => {
    expect(articleRates(['Peruvian-made tractors will face a 12% tariff, Washington said.'], '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
    ]);
  });

  it("shows the answering partner's rate on US goods in /tariff", async () => {
    const { text } = await tariffPeru(answer);
    expect(text).toMatch(/"Peru → United States"[^\]]*\*\*20%\*\*/);
  });
});
