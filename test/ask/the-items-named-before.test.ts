import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News names the country's goods in one paragraph and opens the next on "The items exposed to the
 * levy are…": a user asks which of that country's goods are exposed.
 */
describe('/ask for the goods "the items" of a paragraph stand for, named the paragraph before', () => {
  const corpus = newCorpus('ask-the-items-');
  writeArticle(corpus, '2026-08-20-levy', 'A levy on farm exports', '2026-08-20', [
    'Washington set a levy on farm exports this week, traders said.',
    'The levy covers all Ruritanian products shipped to the US from next month.',
    'The items exposed to the levy are wine, olives and cork.',
  ]);

  it('finds the paragraph opening on "The items" for a question naming the country', async () => {
    const passages = await askCorpus(corpus, 'which ruritanian products are exposed to the us levy?');
    expect(passages[0]).toBe('The items exposed to the levy are wine, olives and cork.');
  });
});
