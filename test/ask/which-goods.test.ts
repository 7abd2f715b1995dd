import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A question asking which goods ("which products …", "what American stuff …", "which industries …")
 * is answered by a paragraph listing them ("wine, salmon, copper wire and fresh fruit"), which often
 * shares fewer of the question's words than one that only mentions "the goods". Asked through the
 * console as a user asks.
 */
describe('/ask on a question asking which goods', () => {
  it('reads "which … goods / products / industries" as asking for goods, not "what tariff on goods"', () => {
    expect(answerKindsOf('which Chilean goods face the new levies?')).toContain('goods');
    expect(answerKindsOf('what american stuff is europe gonna tax')).toContain('goods');
    expect(answerKindsOf('which industries got hammered the most')).toContain('goods');
    expect(answerKindsOf('what tariff on goods from Chile')).not.toContain('goods');
  });

  it('tells a list of three items or more from a sentence with commas or two examples', () => {
    const none = new Set<string>();
    expect(holdsAnswer('goods', 'The levies cover wine, salmon, copper wire and fresh fruit.', none)).toBe(true);
    expect(holdsAnswer('goods', 'Sectors such as gems and jewelry, textiles and seafood suffered.', none)).toBe(true);
    expect(holdsAnswer('goods', 'On July 15, officials said the list was ready.', none)).toBe(false);
    expect(holdsAnswer('goods', 'The list targets goods including aircraft and whiskey.', none)).toBe(false);
  });

  it('puts the paragraph listing the goods before the one that only names them', async () => {
    const paragraphs = [
      'Chilean exporters said the new levies came as a surprise to the whole sector.',
      'The new levies cover wine, salmon, copper wire and fresh fruit from Chile.',
    ];
    expect(await askFirst(paragraphs, 'which Chilean goods face the new levies?')).toBe(paragraphs[1]);
  });
});
