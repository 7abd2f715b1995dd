import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * A user types the seat of a government in lower case ("why does the white house say …"): it is the
 * government still, answered by what the United States says, not by a "house" that is a home.
 */
describe('/ask naming a government by its seat in lower case', () => {
  const corpus = newCorpus('ask-seat-lower-case-');
  writeArticle(corpus, '2026-08-20-levy', 'Ruritania faces a steep levy', '2026-08-20', [
    'Ruritania was given one of the steepest tariff rates of any country this spring.',
    'A seamstress said at her home near the capital that the high tariff made no sense to her.',
    'The administration has defended the levy, saying Ruritania charges 80 percent tariffs on US goods.',
  ]);

  it('finds what the United States says for a question about the "white house"', async () => {
    const passages = await askCorpus(corpus, 'why does the white house say ruritania deserves such a high tariff');
    expect(passages[0]).toMatch(/^The administration has defended the levy/);
  });
});
