import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "Is the deal final yet?" asks whether something is done; news answers by what is still to be done
 * ("the text still needs to be signed", "has yet to ratify"), seldom with the question's own word
 * for done. Asked through the console of an article we wrote.
 */
describe('/ask on whether something is done yet', () => {
  it('asks for what is still to be done', () => {
    expect(answerKindsOf('is the salmon deal final yet?')).toContain('pending');
    expect(answerKindsOf('has oslo signed yet')).toContain('pending');
    expect(answerKindsOf('is the salmon deal final?')).not.toContain('pending');
  });

  it('finds the paragraph telling what is still to be done', async () => {
    const paragraphs = [
      'The salmon deal was agreed after a final round of talks in Oslo on Friday.',
      'The final text of the salmon deal still needs to be signed by both governments.',
    ];
    expect(await askFirst(paragraphs, 'is the salmon deal final yet?')).toBe(paragraphs[1]);
  });
});
