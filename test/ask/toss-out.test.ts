import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A court that "tosses" (out) a measure strikes it down, as it "throws it out": a reader asks whether
 * the judges will "toss the tariffs", the news tells whether they will invalidate them.
 */
describe('/ask whether a court will toss a measure', () => {
  it('reads tossing (out) a measure as invalidating it, and a toss-up as none', () => {
    const invalidate = documentTerms('invalidate')[0];
    expect(questionTerms('will they toss the tariffs')).toContain(invalidate);
    expect(questionTerms('the court tossed out the duties')).toContain(invalidate);
    expect(questionTerms('tossed out by the court')).toContain(invalidate);
    expect(documentTerms('the vote is a toss-up')).not.toContain(invalidate);
  });

  it('finds the paragraph on whether the court will invalidate the duties', async () => {
    const paragraphs = [
      'The judges heard the duties case for three hours on Wednesday, with lawyers for importers and the government.',
      'Several judges sounded doubtful, raising the question of whether the court will invalidate the duties.',
    ];
    expect(await askFirst(paragraphs, 'so are the judges gonna toss the duties or what')).toBe(paragraphs[1]);
  });
});
