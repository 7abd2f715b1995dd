import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence that names no country takes its parties from the one before; when that one names
 * several countries and gives none a part in a tariff ("Peru's largest buyer has hurt Chile's
 * markets"), the country an earlier sentence taxed ("the U.S. tariffs on Peru") is the one the rate
 * is on, not every country named. Sentences written for this test.
 */
const STORY = [
  'Trade officials met in Lima on Monday.',
  'President Trump said the U.S. tariffs on Peru had dealt a blow to its exporters. He added that the fight over Peru has hurt Chile’s economy.',
  'The Trump administration recently put a 30% tariff in place in two steps: a 15% tax on July 30 and another 15% tax on August 7.',
];

describe('a rate after a sentence naming several countries with no part in a tariff', () => {
  it('is on the country an earlier sentence taxed', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 30% current',
      'United States → Peru 15% current',
      'United States → Peru 15% current',
    ]);
  });

  it('gives /tariff chile no rate', async () => {
    const corpus = newCorpus('console-tariff-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', STORY);
    const { reply } = await runConsoleJson('/tariff chile', { corpus, now: TARIFF_NOW });
    expect(reply.content).toMatch(
      /^No article in the corpus states a tariff rate between the United States and Chile/u,
    );
  });
});
