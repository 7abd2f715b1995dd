import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A speech verb in "-ing" after "by", "after" or "before" is a verb whose subject is the clause's
 * ("insulted Harlow by saying that …"), in sentences of our own: `/quote` keeps the word it quotes.
 */
describe('/quote on a word reported by "by saying that …"', () => {
  it('gives the quoted word to the president who said it', async () => {
    const STORY = [
      'Prime Minister Ana Ruiz arrived in Washington on Tuesday.',
      'Shortly before her arrival, President Tomas Brandt insulted Harlow by saying that his country did not need “ANYTHING” from its neighbour.',
    ];
    const brandt = await quoteStory('brandt', STORY);
    expect(brandt.quotes).toEqual(['ANYTHING']);
  });
});
