import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';

/**
 * Countries a rate sentence names without being party to it, asked through the console as a user
 * asks, on sentences written for this test.
 */
describe('/tariff on countries named only for comparison or for what a tariff is tied to', () => {
  const corpus = newCorpus('console-likened-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
    'The United States and Peru struck a trade deal on Monday.',
    'The additional 25% tariff applied over Russia-linked oil purchases will be dropped.',
    'The remaining tariff will stay at 18%, bringing U.S. duties closer to the rates charged on goods from countries like Chile and Japan.',
  ]);
  const ask = (line: string) => embedsText(corpus, line);

  it('gives both rates to Peru', async () => {
    const peru = await ask('/tariff peru');
    expect(peru).toMatch(/\*\*18%\*\*/);
    expect(peru).toMatch(/\*\*25%\*\*/);
  });

  it('gives Chile, Japan and Russia none of them', async () => {
    for (const country of ['chile', 'japan', 'russia']) {
      const text = await ask(`/tariff ${country}`);
      expect(text).not.toMatch(/\*\*18%\*\*/);
      expect(text).not.toMatch(/\*\*25%\*\*/);
    }
  });
});
