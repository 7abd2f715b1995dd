import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A speaker named right after the quotation with a long appositive, a place with its state inside
 * it, and the verb after its closing comma ("…,” Ann Vole, president of … and a farmer from Salem,
 * Oregon, said"): the verb stands further from the quotation than a title usually takes.
 * Sentences written for this test.
 */
const STORY = [
  'Grain prices fell across the Plains states after the duties were announced.',
  '“Growers are angry and they are tired of waiting,” Ann Vole, president of the Northern Grain Council and a third-generation wheat farmer from Salem, Oregon, said in a statement.',
];

describe('a speaker with a long appositive before the verb', () => {
  it('is the one named right after the quotation', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('appositive', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Ann Vole']);
  });

  it('finds the words by that speaker in /quote', async () => {
    expect((await quoteStory('speaker:"Ann Vole"', STORY)).quotes).toEqual([
      'Growers are angry and they are tired of waiting',
    ]);
  });
});
