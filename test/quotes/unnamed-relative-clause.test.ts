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
      'senior administration official',
      'Commerce Department official',
    ]);
  });

  it('answers /quote by the description', async () => {
    const { quotes } = await quoteStory('speaker:"administration official"', STORY);
    expect(quotes).toEqual(['We expect lower prices for coffee']);
  });
});

/**
 * A rank before the body ("a senior White House official", "a former administration official") tells
 * an unnamed source apart from the one news calls by the body alone; a user asking by the body alone
 * still finds them.
 */
const RANKED = [
  '“The markets will settle,” a White House official told reporters on Monday.',
  '“In the first year,” said a senior White House official, “everybody thought they were in charge.”',
  '“We were surprised by the timing,” a former White House official said.',
];

describe('an unnamed source with a rank before the body', () => {
  it('is a speaker apart from the one described by the body alone', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('ranked', '2026-09-01', RANKED));
    expect(quotes.map((q) => (q.speaker === null ? null : speakers[q.speaker]?.name.join(' ')))).toEqual([
      'White House official',
      'senior White House official',
      'senior White House official',
      'former White House official',
    ]);
  });

  it('answers /quote by the rank, and by the body alone when no one else is so described', async () => {
    const { quotes } = await quoteStory('speaker:"senior White House official"', RANKED);
    expect(quotes).toEqual(['In the first year', 'everybody thought they were in charge.']);
    const { quotes: alone } = await quoteStory('speaker:"administration official"', [
      '“Prices will fall,” a senior administration official said.',
    ]);
    expect(alone).toEqual(['Prices will fall']);
  });
});
