import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A speech verb after "will" or "would" in reported speech ("Carney said Canada would respond
 * “with force”") tells of an act to come, not of words given: the one who said it speaks, not the
 * country that would respond. Sentences written for this test.
 */
const STORY = [
  'Prime Minister Lena Marsh met her cabinet on Sunday.',
  'Marsh said Canada would respond “with force and with purpose” if the duties went ahead.',
];

describe('a speech verb after a modal', () => {
  it('does not report the quotation', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('modal', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Lena Marsh']);
  });

  it('still reports words announced ahead when it is the sentence’s only speech verb', () => {
    const { speakers, quotes } = attributeQuotes(
      articleOf('ahead', '2026-03-02', [
        'Trade Minister Omar Pell will tell the summit that “our market is not for sale.”',
      ]),
    );
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Omar Pell']);
  });

  it('leaves the words to the one who said them in /quote', async () => {
    expect((await quoteStory('speaker:"Lena Marsh"', STORY)).quotes).toEqual(['with force and with purpose']);
  });
});
