import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Words quoted as words ("the statute never mentions the word “tariffs.”", "the phrase “fair
 * trade”") are no one's speech, and a paragraph of quotation after them goes to the one the
 * narration puts forward. Sentences written for this test.
 */
const RULING = [
  'The court struck down the tariffs on Friday.',
  'Chief Justice Jane Holloway wrote for the majority that the statute never mentions the word “tariffs.”',
  '“We hold that the act does not authorize the President to impose duties. Only Congress may lay them.”',
];

describe('words quoted as words', () => {
  it('are not quotations, and leave the next paragraph to the one put forward', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('ruling', '2026-02-23', RULING));
    expect(quotes.map((q) => [q.text.slice(0, 20), speakers[q.speaker ?? -1]?.name.join(' ')])).toEqual([
      ['We hold that the act', 'Jane Holloway'],
    ]);
  });

  it('after "the phrase" or "the term" as after "so-called"', () => {
    const { quotes } = attributeQuotes(
      articleOf('terms', '2026-02-23', [
        'Ministers dropped the phrase “fair trade” from the communique, officials said.',
        'The order uses the term “reciprocal rate” throughout.',
      ]),
    );
    expect(quotes).toEqual([]);
  });

  it('a programme named after "on", however long, is no quotation', () => {
    const { quotes } = attributeQuotes(
      articleOf('show', '2026-02-23', [
        'Trade Minister Lars Holm spoke on Sunday.',
        '“The duties are coming,” Holm said on “Meet the Nation with Ann Brody.”',
      ]),
    );
    expect(quotes.map((q) => q.text)).toEqual(['The duties are coming']);
  });

  it('gives /quote the minister’s words, not the programme he spoke on', async () => {
    const { quotes } = await quoteStory('lars holm', [
      'Trade Minister Lars Holm spoke on Sunday.',
      '“The duties are coming,” Holm said on “Meet the Nation with Ann Brody.”',
    ]);
    expect(quotes).toEqual(['The duties are coming']);
  });

  it('gives /quote the judge, not the quoted word', async () => {
    const { quotes } = await quoteStory('holloway', RULING);
    expect(quotes.map((q) => q.slice(0, 20))).toEqual(['We hold that the act']);
  });
});
