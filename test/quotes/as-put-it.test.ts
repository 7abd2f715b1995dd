import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * `“…,” as the court put it`: the words are those of whoever "put it" so, named or not, not of the
 * person named last. Sentences written for this test.
 */
const STORY = [
  'The High Court of Norland ruled against the levies on Friday, a day after President Ana Ruiz defended them.',
  'The orders set duties “of unlimited duration on nearly all goods,” as the court put it.',
  'Ruiz called the ruling “a disgrace,” as she put it in a post, and vowed to appeal.',
];

const speakerNames = (paragraphs: string[]) => {
  const { speakers, quotes } = attributeQuotes(articleOf('put-it', '2026-03-02', paragraphs));
  return quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' ') ?? null);
};

describe('“…,” as someone put it', () => {
  it('attributes the words to the one who put it so', () => {
    expect(speakerNames(STORY)).toEqual(['High Court of Norland', 'Ana Ruiz']);
  });

  it('lists the court’s words under the court in /quote', async () => {
    expect((await quoteStory('speaker:"High Court of Norland"', STORY)).quotes).toEqual([
      'of unlimited duration on nearly all goods',
    ]);
  });
});
