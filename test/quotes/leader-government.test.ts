import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A government named by its leader ("Vargas's government has called the tariffs “…”") is a body of
 * its own, as one named by its country is, not whichever body the article named before. Sentences
 * written for this test; the class comes from real news (a blind set's tuning part, stop 59).
 */
const STORY = [
  'Interest rates will stay on hold, according to the Central Reserve Bank.',
  'Vargas’s government has called the tariffs “unjustified and unfair,” stating that its copper sales followed market prices.',
];

describe('a government named by its leader', () => {
  it('speaks as that government', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('leader-government', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Vargas’s government']);
  });

  it('does not give its words to the body named before in /quote', async () => {
    expect((await quoteStory('speaker:"Central Reserve Bank"', STORY)).quotes).toEqual([]);
  });
});
