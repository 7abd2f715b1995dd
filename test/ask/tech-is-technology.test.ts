import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/** "Tech" is a reader's and a headline's "technology": "big tech firms" are "large technology companies". */
describe('/ask on a question naming tech', () => {
  it('reads tech as technology', () => {
    expect(questionTerms('tech companies')).toEqual(documentTerms('technology companies'));
  });

  it('finds the paragraph on the technology companies', async () => {
    const corpus = newCorpus('ask-tech-');
    writeArticle(corpus, '2026-08-28-levy', 'Freedonia keeps its levies', '2026-08-28', [
      'Officials met in Geneva this week.',
      'The car levy is to protect carmakers.',
      'The digital levy is aimed at large technology companies that pay little tax in Freedonia, the finance minister said.',
    ]);
    // A corpus that has the word "tech" reads it as it is, not as the start of a longer word.
    writeArticle(corpus, '2026-08-20-park', 'A park for startups', '2026-08-20', [
      'Ruritania opened a tech park for startups on Monday.',
    ]);
    const passages = await askCorpus(corpus, 'what is the levy on tech for');
    expect(passages[0]).toBe(
      'The digital levy is aimed at large technology companies that pay little tax in Freedonia, the finance minister said.',
    );
  });
});
