import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "The bloc" as the subject that bears a rate ("The 27-nation bloc faces 25% tariffs on steel"),
 * after a sentence in which the bloc acted ("The European Union will answer with duties on US
 * goods"): the home country's rate on the bloc, not the bloc's on the home country. Sentences
 * written for these tests; the class comes from real news (stop 60, lane pairs42).
 */
const story = [
  'The European Union will hit back next month with extra duties on 10 billion euros of U.S. goods.',
  'The 27-nation bloc faces 30% tariffs on steel and cars, as well as a broader 18% rate on most other goods.',
];

describe('“the bloc” bearing a rate', () => {
  it('is the home country’s rate on the bloc named before', () => {
    expect(articleRates(story, '2026-08-10')).toEqual([
      'United States → European Union 30% current',
      'United States → European Union 18% current',
    ]);
  });

  it('shows in /tariff as the US rate on the EU, with no EU rate on the US', async () => {
    const corpus = newCorpus('console-bloc-bears-');
    writeArticle(corpus, '2026-08-10-story', 'Story', '2026-08-10', story);
    const text = await embedsText(corpus, '/tariff eu');
    expect(text).toMatch(/\*\*18%\*\*/);
    expect(text).not.toMatch(/European Union → United States[^"]*30%/);
  });
});
