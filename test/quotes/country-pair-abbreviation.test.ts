import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A pair of countries written as one word that ends in an abbreviation ("Canada-U.S. Trade
 * Minister", "EU-U.S. Council") ends no sentence: the minister named after it is the subject of the
 * reported clause ("adding that …"), not of a sentence of their own, and "he said" after it is the
 * one who spoke. Sentences written for this test.
 */
const STORY = [
  'Prime Minister Tom Vance says he will brief the governors this week.',
  'Vance said the country would not settle for a weak deal, adding that Canada-U.S. Trade Minister Paul Reyes will be in Washington in the coming days. “We will only take the right deal for the country,” he said.',
];

describe('a country pair ending in an abbreviation', () => {
  it('ends no sentence', () => {
    const text = 'He added that Canada-U.S. Trade Minister Paul Reyes will travel. Talks resume Monday.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'He added that Canada-U.S. Trade Minister Paul Reyes will travel.',
      'Talks resume Monday.',
    ]);
  });

  it('leaves the words to the one whose sentence reports the minister', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('pair', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Tom Vance']);
  });

  it('finds them by that speaker in /quote', async () => {
    expect((await quoteStory('speaker:"Tom Vance"', STORY)).quotes).toEqual([
      'We will only take the right deal for the country',
    ]);
  });
});
