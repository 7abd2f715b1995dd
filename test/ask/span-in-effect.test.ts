import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "How long will the pause last" asks for a span, which news gives after the measure's state or its
 * run without a "for": "will be in effect 90 days", "remains in place six months", "runs 120 days".
 * Asked through the console as a user asks.
 */
describe('/ask on how long a measure lasts, told as in effect or running a span', () => {
  it('reads a span after "in effect", "in place" or "runs" as a time', () => {
    const none = new Set<string>();
    for (const text of [
      'The pause will be in effect 90 days.',
      'The quota stays in place six months.',
      'The waiver runs 120 days.',
    ])
      expect(holdsAnswer('time', text, none), text).toBe(true);
    expect(holdsAnswer('time', 'The rule is in effect for 90 products.', none)).toBe(false);
  });

  it('finds the span of the pause for "how long will the pause last"', async () => {
    const paragraphs = [
      'Ruritania and the United States agreed to pause their tariff fight, cutting the levy to 10%.',
      'The pause between Ruritania and the United States will be in effect 90 days while talks continue.',
    ];
    expect(await askFirst(paragraphs, 'how long will the ruritania us pause last?')).toBe(paragraphs[1]);
  });
});
