import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A firm or a person whose name has a capital inside it ("VantaBank", "McAllister") opening the
 * sentence that quotes them, in sentences of our own: the second capital shows a name, where the
 * first could be only the sentence's ("Retailers said …" names no one).
 */
const STORY = [
  'Markets fell on Tuesday after the new tariffs were announced.',
  'VantaBank said the risks to growth were “clearly downwards” for the rest of the year.',
  'Retailers said prices would “go up again” in the autumn.',
];

describe('/quote reads a name with a capital inside it at the start of a sentence', () => {
  it('finds the firm’s words by its name', async () => {
    expect((await quoteStory('speaker:"VantaBank"', STORY)).quotes).toEqual(['clearly downwards']);
  });
});
