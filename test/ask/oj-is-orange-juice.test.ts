import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * "OJ" is orange juice, as a reader types it (in capitals or not) and as commodity news writes it.
 * Asked through the console as a user asks.
 */
describe('/ask on orange juice, asked as OJ', () => {
  it('reads OJ as orange juice', () => {
    expect(questionTerms('is oj getting pricier')).toEqual(expect.arrayContaining(questionTerms('orange juice')));
    expect(documentTerms('OJ futures rose')).toEqual(expect.arrayContaining(documentTerms('orange juice')));
  });

  it('finds the orange juice paragraph for a question about OJ', async () => {
    const paragraphs = [
      'Coffee will cost more and tea will cost more, roasters said, once the levy starts.',
      'Orange juice from the groves of the south could cost more at breakfast tables too.',
    ];
    expect(await askFirst(paragraphs, 'is oj going to cost more')).toBe(paragraphs[1]);
  });
});
