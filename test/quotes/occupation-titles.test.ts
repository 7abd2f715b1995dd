import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * An occupation written before a name as a title ("said soybean farmer Lena Dorn", "Salem County
 * grower Omar Vance, who …, said"): the name after it is the speaker, never the place before it,
 * and "he said" later goes on with that person. Sentences written for this test.
 */
const STORY = [
  'Growers in the valley weighed the new levies on Monday.',
  '“Our margins are gone,” said soybean farmer Lena Dorn.',
  'Salem County grower Omar Vance, who sits on the state corn board, said the duties could help in time.',
  '“We needed a reset with our buyers,” he said.',
];

describe('an occupation before a name', () => {
  it('attributes the words to the person it names', () => {
    expect(speakerNames(STORY)).toEqual(['Lena Dorn', 'Omar Vance']);
  });

  it('finds their words in /quote, and none under the place', async () => {
    expect((await quoteStory('speaker:"Lena Dorn"', STORY)).quotes).toEqual(['Our margins are gone']);
    expect((await quoteStory('speaker:"Omar Vance"', STORY)).quotes).toEqual(['We needed a reset with our buyers']);
    expect((await quoteStory('speaker:"Salem County"', STORY)).quotes).toEqual([]);
  });
});
