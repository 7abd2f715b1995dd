import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * "How much (extra, more) time" asks how long, not how much money or what rate; the time granted
 * before a measure bites is the reprieve the news reports ("a two-month reprieve", "breathing room").
 * Asked through the console as a user asks.
 */
describe('/ask on how much extra time a delay gives', () => {
  it('reads "how much (more) time" and "how much longer" as a length of time, not an amount', () => {
    expect(answerKindsOf('how much extra time do exporters get before the duties start?')).toEqual(['duration']);
    expect(answerKindsOf('how much longer will the pause run')).toContain('duration');
    expect(answerKindsOf('how much will the duties cost exporters')).toContain('amount');
  });

  it('reads "more time", "extra time" and "breathing room" as the reprieve', () => {
    const pause = questionTerms('reprieve')[0]!;
    expect(questionTerms('how much extra time do they get')).toContain(pause);
    expect(questionTerms('the delay buys mills more time')).toContain(pause);
    expect(questionTerms('the truce gives both capitals breathing room')).toContain(pause);
  });

  it('finds the reprieve for a question about extra time before higher duties', async () => {
    const paragraphs = [
      'Timber from Norland will pay higher duties of 20% once the levies kick in, the ministry said.',
      'Officials later moved the start of the levies back, giving exporters a two-month reprieve.',
    ];
    expect(await askFirst(paragraphs, 'how much extra time do exporters get before the higher duties kick in?')).toBe(
      paragraphs[1],
    );
  });
});
