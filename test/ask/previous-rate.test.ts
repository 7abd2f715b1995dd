import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "How much was Peru paying before this" asks for the amount before a change, which news tells as
 * the one a change starts from ("an increase from the 10% baseline", "down from 25%", "previously");
 * "before August 1" dates the question instead. Asked through the console as a user asks.
 */
describe('/ask on the rate before a change', () => {
  it('reads "before this", "previous" as asking for the amount before', () => {
    expect(answerKindsOf('how much was Peru paying before this 40% thing')).toContain('previous');
    expect(answerKindsOf('what was the previous tariff on Peru')).toContain('previous');
    expect(answerKindsOf('what tariff will Peru pay before August 1')).not.toContain('previous');
    const none = new Set<string>();
    for (const text of ['a sharp increase from the 10% baseline', 'down from 25%', 'Peru previously paid 10%'])
      expect(holdsAnswer('previous', text, none), text).toBe(true);
    expect(holdsAnswer('previous', 'Peru will pay 40% from Friday.', none)).toBe(false);
  });

  it('finds the rate a change starts from', async () => {
    const paragraphs = [
      'The president wrote that the 40% tariff on Peru covers $2 billion of Peruvian goods.',
      'The 40% tariff on Peru marks a sharp increase from the 10% baseline set in April.',
    ];
    expect(await askFirst(paragraphs, 'how much was peru paying before this 40% thing')).toBe(paragraphs[1]);
  });
});
