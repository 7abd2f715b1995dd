import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A role qualified by a company ("the Hart-Mason CEO", "the Ortega executive") answers the title
 * that names the company, however it is written: with its hyphen, or as a possessive ("Ortega's
 * chief executive"). Sentences written for this test.
 */
const STORY = [
  'Hart-Mason CEO Dana Pruitt welcomed the duties on Tuesday.',
  '“This levels the field for every mill in the country,” the Hart-Mason CEO said.',
  'Luis Brand, Ortega’s chief executive, was less pleased.',
  '“Our costs go up the day the duties start,” the Ortega executive told analysts.',
];

describe('a role qualified by a company', () => {
  it('answers the title that names the company with a hyphen or a possessive', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('company', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Dana Pruitt', 'Luis Brand']);
  });

  it('finds the words by the person’s name in /quote', async () => {
    expect((await quoteStory('speaker:"Dana Pruitt"', STORY)).quotes).toEqual([
      'This levels the field for every mill in the country',
    ]);
  });
});
