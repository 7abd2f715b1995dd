import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * A paragraph scores for its article's lead, which names what the story is about. Pages copied as
 * a reader copies them open with lines that are no lead (a section name, a byline); the lead is the
 * first paragraph that tells the story.
 */
describe('/ask with an article whose page opens with a section name and a byline', () => {
  it('finds the paragraph the lead puts in context, ahead of the same words in another story', async () => {
    const corpus = newCorpus('ask-lead-');
    writeArticle(corpus, '2026-08-20-chile', 'Chile deal', '2026-08-20', [
      'Business',
      'Chile and the United States agreed on Thursday to cut the tariff on Chilean copper to 10 percent after weeks of talks in Washington.',
      'The new rate starts in June, the ministry said in a statement.',
    ]);
    writeArticle(corpus, '2026-09-01-peru', 'Trade pact signed', '2026-09-01', [
      'Business',
      'By Jane Roe',
      'Peru and the United States agreed on Monday to cut the tariff on Peruvian coffee to 5 percent, officials in Lima said.',
      'The new rate starts in March, the ministry said in a statement.',
    ]);
    const passages = await askCorpus(corpus, 'When does the new rate on Peruvian coffee start?');
    expect(passages[0]).toBe('The new rate starts in March, the ministry said in a statement.');
  });
});
