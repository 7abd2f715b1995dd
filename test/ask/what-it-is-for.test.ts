import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * A question about what a measure is "supposed to do" or "meant to achieve", or its "point" or
 * "purpose", asks for its reason as "why" does; news tells the aim ("brought in to tax …", "aimed at").
 */
describe('/ask what a measure is supposed to do', () => {
  it('reads "supposed to do", "meant to achieve" and "the point of" as asking for a reason', () => {
    expect(answerKindsOf('what was that levy supposed to do')).toContain('reason');
    expect(answerKindsOf('what is the quota meant to achieve')).toContain('reason');
    expect(answerKindsOf("what's the point of the new levy")).toContain('reason');
    expect(answerKindsOf('when was the levy supposed to start')).not.toContain('reason');
  });

  it('finds the paragraph telling what the levy was brought in to do', async () => {
    const paragraphs = [
      'The digital levy was dropped on Sunday, the finance ministry said.',
      'The digital levy was brought in last year to address large online sellers that paid little tax.',
    ];
    expect(await askFirst(paragraphs, 'what was that digital levy supposed to do anyway')).toBe(paragraphs[1]);
  });
});
