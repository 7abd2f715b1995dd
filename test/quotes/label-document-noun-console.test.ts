import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A roundup that heads each reaction with its author and the kind of text ("Norwegian Government
 * Statement:"), in sentences of our own: `/quote` gives the words to the author, not to a speaker
 * named with the document's noun.
 */
describe('/quote on reactions headed "<author> Statement:"', () => {
  const STORY = [
    'Governments answered the new duties within hours. Below are some of their reactions.',
    'Norwegian Government Statement:',
    '“The government will help exporters find new buyers for their salmon.”',
    'Harlow Farmers Union Letter:',
    '“Our members cannot absorb another cut in orders this season.”',
  ];

  it('names the government and the union as the speakers', async () => {
    const government = await quoteStory('speaker:"Norwegian Government"', STORY);
    expect(government.line).not.toMatch(/Statement/);
    expect(government.quotes).toEqual(['The government will help exporters find new buyers for their salmon.']);
    const union = await quoteStory('speaker:"Harlow Farmers Union"', STORY);
    expect(union.line).not.toMatch(/Letter/);
    expect(union.quotes).toEqual(['Our members cannot absorb another cut in orders this season.']);
  });
});
