import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A ranking that goes on with an adverb before "by" ("followed closely by Peru at 30 per cent")
 * names the next country charged, as "followed by Peru" does, not one that imposes a rate on the
 * countries after it; asked through the console as a user asks. Sentences written for this test.
 */
describe('/tariff on a ranking followed closely by a country', () => {
  const story = [
    'Washington set new tariffs on dozens of economies this week. Peru faces the steepest tariff at 40 per cent, followed closely by Ghana at 30 per cent and Chile at 20 per cent.',
  ];

  it('gives each ranked country the US rate', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 40% current',
      'United States → Ghana 30% current',
      'United States → Chile 20% current',
    ]);
  });

  it('answers /tariff chile with the US rate on Chile, not a rate Ghana charges', async () => {
    const corpus = newCorpus('console-ranking-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', story);
    const text = await embedsText(corpus, '/tariff chile');
    expect(text).toMatch(/\*\*20%\*\* on Chilean goods/);
  });
});
