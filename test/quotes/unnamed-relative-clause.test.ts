import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * An unnamed source with a relative clause after the member noun ("a senior administration official
 * who spoke on condition of anonymity", "according to a senior official who briefed reporters"): the
 * clause tells how the source speaks, and the source is still the one described. Sentences written
 * for this test; asked through the console as a user asks.
 */
const STORY = [
  'Peru’s tariff rate will stay at 15 percent, according to a senior administration official who briefed reporters.',
  '“We expect lower prices for coffee,” the official said.',
  '“Where we do not grow it, we do not need the tariff,” said a Commerce Department official who asked not to be named.',
];

describe('an unnamed source with a relative clause', () => {
  it('is the source described, and "the official" later is that source again', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('unnamed', '2026-09-01', STORY));
    expect(quotes.map((q) => (q.speaker === null ? null : speakers[q.speaker]?.name.join(' ')))).toEqual([
      'administration official',
      'Commerce Department official',
    ]);
  });

  it('answers /quote by the description', async () => {
    const { quotes } = await quoteStory('speaker:"administration official"', STORY);
    expect(quotes).toEqual(['We expect lower prices for coffee']);
  });
});
