import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * An official the article knows only by a role its owner names ("Norway’s trade minister told
 * reporters"): that description is the speaker, and "the minister said" later is the same one, not
 * someone else the article named with another title. Sentences written for this test.
 */
const STORY = [
  'Norway’s trade minister met Commerce Secretary Omar Vance in Washington on Friday.',
  '“We will not accept a higher rate on our cars,” Norway’s trade minister told reporters after the talks.',
  '“There is still time for a deal,” the minister said.',
];

describe('a role named with its owner, held by no one named', () => {
  it('attributes both quotations to that official', () => {
    expect(speakerNames(STORY)).toEqual(['Norway’s trade minister', 'Norway’s trade minister']);
  });

  it('lists the words in /quote under the description, none under the secretary', async () => {
    expect((await quoteStory('speaker:"Norway’s trade minister"', STORY)).quotes).toEqual([
      'We will not accept a higher rate on our cars',
      'There is still time for a deal',
    ]);
    expect((await quoteStory('speaker:"Omar Vance"', STORY)).quotes).toEqual([]);
  });
});
