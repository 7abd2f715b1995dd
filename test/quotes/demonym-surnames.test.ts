import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A surname that is also a people's adjective ("Walter French", "Ruth English", "Ann German")
 * alone before the speech verb: no article and no plural, so a person, not a country's people.
 * Sentences written for this test.
 */
const STORY = [
  'Walter French, the trade group’s vice president for policy, said the new duties would reach shelves within weeks.',
  '“Importers will pass most of this on to shoppers,” French said.',
];

describe('a surname that is a demonym', () => {
  it('is the person named before', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('demonym', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Walter French']);
  });

  it('is no one inside a phrase that it qualifies ("the centre-left Canadian leader")', () => {
    const { speakers, quotes } = attributeQuotes(
      articleOf('qualifier', '2026-03-02', [
        'Trade Minister Paul Remy spoke on Thursday.',
        'The centre-left Canadian leader, who faces an election in May, said Canada charged nothing on American goods.',
        '“These duties are unwarranted,” he said.',
      ]),
    );
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Paul Remy']);
  });

  it('finds the words by the person’s name in /quote', async () => {
    expect((await quoteStory('speaker:"Walter French"', STORY)).quotes).toEqual([
      'Importers will pass most of this on to shoppers',
    ]);
  });
});
