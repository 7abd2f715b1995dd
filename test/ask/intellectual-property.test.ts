import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Trade deals have a chapter on "intellectual property"; a user asks about patents, copyrights or
 * trademarks. Asked through the console as a user asks.
 */
describe('/ask about patents, copyrights and trademarks', () => {
  it('reads patents, copyrights and trademarks as intellectual property', () => {
    const property = documentTerms('intellectual property');
    for (const word of ['patents', 'copyright', 'trademarks'])
      expect(questionTerms(word)).toEqual(expect.arrayContaining(property));
    expect(documentTerms('patented medicines')).not.toEqual(expect.arrayContaining(property));
  });

  it('finds the intellectual property rules for a question about copyrights', async () => {
    const paragraphs = [
      'The agreement with Dravia was announced on Thursday by the White House.',
      'Dravia agreed to reinforce trade rules, notably on intellectual property, under the agreement.',
    ];
    expect(await askFirst(paragraphs, 'what does the agreement with dravia say about copyrights?')).toBe(paragraphs[1]);
  });
});
