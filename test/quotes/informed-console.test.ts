import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "Informed" reports speech as "told" does ("informed investors that the standoff was “…”"), in
 * sentences of our own: `/quote` keeps the one word the speaker is quoted with, under their name.
 */
describe('/quote on a word reported by "informed … that"', () => {
  it('gives the quoted word to the minister who informed the bankers', async () => {
    const STORY = [
      'Stocks fell sharply on Monday as the trade dispute deepened.',
      'Finance Minister Ana Ruiz informed bankers at a closed meeting that the standoff with Harlow was “untenable.”',
    ];
    const ruiz = await quoteStory('ruiz', STORY);
    expect(ruiz.quotes).toEqual(['untenable.']);
  });
});
