import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Words listed in marks before one reporting clause (`“Unfair”, “unjustified” and “unreasonable”, the
 * ministry said`) are all the speaker's, not only the list's last item. Sentences written for this test.
 */
describe('/quote: a list of words in marks shares the cue after it', () => {
  const paragraphs = [
    'Harlow put a duty of 25% on Lindovian goods on Wednesday.',
    '“Unfair”, “unjustified” and “unreasonable”, the Lindovian Trade Ministry said of the duty.',
  ];

  it('lists every item under the speaker', async () => {
    expect((await quoteStory('lindovian trade ministry', paragraphs)).quotes).toEqual([
      'Unfair',
      'unjustified',
      'unreasonable',
    ]);
  });
});
