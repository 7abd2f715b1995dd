/**
 * The country a ranking is measured against ("the US is Peru's second-largest trading partner after
 * China", "second only to Chile") is no party to the rates the sentence goes on to tell. Sentences
 * written for this test; news sets such rankings beside the rates it reports.
 */
import { describe, expect, it } from 'vitest';
import { embedsText } from '../helpers/tariff.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { sentenceRateLines } from './article-rates.ts';

const RANKED =
  'The United States is Peru’s second-largest trading partner after China, and economists warned the jump from the current 10% rate to 50% could hurt.';
/** "imposer → target percent", the status left aside. */
const pairs = (sentence: string) => sentenceRateLines(sentence, '2026-07-10').map((l) => l.replace(/ \w+$/u, ''));

describe('a country a ranking is measured against', () => {
  it('is no party to the rates', () => {
    expect(pairs(RANKED)).toEqual(['United States → Peru 10%', 'United States → Peru 50%']);
    expect(
      sentenceRateLines('Peru’s exports to the US, second only to Chile, face a 20% tariff.', '2026-07-10'),
    ).toEqual(['United States → Peru 20% current']);
  });

  it('gives /tariff china no rate', async () => {
    const corpus = newCorpus('console-ranked-');
    writeArticle(corpus, '2026-09-01-ranked', 'Ranked', '2026-09-01', [RANKED]);
    expect(await embedsText(corpus, '/tariff peru')).toContain('**10%**');
    expect(await embedsText(corpus, '/tariff china')).not.toContain('**10%**');
  });
});
