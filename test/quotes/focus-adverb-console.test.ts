import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "Even" between a speaker and the speech verb ("one official even remarked") is an adverb, as
 * "also" is, in sentences of our own: `/quote` still finds the words under the official described.
 */
const STORY = [
  'Ministers in Harlow dismissed talk of a quick deal on Tuesday.',
  'One Harlow Treasury official even remarked, “A phone call is welcome, but a phone call is not a negotiation.”',
];

describe('/quote on an unnamed official who "even remarked"', () => {
  it('gives the words to the official the sentence describes', async () => {
    const treasury = await quoteStory('harlow treasury official', STORY);
    expect(treasury.quotes).toEqual(['A phone call is welcome, but a phone call is not a negotiation.']);
  });
});
