import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * A user asks what someone is saying in the progressive as often as in the past ("what is London
 * saying about the drug tariff", "what's Ottawa telling its exporters"): the answer is their words,
 * as for "what did … say". Asked through the console as a user asks.
 */
describe('/ask on "what is … saying"', () => {
  it('reads the progressive of a speech verb as asking for words someone said', () => {
    expect(answerKindsOf('what is london saying about the drug tariff')).toContain('statement');
    expect(answerKindsOf("what's Ottawa telling its exporters")).toContain('statement');
    expect(answerKindsOf('what were the Swiss papers saying')).toContain('statement');
    expect(answerKindsOf('what is the tariff on Peruvian copper')).not.toContain('statement');
    expect(answerKindsOf('what are exporters shipping instead')).not.toContain('statement');
  });

  it('puts the paragraph with the government’s words first', async () => {
    const paragraphs = [
      'The Peruvian copper levy has weighed on Peruvian copper mines for weeks.',
      'Peru said it was talking to officials in Washington about the copper levy.',
    ];
    expect(await askFirst(paragraphs, 'what is Peru saying about the copper levy')).toBe(paragraphs[1]);
  });
});
