import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * A user asks the channel ("can someone explain", "does anybody know"): the request frames the
 * question, and the one word of its subject must be enough to find the answer.
 */
describe('/ask on a question put to the channel', () => {
  it('finds the paragraph that defines a trade term for "can someone explain what … means"', async () => {
    const first = await askFirst(
      [
        'Peru said the new rule on its asparagus was unfair and that it would keep talking.',
        'A quota is a cap on how much of a good may enter at the lower rate in a year.',
      ],
      'Can someone explain what a quota actually means?',
    );
    expect(first).toContain('A quota is a cap');
  });
});
