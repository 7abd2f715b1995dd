import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "What happens if the talks fail", "what will Lima do if Santiago taxes wine": news answers with the
 * condition and its outcome in one sentence ("if no agreement is reached, Peru is prepared to …").
 * Asked through the console as a user asks.
 */
describe('/ask on what follows if something happens', () => {
  it('reads "what … if" as asking for a conditional answer, and finds "if" or "unless" in a passage', () => {
    expect(answerKindsOf('What happens if the talks with Lima fail?')).toContain('conditional');
    expect(answerKindsOf('What will Peru do if Chile taxes its wine?')).toContain('conditional');
    expect(answerKindsOf('What did Peru do about wine?')).not.toContain('conditional');
    const none = new Set<string>();
    expect(holdsAnswer('conditional', 'If no deal is reached, Peru will raise its levy.', none)).toBe(true);
    expect(holdsAnswer('conditional', 'Peru raised its levy on Chilean wine.', none)).toBe(false);
  });

  it('puts the paragraph with the condition first', async () => {
    const paragraphs = [
      'Chilean wine escaped Peru’s levy.',
      'Peru has threatened a 60% levy on Chilean spirits if Santiago goes ahead with its planned tax on Peruvian wine.',
    ];
    expect(await askFirst(paragraphs, 'What will Peru do if Chile puts a duty on its wine?')).toBe(paragraphs[1]);
  });
});
