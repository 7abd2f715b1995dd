import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';

/**
 * Where goods are bound is who taxes them ("Peruvian goods bound for the United States"), asked
 * through the console as a user asks, of sentences written for this test.
 */
describe('/tariff on goods told by where they are bound', () => {
  it('gives the rate the destination charges on the goods', async () => {
    for (const sentence of [
      'Officials said Peruvian goods bound for the United States will be subject to a 19% tariff, starting on June 7.',
      'Most Peruvian exports destined for the American market will face a 19% tariff from June 7.',
    ]) {
      const corpus = newCorpus('console-bound-for-');
      writeArticle(corpus, '2026-05-22-story', 'Story', '2026-05-22', [sentence]);
      expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*19%\*\*/);
    }
  });
});
