import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * A title whose last word follows its noun ("Attorney General", "Secretary General", "Governor
 * General"): the word belongs to the title, never to the holder's name. Sentences written for this test.
 */
const STORY = [
  'A coalition of nine states sued over the levies, led by Vermont Attorney General Ruth Okafor.',
  '“The tariffs were unlawful from the start,” said Okafor after the hearing.',
  '“Trade rules bind every member,” said WTO Secretary General Lena Marsh.',
];

describe('a title that ends on "General"', () => {
  it('keeps "General" out of the holder’s name', () => {
    expect(speakerNames(STORY)).toEqual(['Ruth Okafor', 'Lena Marsh']);
  });

  it('finds the holder’s words in /quote by name', async () => {
    const { line, quotes } = await quoteStory('speaker:"Ruth Okafor"', STORY);
    expect(quotes).toEqual(['The tariffs were unlawful from the start']);
    expect(line).not.toMatch(/General Ruth/);
  });
});
