import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A letter or remark by the home country's leader that calls a rate his own ("… will be added to
 * the 30% that we charge,” Trump wrote"): the home country charges it, on the partners the sentence
 * names or, naming none, on those of the sentence before; not one partner on the other. Sentences
 * written for these tests; the class comes from real news (stop 59, lane pairs41).
 */
describe('“the rate that we charge” in the home leader’s words', () => {
  it('is the home country’s rate on the partners named before', () => {
    expect(
      articleRates(
        [
          'The letters to Peruvian and Chilean leaders set the rates from September 1.',
          '“Should you raise your tariffs, the raise will be added to the 30% that we charge,” Trump wrote.',
        ],
        '2026-08-10',
      ),
    ).toEqual(['United States → Peru 30% current', 'United States → Chile 30% current']);
  });

  it('is the home country’s rate on the partners the sentence names', () => {
    expect(
      articleRates(
        [
          'Trump cautioned that if Peru or Chile retaliates with higher tariffs, “that number will be added on to the 35% we charge,” he said.',
        ],
        '2026-08-10',
      ),
    ).toEqual(['United States → Peru 35% threatened', 'United States → Chile 35% threatened']);
  });

  it('shows no rate of one partner on the other in /tariff', async () => {
    const corpus = newCorpus('console-we-charge-');
    writeArticle(corpus, '2026-08-10-story', 'Story', '2026-08-10', [
      'The letters to Peruvian and Chilean leaders set the rates from September 1.',
      '“Should you raise your tariffs, the raise will be added to the 30% that we charge,” Trump wrote.',
    ]);
    const text = await embedsText(corpus, '/tariff chile');
    expect(text).toMatch(/\*\*30%\*\*/);
    expect(text).not.toMatch(/Peru → Chile/);
  });
});
