import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A title with its complement, then an honorific and the name ("President of the Trade Council Ms
 * van der Berg said", British and Irish style): the honorific starts the name, whatever its words,
 * so the speaker is that person, not the last president quoted. Sentences written for this test.
 */
const STORY = [
  'Exporters in Rotterdam said orders had held up through the summer.',
  '“We will not back down,” President Dale Harmon said on Friday.',
  'President of the Trade Council Ms van der Berg said the accord would bring “calm to the markets” for firms, while Mr Harmon hailed the “best deal in years”.',
];

describe('an honorific after a title’s complement', () => {
  it('starts the speaker’s name', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('honorific', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual([
      'Dale Harmon',
      'van der Berg',
      'Dale Harmon',
    ]);
  });

  it('finds her words in /quote', async () => {
    expect((await quoteStory('speaker:"van der Berg"', STORY)).quotes).toEqual(['calm to the markets']);
  });
});
