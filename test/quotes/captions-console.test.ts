import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * `/quote` through the console, as a user asks, of stories (sentences written for these tests) with a
 * photo caption between a speaker and her next words: the caption's people are no one "she" means.
 */
describe('/quote reads past a photo caption that reports someone', () => {
  it('gives "she said" after a caption with "warned" to the minister, not the president it shows', async () => {
    const story = [
      'Trade Minister Ann Lee said Ruritania would be "ready to respond" to any tariffs.',
      'President Tom Vale warned partners of new tariffs at the White House on Monday. (Photo: Bloomberg)',
      'Asked whether Ruritania could avoid the tariffs, she said: "We have a good case."',
    ];
    expect((await quoteStory('ann lee', story)).quotes).toEqual(['ready to respond', 'We have a good case.']);
    expect((await quoteStory('tom vale', story)).quotes).toEqual([]);
  });
});

describe('/quote reads a line that ends in "Credit:" and its source as a caption', () => {
  it('gives "she said" after a caption run into its credit to the minister', async () => {
    const story = [
      'Trade Minister Ann Lee said Ruritania would be "ready to respond" to any tariffs.',
      'President Tom Vale has threatened tariffs on allies and rivals alike.Credit: AP',
      'Arguing that deals must be honoured, she said: "We have a good case."',
    ];
    expect((await quoteStory('ann lee', story)).quotes).toEqual(['ready to respond', 'We have a good case.']);
    expect((await quoteStory('tom vale', story)).quotes).toEqual([]);
  });
});
