import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "CEO" is how news shortens "chief executive": a person titled one way is "the CEO" or "the chief
 * executive" later, either way. Sentences written for this test.
 */
const STORY = [
  'Harlow Steel chief executive Dana Pruitt welcomed the duties on Tuesday.',
  '“This levels the field for every mill in the country,” the CEO said.',
  'Ortega Foods CEO Luis Brand was less pleased.',
  '“Our costs go up the day the duties start,” the chief executive told analysts.',
];

describe('a chief executive and a CEO', () => {
  it('are the same role, either way round', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('ceo', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Dana Pruitt', 'Luis Brand']);
  });

  it('finds the words by the person’s name in /quote', async () => {
    expect((await quoteStory('speaker:"Dana Pruitt"', STORY)).quotes).toEqual([
      'This levels the field for every mill in the country',
    ]);
  });
});
