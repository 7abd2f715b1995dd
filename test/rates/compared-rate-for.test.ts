import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country named after another number's rate ("more than double the 15% rate for Chile") is that
 * number's party, not the party of a rate whose own clause names no one; a change's new level ("from
 * 10% to a 20% tariff on Chile") still shares its country with the old. Sentences written for these tests.
 */
const STORY = [
  'Peru’s exporters said the levy would cost thousands of jobs.',
  'Trump set a 39% tariff on the small Andean country - more than double the 15% rate for most Chilean imports.',
];

describe('a country told for another number’s rate', () => {
  it('is no party to a rate whose clause names no one', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 39% current',
      'United States → Chile 15% current',
    ]);
    expect(articleRates(['Tariffs on Chile rose from 10% to a 20% tariff on Chilean copper.'], '2026-09-01')).toEqual([
      'United States → Chile 10% previous',
      'United States → Chile 20% current',
    ]);
  });

  it('shows only the 15% as a rate in /tariff chile', async () => {
    const corpus = newCorpus('console-compared-rate-for-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', STORY);
    const text = await embedsText(corpus, '/tariff chile');
    expect(text).toMatch(/\*\*15%\*\*/);
    expect(text).not.toMatch(/\*\*39%\*\*/);
  });
});
