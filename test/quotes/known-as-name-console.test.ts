import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Words in marks after "known as the", "referred to as" or "dubbed the" are the name a thing goes by
 * ("the pact, known as the “Mother of all pacts”"), not the speech of whoever the sentence quotes;
 * the speaker's own words in the same story stay theirs. Sentences of our own, asked through the console.
 */
const STORY = [
  'The pact, known as the “Mother of all pacts”, cuts duties on copper, Trade Minister Ana Ruiz said on Monday.',
  'Ruiz said the pact was “the best deal Peru has ever signed.”',
];

describe('/quote beside a name given with "known as"', () => {
  it('finds only the speaker’s words', async () => {
    expect((await quoteStory('ana ruiz', STORY)).quotes).toEqual(['the best deal Peru has ever signed.']);
  });

  it('reads "dubbed the" and "referred to as" the same way', async () => {
    const story = [
      'The plan, dubbed the “Copper Shield”, raises duties on ore, Trade Minister Ana Ruiz said.',
      'Officials referred to it as “the shield” in talks, Ruiz said.',
    ];
    expect((await quoteStory('ana ruiz', story)).quotes).toEqual([]);
  });
});
