import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A body's office, with the holder named beside it ("The Chamber of Commerce's president, Candace
 * Laing, said"): the holder speaks, as after "The chamber's president", even when the body's name
 * holds "of". Sentences written for this test.
 */
const STORY = [
  'Business groups reacted sharply to the new duties on Monday.',
  'The Northland Chamber of Commerce’s president, Greta Vale, said “the uncertainty is crushing investment.”',
];

describe('a body’s office with its holder named beside it', () => {
  it('is the holder', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('office', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Greta Vale']);
  });

  it('finds the words by the holder’s name in /quote', async () => {
    expect((await quoteStory('speaker:"Greta Vale"', STORY)).quotes).toEqual([
      'the uncertainty is crushing investment.',
    ]);
  });
});
