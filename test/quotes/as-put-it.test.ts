import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * `“…,” as the court put it`: the words are those of whoever "put it" so, named or not, not of the
 * person named last. Sentences written for this test.
 */
const STORY = [
  'The High Court of Norland ruled against the levies on Friday, a day after President Ana Ruiz defended them.',
  'The orders set duties “of unlimited duration on nearly all goods,” as the court put it.',
  'Ruiz called the ruling “a disgrace,” as she put it in a post, and vowed to appeal.',
];

describe('“…,” as someone put it', () => {
  it('attributes the words to the one who put it so', () => {
    expect(speakerNames(STORY)).toEqual(['High Court of Norland', 'Ana Ruiz']);
  });

  it('lists the court’s words under the court in /quote', async () => {
    expect((await quoteStory('speaker:"High Court of Norland"', STORY)).quotes).toEqual([
      'of unlimited duration on nearly all goods',
    ]);
  });
});
