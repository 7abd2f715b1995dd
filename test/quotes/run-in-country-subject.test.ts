import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Words run into a sentence with no speech verb ("Peru termed the duties “…”"), in a paragraph
 * after one that quoted someone else, are the sentence's subject's, a country as well as a person,
 * not those of a person named in the sentence before. Sentences written for this test.
 */
const STORY = [
  'Trade Minister Lia Santos said on Monday, “Our teams are talking every day.”',
  'Ties soured when Trump imposed a 30% duty on Peruvian copper. Peru termed the duties “unjust and harmful to both sides”.',
];

describe('words run into a sentence whose subject is a country', () => {
  it('are the country’s', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('run-in', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Lia Santos', 'Peru']);
  });

  it('are not listed under the person named before in /quote', async () => {
    expect((await quoteStory('speaker:Trump', STORY)).quotes).toEqual([]);
  });
});
