import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Words told of someone and given by a speaker named after them ("On arrival, Moss “did ask in jest
 * …”, Lena Dorn, the chief executive, later disclosed"): the sentence is the speaker's, so "he
 * added" or "she added" after it goes on with that speaker, not with the one the words were about.
 * Sentences written for this test.
 */
const STORY = [
  'President Carl Moss visited the watch plant on Tuesday.',
  'On arrival, Moss “did ask in jest whether he would have been invited without the tariffs”, Lena Dorn, the chief executive, later disclosed. It was “a moment that brought laughter all around”, she added.',
];

describe('/quote: a pronoun after words a trailing speaker reported', () => {
  it('lists the words that follow under the speaker who reported them', async () => {
    const { line, quotes } = await quoteStory('dorn', STORY);
    expect(line).toMatch(/^\*\*Lena Dorn\*\*.* · 2 quotations/);
    expect(quotes).toContain('a moment that brought laughter all around');
  });

  it('lists nothing under the one the reported words were about', async () => {
    const { quotes } = await quoteStory('moss', STORY);
    expect(quotes).not.toContain('a moment that brought laughter all around');
  });
});
