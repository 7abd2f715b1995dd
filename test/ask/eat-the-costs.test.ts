import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A firm that "eats" a cost absorbs it: users ask "why can't they just eat the tariffs", news writes
 * that a retailer cannot "absorb" the costs. Asked through the console as a user asks.
 */
describe('/ask on a question about eating a cost', () => {
  it('reads eating a cost or a tariff as absorbing it, and eating food as eating', () => {
    expect(questionTerms('eat the tariff costs')).toEqual(documentTerms('absorb the tariff costs'));
    expect(questionTerms('ate some of the increases')).toEqual(documentTerms('absorbed some of the increases'));
    expect(documentTerms('they ate lunch')).not.toContain(questionTerms('absorb')[0]);
  });

  it('finds the paragraph on absorbing the costs', async () => {
    const paragraphs = [
      'Bigmart said the tariff costs had grown this year, and its prices would follow.',
      'Bigmart cannot absorb the tariff costs on its narrow margins, its chief executive said.',
    ];
    expect(await askFirst(paragraphs, "why can't bigmart just eat the tariff costs")).toBe(paragraphs[1]);
  });
});
