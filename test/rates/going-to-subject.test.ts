import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "Peru is going to cut its tariffs to 2% on most of its trade": the subject before "is going to"
 * acts, as before "will"; its own tariffs are the ones it cuts. Sentences written for this test.
 */
describe('a country before "is going to" and a verb of imposing', () => {
  const paragraphs = ['Under the pact, Peru is going to cut its tariffs to 2% on most of its trade, officials said.'];

  it('reads the country as imposing', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates.filter((r) => r.startsWith('Peru → United States 2%'))).toHaveLength(1);
    expect(rates.filter((r) => r.startsWith('United States → Peru'))).toEqual([]);
  });

  it('shows the cut as Peru’s rate on US goods in /tariff peru', async () => {
    const corpus = newCorpus('console-going-to-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
    expect(await embedsText(corpus, '/tariff peru')).toMatch(/Peru → United States[^"]*"[^}]*\*\*2%\*\*/);
  });
});
