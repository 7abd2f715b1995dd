import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * A sentence that quotes a few words mid-way and ends on its reporting clause and a description of
 * the speaker (`… as well as “…” that keep them guessing, said Jo Reyes, a lawyer for the plaintiffs.`):
 * the one the clause names said them, whatever the description after the last comma. Sentences
 * written for this test.
 */
const STORY = [
  'Four importers asked the trade court to halt the levies on Monday.',
  'Shops are hurt by higher costs as well as “hour by hour reversals” that keep them from ordering stock, said Jo Reyes, a lawyer for the importers.',
  'Prices have risen on “nearly every shelf” that his stores stock, said Amir Dole, who runs a hardware chain in Ohio.',
];

describe('a reporting clause followed by a description of the speaker', () => {
  it('attributes the quoted words to the one the clause names', () => {
    expect(speakerNames(STORY)).toEqual(['Jo Reyes', 'Amir Dole']);
  });

  it('lists the words under that speaker in /quote', async () => {
    expect((await quoteStory('speaker:"Jo Reyes"', STORY)).quotes).toEqual(['hour by hour reversals']);
  });
});
