import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A user's plain words for the news's: a "homebuilder" is a "home builder" in two words, a sum "in
 * total" is the "cumulative" one, and what firms "rely on" they "depend on". Asked through the
 * console as a user asks.
 */
describe('/ask in plain words for builders, totals and reliance', () => {
  it('folds the words together', () => {
    expect(documentTerms('home builders')).toEqual(questionTerms('homebuilders'));
    expect(documentTerms('home-builder')).toEqual(questionTerms('homebuilder'));
    expect(documentTerms('cumulative')).toEqual(questionTerms('total'));
    expect(documentTerms('depend')).toEqual(questionTerms('rely'));
    expect(documentTerms('heavy dependence')).toEqual(questionTerms('heavy reliance'));
  });

  it('finds the home builders for a question about homebuilders', async () => {
    const paragraphs = [
      'The new lumber duties start next month, the ministry said on Friday.',
      'Home builders say the new lumber duties will add to the price of every new house.',
    ];
    expect(await askFirst(paragraphs, 'what do homebuilders say about the lumber duties?')).toBe(paragraphs[1]);
  });

  it('finds the cumulative sum for a question about the total', async () => {
    const paragraphs = [
      'The carmaker pledged another $20 billion for American plants on Monday.',
      'The new pledge brings the carmaker’s cumulative American investment to $70 billion.',
    ];
    expect(await askFirst(paragraphs, 'how much has the carmaker pledged in total?')).toBe(paragraphs[1]);
  });

  it('finds what firms depend on for a question about what they rely on', async () => {
    const paragraphs = [
      'Ohio toy firms buy parts from abroad and sell their toys at home, the trade group said.',
      'Most Ohio toy firms depend on those parts, the trade group said.',
    ];
    expect(await askFirst(paragraphs, 'do Ohio toy firms rely on parts from abroad?')).toBe(paragraphs[1]);
  });
});
