import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * The stemmer cuts "added" and "adding" to "ad", the word of an advertisement ("the Ontario ad"), so
 * "why did he add another 10%" missed the paragraph saying he "added" it, and an ad met every "he
 * added". Asked through the console as a user asks.
 */
describe('/ask on a question with "add"', () => {
  it('folds "added" and "adding" with "add", apart from an ad', () => {
    expect(documentTerms('added')).toEqual(questionTerms('add'));
    expect(documentTerms('adding')).toEqual(questionTerms('adds'));
    expect(documentTerms('a television ad')).not.toContain(questionTerms('add')[0]);
  });

  it('finds the paragraph telling what was added, not the one about an ad', async () => {
    const paragraphs = [
      'Ruritania ran an ad defending its cheese levy.',
      'Ruritania added a levy on Freedonian cheese after a row over dairy subsidies.',
    ];
    expect(await askFirst(paragraphs, 'why did Ruritania add a levy on cheese?')).toBe(paragraphs[1]);
  });
});
