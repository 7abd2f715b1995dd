import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A body's possessive before a person's name ("the Federation's Marta Quill said", "the IMF's Tomas
 * Reyburn told reporters") says whom the person works for: the speaker is the person, not a name
 * that runs the body into theirs. Sentences written for this test.
 */
const STORY = [
  'Steel buyers in Ohio warned of higher costs after the levies took effect.',
  '“These duties will cost our members dearly and shrink our orders,” the Federation’s Marta Quill said in a statement.',
  '“Nobody here wants a long trade war,” the IMF’s Tomas Reyburn told reporters.',
];

describe('a person named after a body’s possessive', () => {
  it('is the speaker, without the body', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('affiliation', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Marta Quill', 'Tomas Reyburn']);
  });

  it('finds the words by that person in /quote', async () => {
    expect((await quoteStory('speaker:"Marta Quill"', STORY)).quotes).toEqual([
      'These duties will cost our members dearly and shrink our orders',
    ]);
  });

  it('keeps a body named with its country whole', () => {
    const { speakers, quotes } = attributeQuotes(
      articleOf('affiliation-body', '2026-03-02', ['“We oppose the duties,” China’s Ministry of Commerce said.']),
    );
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['China’s Ministry of Commerce']);
  });
});
