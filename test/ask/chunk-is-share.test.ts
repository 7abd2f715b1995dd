import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A part of a whole in a reader's words, "a big chunk of revenue", is the news's "share" or
 * "portion". Asked through the console as a user asks.
 */
describe('/ask on a chunk of something, told as a share', () => {
  it('folds chunk and portion into share', () => {
    const share = questionTerms('share')[0]!;
    expect(questionTerms('a big chunk of revenue')).toContain(share);
    expect(documentTerms('a growing portion of receipts')).toContain(share);
  });

  it('finds the share for a question about a chunk', async () => {
    const paragraphs = [
      'Revenue from the levy was $3 billion last year.',
      'The levy now makes up a share of state revenue not seen in decades, the ministry said on Monday.',
    ];
    expect(await askFirst(paragraphs, 'is the levy a big chunk of revenue?')).toBe(paragraphs[1]);
  });
});
