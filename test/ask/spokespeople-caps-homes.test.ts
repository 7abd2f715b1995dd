import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A user's plain words for the news's: a "spokesperson" is the news's spokesman or spokeswoman, a
 * "cap" on a rate its "ceiling", the "price" of a "house" the "cost" of a "home" (the House in
 * capitals is Congress's chamber). Asked through the console as a user asks.
 */
describe('/ask in plain words for spokespeople, caps and the cost of homes', () => {
  it('folds the words together', () => {
    expect(documentTerms('spokesman')).toEqual(questionTerms('spokesperson'));
    expect(documentTerms('spokeswoman')).toEqual(questionTerms('spokesperson'));
    expect(documentTerms('ceiling')).toEqual(questionTerms('cap'));
    expect(documentTerms('the cost of a home')).toEqual(questionTerms('the price of a house'));
    expect(documentTerms('the House voted')).not.toEqual(documentTerms('the home voted'));
  });

  it('finds the spokesman and the ceiling for a question about the spokesperson and the cap', async () => {
    const paragraphs = [
      'The cap on cheese duties was agreed in May, and the bloc’s spokesperson list was published.',
      'A bloc spokesman said the ceiling on cheese duties still holds.',
    ];
    expect(await askFirst(paragraphs, 'what did the bloc spokesperson say about the cheese cap')).toBe(paragraphs[1]);
  });

  it('finds the cost of a home for a question about the price of a house', async () => {
    const paragraphs = [
      'Lumber duties add to prices, and the lumber price index rose 4% in May.',
      'The duties add $9,000 to the cost of building a family home.',
    ];
    expect(await askFirst(paragraphs, 'how much do the duties add to the price of a house')).toBe(paragraphs[1]);
  });
});
