import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A span told with a qualifier, "for an initial period of 90 days", "for another 90 days", "for a
 * further six months", is a time, as "for a period of 90 days" is: it answers "how long". Asked
 * through the console as a user asks.
 */
describe('/ask on a span told with a qualifier', () => {
  it('reads an initial, another or a further span as a time', () => {
    const none = new Set<string>();
    for (const text of [
      'They agreed to suspend the tariffs for an initial period of 90 days.',
      'The truce was extended for another 90 days.',
      'The pause holds for a further six months.',
      'The levies stay in place for an additional 30 days.',
    ])
      expect(holdsAnswer('time', text, none), text).toBe(true);
    expect(holdsAnswer('time', 'The ministers met in the period of talks.', none)).toBe(false);
  });

  it('finds the span of the pause for "how long"', async () => {
    const paragraphs = [
      'Lima and Quito agreed to pause the new duties on each other, the trade ministers of Lima and Quito said.',
      'The pause of the duties between Lima and Quito holds for an initial period of 90 days.',
    ];
    expect(await askFirst(paragraphs, 'how long is the lima quito tariff pause?')).toBe(paragraphs[1]);
  });
});
