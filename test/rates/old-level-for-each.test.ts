import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Old levels told one for each partner ("15%, down from 24% for Peru and 20% for Chile"): each old
 * level is its own partner's, not every partner's of the new level. Sentences written for these tests.
 */
const SENTENCE = 'Both Peru and Chile now pay 15 percent, down from 24 percent for Peru and 20 percent for Chile.';

describe('old levels told for each partner', () => {
  it('gives each old level to its own partner', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual([
      'United States → Peru 15% current',
      'United States → Chile 15% current',
      'United States → Peru 24% previous',
      'United States → Chile 20% previous',
    ]);
  });

  it('shows no 24% for Chile in /tariff chile', async () => {
    const corpus = newCorpus('console-old-level-for-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    const text = await embedsText(corpus, '/tariff chile');
    expect(text).toMatch(/\*\*20%\*\*/);
    expect(text).not.toMatch(/24%/);
  });
});
