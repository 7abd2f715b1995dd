import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "Posting" reports written words as "posted" does ("by posting on social media that …"), in
 * sentences of our own: `/quote` keeps the word the post is quoted with, under its author.
 */
describe('/quote on a word reported by "posting … that"', () => {
  it('gives the quoted word to the president who posted it', async () => {
    const STORY = [
      'Prime Minister Ana Ruiz arrived in Washington on Tuesday.',
      'Shortly before her arrival, President Tomas Brandt insulted Harlow by posting on social media that his country did not need “ANYTHING” from its neighbour.',
    ];
    const brandt = await quoteStory('brandt', STORY);
    expect(brandt.quotes).toEqual(['ANYTHING']);
  });
});
