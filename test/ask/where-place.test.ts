import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "Where did the leaders meet?" is answered by a place ("at the summit in Lima", "in Geneva"), not
 * by the paragraph sharing the most words with the question. Asked through the console as a user asks.
 */
describe('/ask on where something happened', () => {
  it('reads "where" as asking for a place, but not a state, a rank or an origin', () => {
    expect(answerKindsOf('where did the two leaders sign the deal')).toContain('place');
    expect(answerKindsOf('Where were the talks held?')).toContain('place');
    expect(answerKindsOf('where do the talks with Peru stand')).not.toContain('place');
    expect(answerKindsOf('where does Peru rank among copper sellers')).not.toContain('place');
    expect(answerKindsOf('where does most of the copper come from')).not.toContain('place');
  });

  it('takes "at" or "in" before a name as a place, not before a month or a weekday', () => {
    const none = new Set<string>();
    expect(holdsAnswer('place', 'The ministers signed it at the Pacific summit in Lima.', none)).toBe(true);
    expect(holdsAnswer('place', 'The ministers signed it in March.', none)).toBe(false);
    expect(holdsAnswer('place', 'The ministers signed it on Tuesday in a short ceremony.', none)).toBe(false);
  });

  it('puts the paragraph naming the place first', async () => {
    const paragraphs = [
      'The Peruvian president signed the deal, Peruvian ministers said.',
      'The Peruvian president signed the deal at the Pacific summit in Lima, officials from both governments said.',
    ];
    expect(await askFirst(paragraphs, 'where did the Peruvian president sign the deal')).toBe(paragraphs[1]);
  });
});
