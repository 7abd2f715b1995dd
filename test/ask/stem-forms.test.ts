import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Forms of one word that the stemmer leaves apart: "subsidized" and "subsidies", "appointees" and
 * "appointed", "nominee" and "nominated". Asked through the console as a user asks.
 */
describe('/ask across forms of one word', () => {
  it('folds the forms together', () => {
    expect(documentTerms('subsidies')).toEqual(questionTerms('subsidized'));
    expect(documentTerms('appointed')).toEqual(questionTerms('appointees'));
    expect(documentTerms('nominated')).toEqual(questionTerms('nominee'));
  });

  it('finds the subsidies for a question about what is subsidized', async () => {
    const paragraphs = [
      'Ruritanian cheese is sold abroad, Ruritanian cheese makers said.',
      // The question's own form is a word of the corpus, so no fuzzy matching stands in for the fold.
      'Farm exports are subsidized elsewhere, the board said.',
      'Washington says the state pays for the milk, which amounts to subsidies for Ruritanian cheese.',
    ];
    expect(await askFirst(paragraphs, 'is ruritanian cheese subsidized')).toBe(paragraphs[2]);
  });

  it('finds the judges a president appointed for a question about his appointees', async () => {
    const paragraphs = [
      'The judges heard the case on Tuesday.',
      'Cabinet appointees met in Geneva.',
      'Two of the judges the president appointed ruled against the levy.',
    ];
    expect(await askFirst(paragraphs, 'which judges were his appointees')).toBe(paragraphs[2]);
  });
});
