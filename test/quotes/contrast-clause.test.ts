import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A participle after a clause of contrast with a subject of its own ("The US sells more to Peru than
 * it buys, but President Trump voiced concern over its policies, calling them an “unusual threat”"):
 * the participle goes on with that clause's subject, not with the sentence's first words. Sentences
 * written for this test; the class comes from real news (a blind set's tuning part, stop 59).
 */
const STORY = [
  'Copper prices rose in Lima after the duties were announced.',
  'The United States sells more to Peru than it buys, but President Donald Trump voiced concern over the policies of the Andean nation, calling them an “unusual and dangerous threat.”',
];

describe('a participle after a clause of contrast', () => {
  it('is spoken by that clause’s subject', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('contrast', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Donald Trump']);
  });

  it('finds the words by that speaker in /quote', async () => {
    expect((await quoteStory('speaker:"Donald Trump"', STORY)).quotes).toEqual(['unusual and dangerous threat.']);
  });
});
