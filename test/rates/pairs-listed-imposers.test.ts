import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two partners told charging a rate together ("Chile and Peru imposed 25% tariffs on US goods"):
 * each charges it, as two partners told paying one each pay it. Sentences written for these tests;
 * the class comes from stop 48's reading of its own set.
 */
describe('a rate charged by partners listed together', () => {
  it('is each one’s rate', () => {
    expect(articleRates(['Chile and Peru imposed 25% tariffs on US goods.'])).toEqual([
      'Chile → United States 25% current',
      'Peru → United States 25% current',
    ]);
  });

  it('shows the second one’s rate in /tariff', async () => {
    const corpus = newCorpus('console-listed-imposers-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'Chile and Peru retaliated with 25% tariffs on US goods on Monday.',
    ]);
    expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*25%\*\* on American goods/);
  });
});
