import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * A subject with an appositive, then a first verb, then "and told reporters" or "and said" before the
 * quotation ("Trade Minister Lena Dorn, the country's chief negotiator, flew home on Friday and told
 * reporters, “…”"): the subject speaks, whoever the first verb's object names. A list of names is no
 * appositive. Sentences written for this test.
 */
const STORY = [
  'Talks on the levies stalled again this week.',
  'Trade Minister Lena Dorn, Harlow’s chief negotiator, returned on Friday from three days of meetings with Commerce Secretary Omar Vance and told reporters, “We explained our position in detail.”',
  'Deputy Minister Carl Moss, who leads the farm talks, stayed behind in Washington and said, “The door is still open.”',
];

describe('a subject with an appositive and a coordinated speech verb', () => {
  it('attributes the words to the subject', () => {
    expect(speakerNames(STORY)).toEqual(['Lena Dorn', 'Carl Moss']);
  });

  it('finds the words in /quote under the subject, not under the one met', async () => {
    expect((await quoteStory('speaker:"Lena Dorn"', STORY)).quotes).toEqual(['We explained our position in detail.']);
    expect((await quoteStory('speaker:"Omar Vance"', STORY)).quotes).toEqual([]);
  });
});
