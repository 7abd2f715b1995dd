import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A trade "arrangement" is a deal, in a reader's and a diplomat's word ("new trade arrangements",
 * "Lima's arrangement with Washington"). Asked through the console as a user asks.
 */
describe('/ask on an arrangement, told as a deal', () => {
  it('folds arrangement into deal', () => {
    const deal = questionTerms('deal')[0]!;
    expect(questionTerms("Lima's arrangement with Washington")).toContain(deal);
    expect(documentTerms('new trade arrangements were agreed')).toContain(deal);
  });

  it('finds the paragraph on the deal for a question about the arrangement', async () => {
    const paragraphs = [
      'Peru sent its trade minister to Washington on Monday, and Peru expects more visits.',
      'Peru has the best trade deal with the United States in the region, the minister said.',
    ];
    expect(await askFirst(paragraphs, "How good is Peru's arrangement with Washington?")).toBe(paragraphs[1]);
  });
});
