import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News names a speaker, goes on about them as "he" or "she", then gives their words as a quotation
 * that opens a paragraph with no "she said" in it and the story running on after it. A user asks
 * for those words by the speaker's office.
 */
describe('/ask for a quotation after a paragraph about "he" or "she"', () => {
  const corpus = newCorpus('ask-quote-after-pronoun-');
  writeArticle(corpus, '2026-08-20-mills', 'Mill owners meet Ottawa over lumber duties', '2026-08-20', [
    'Lumber mills face a 20 percent US tariff on their shipments from next month.',
    'Mark Carney met mill owners in Ottawa on Friday to discuss the duties.',
    'He was pleased with the meeting, although several owners left before it ended.',
    '“No mill will close this winter. We will buy the lumber ourselves if we must.” Owners had feared layoffs before the holidays.',
  ]);
  writeArticle(corpus, '2026-08-22-answer', 'Canada weighs its answer', '2026-08-22', [
    'Mark Carney told reporters on Monday that mills across the country would get help this winter.',
    'The cabinet met in Ottawa after the announcement.',
  ]);

  it('gives the quotation to the person the paragraph before it went on about', async () => {
    const passages = await askCorpus(
      corpus,
      'what did the canadian prime minister say about mills closing this winter',
    );
    expect(passages[0]).toMatch(/^“No mill will close this winter/);
  });
});
