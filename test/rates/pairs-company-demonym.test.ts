import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A demonym before a company noun and the company's name ("Peruvian pisco giant Casa Vieja")
 * tells where the company is from; the rate charged on the company is the measure's the article
 * tells, not the home country's on that country (wording from the rates-pairs20 set of stop 38,
 * anti-dumping duties on a bloc's brandy, in sentences written for this test).
 */
const ARTICLE = [
  'Chile said it will impose anti-dumping duties of up to 30% on pisco imported from the European Union starting Saturday.',
  'It said the rate on Peruvian pisco giant Casa Vieja would be 28.5%.',
];

describe('a rate on a company named with its nationality', () => {
  it('is the measure’s rate on the bloc, not a US rate on the company’s country', () => {
    expect(articleRates(ARTICLE, '2026-09-01')).toEqual([
      'Chile → European Union 30% scheduled',
      'Chile → European Union 28.5% scheduled',
    ]);
  });

  it('is no US rate on Peru when asked through /tariff', async () => {
    const corpus = newCorpus('console-company-demonym-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', ARTICLE);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/28\.5%/);
  });
});
