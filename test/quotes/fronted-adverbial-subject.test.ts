import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A participle ("…, saying") takes the subject of its sentence even when an adverbial with its
 * comma opens the sentence ("In fact,", "On Tuesday,") and another name stands nearer the
 * participle. Sentences written for this test.
 */
const STORY = [
  'Ministers promised that shoppers would not bear the cost of the new duties.',
  'In fact, Finance Minister Lena Marsh went so far as to say she was not worried about the levy the Senate had approved on steel, saying foreign mills "will absorb every cent of it."',
];

describe('a participle after an opening adverbial', () => {
  it('takes the subject after the adverbial, not the nearest name', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('fronted', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Lena Marsh']);
  });

  it('finds the words by that speaker in /quote', async () => {
    expect((await quoteStory('speaker:"Lena Marsh"', STORY)).quotes).toEqual(['will absorb every cent of it.']);
  });
});
