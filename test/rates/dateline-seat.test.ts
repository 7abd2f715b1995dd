/** A capital opening a paragraph as its dateline is where the story was filed: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const FILED_IN_OTTAWA = [
  'Ottawa: The United States will charge 25% on all heavy trucks imported from abroad from November 1.',
  'Ottawa, Oct 6 (Reuters) - The US will impose a 10% tariff on all imported lumber.',
];

describe('a dateline naming a capital', () => {
  it('is no party to the rate after it', () => {
    expect(articleRates(FILED_IN_OTTAWA)).toEqual([
      'United States → all countries 25% scheduled',
      'United States → all countries 10% scheduled',
    ]);
  });

  it('still names the country that acts after it', () => {
    expect(articleRates(['Ottawa retaliated with a 15% tariff on US wheat.'])).toEqual([
      'Canada → United States 15% current',
    ]);
  });

  it('never gives the country of the dateline a rate in /tariff', async () => {
    const corpus = newCorpus('dateline-seat-');
    writeArticle(corpus, '2026-09-01-trucks', 'Truck tariffs', '2026-09-01', FILED_IN_OTTAWA);
    const text = await embedsText(corpus, '/tariff canada');
    expect(text).not.toMatch(/\b(?:25|10)%/);
  });
});
