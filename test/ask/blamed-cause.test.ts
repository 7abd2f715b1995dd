import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A user asks what is to blame ("what is blamed for the slump", "which levies are to blame"); news
 * names the cause as the culprit, or says a fall stems from it or is attributed to it. Asked
 * through the console as a user asks.
 */
describe('/ask on what is to blame, answered by the cause', () => {
  it('reads a question about blame or a cause as asking for a reason', () => {
    expect(answerKindsOf('What is blamed for the drop in Peruvian wool sales?')).toContain('reason');
    expect(answerKindsOf('Which levies are to blame for dearer bikes?')).toContain('reason');
    expect(answerKindsOf('What caused the slump in wool orders?')).toContain('reason');
    expect(answerKindsOf('What did the minister say about wool?')).not.toContain('reason');
  });

  it('finds the cause told as the culprit, a source or an attribution', () => {
    const none = new Set<string>();
    for (const text of [
      'The culprit? A 30% levy on Peruvian wool.',
      'The higher prices stem from a 30% levy on imported frames.',
      'Officials attributed the slump to the new levies.',
      'The slowdown was caused by the levies on wool.',
      'Exporters blamed the 30% levy for the lost orders.',
    ])
      expect(holdsAnswer('reason', text, none), text).toBe(true);
    expect(holdsAnswer('reason', 'Ruritania sold 4 million bales of wool abroad last year.', none)).toBe(false);
  });

  it('puts the paragraph naming the culprit first', async () => {
    const paragraphs = [
      'So far this season, US mills have yet to order any new Peruvian wool.',
      'The culprit? A 30% levy on Peruvian wool adds about $2 a kilo, wiping out its edge.',
    ];
    expect(await askFirst(paragraphs, 'What is blamed for the US not buying Peruvian wool?')).toBe(paragraphs[1]);
  });
});
