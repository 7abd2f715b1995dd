import { describe, expect, it } from 'vitest';
import { embedsText } from '../helpers/tariff.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { articleRates } from './article-rates.ts';

/**
 * "British Columbia" is a Canadian province, not the United Kingdom: its premier condemning "the 25%
 * tariffs" makes Britain no party to them. Asked through the console as a user asks, on sentences
 * written for this test.
 */
describe('British Columbia', () => {
  const story = [
    'British Columbia Premier Jane Doe said President Trump’s 25% tariffs were a betrayal of a trusted ally.',
  ];

  it('names no British party to a rate', () => {
    expect(articleRates(story, '2026-09-01').filter((line) => line.includes('United Kingdom'))).toEqual([]);
  });

  it('does not answer /tariff britain with the 25%', async () => {
    const corpus = newCorpus('console-british-columbia-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', story);
    expect(await embedsText(corpus, '/tariff britain')).not.toMatch(/25%/);
  });

  it('still reads "British" alone as the United Kingdom', () => {
    expect(articleRates(['The United States charges a 10% tariff on British goods.'], '2026-09-01')).toEqual([
      'United States → United Kingdom 10% current',
    ]);
  });
});
