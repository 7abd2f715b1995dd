import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country a sentence opens by weighing the news for ("Most consequential for Peru, Chile will
 * receive …") is no party to the rate the subject after the comma bears; with no other subject
 * ("Crucially for Peru, the 15 percent levy …") it still is. Sentences written for these tests.
 */
const SENTENCE = 'Most consequential for Peru, Chile will receive a sectoral levy on its autos at 15 percent.';

describe('a country an opening weighs the news for', () => {
  it('is no party when another country is the subject', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual(['United States → Chile 15% scheduled']);
    expect(articleRates(['Worse for Peru, Chile and Bolivia face 30% tariffs.'], '2026-09-01')).toEqual([
      'United States → Chile 30% current',
      'United States → Bolivia 30% current',
    ]);
    expect(articleRates(['Crucially for Peru, the 15 percent levy on autos is lower.'], '2026-09-01')).toEqual([
      'United States → Peru 15% current',
    ]);
  });

  it('shows no 15% in /tariff peru', async () => {
    const corpus = newCorpus('console-weighed-for-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/\*\*15%\*\*/);
  });
});
