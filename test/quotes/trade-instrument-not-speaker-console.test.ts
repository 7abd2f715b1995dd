import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Laws and agreements named by their abbreviation ("Agoa", "USMCA", "IEEPA") are what a story is
 * about, never who speaks: an uncued quotation after a paragraph that names one is not theirs, in
 * sentences of our own.
 */
const STORY = [
  'It was unclear whether Agoa exemptions on Peruvian goods would go on under the new tariffs.',
  '“There is no sign that these imports are exempt from the 10% tariffs.”',
];

describe('/quote of a trade law named by its abbreviation', () => {
  it('finds no quotation of it', async () => {
    expect((await quoteStory('agoa', STORY)).quotes).toEqual([]);
  });

  it('still gives an uncued quotation to the person named before', async () => {
    const story = ['Trade lawyer Maria Lopez said the USMCA rules were clear.', STORY[1]!];
    expect((await quoteStory('maria lopez', story)).quotes).toEqual([
      'There is no sign that these imports are exempt from the 10% tariffs.',
    ]);
    expect((await quoteStory('usmca', story)).quotes).toEqual([]);
  });
});
