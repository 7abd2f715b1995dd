/**
 * A level someone says a party should charge is a proposal: "the premier said Peru should hit back
 * with 30% tariffs". A change the news expects with a time ahead stays a plan. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { embedsText } from '../helpers/tariff.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { articleRates } from './article-rates.ts';

const SHOULD = ['The opposition leader said Peru should hit back with 30% tariffs on American goods.'];

describe('a rate a party "should" charge', () => {
  it('is a proposal', () => {
    expect(articleRates(SHOULD, '2026-09-01')).toEqual(['Peru → United States 30% threatened']);
  });

  it('leaves a change expected at a time ahead as a plan', () => {
    expect(
      articleRates(['Tariffs on Peruvian goods should fall to 20% next month under the deal.'], '2026-09-01'),
    ).toEqual(['United States → Peru 20% scheduled']);
  });

  it('shows no rate in force that Peru charges in /tariff peru', async () => {
    const corpus = newCorpus('console-should-');
    writeArticle(corpus, '2026-09-01-should', 'Opposition calls for retaliation', '2026-09-01', SHOULD);
    const text = await embedsText(corpus, '/tariff peru');
    expect(text).toMatch(/No article in the corpus states a current rate that Peru charges on American goods/u);
  });
});
