import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * US tariff orders rate the Falkland Islands apart from the UK, and news copies their lists: the
 * territory is a partner of its own. Sentences written for this test.
 */
describe('a territory rated apart from its country', () => {
  const sentence = 'Fiji, the Falkland Islands and Peru are among the partners that stay at 10%, the order says.';

  it('reads the Falkland Islands as a partner of a list', () => {
    expect(articleRates([sentence], '2026-09-01')).toContain('United States → Falkland Islands 10% current');
  });

  it('answers /tariff falklands', async () => {
    const corpus = newCorpus('console-territory-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [sentence]);
    expect(await embedsText(corpus, '/tariff falklands')).toMatch(/\*\*10%\*\*/);
  });
});
