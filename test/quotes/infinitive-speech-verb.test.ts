import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A speech verb in the infinitive after the main verb ("He went on to say that the levy “…”", "she
 * was quick to add", "goes so far as to say"): a speech verb all the same, whose subject is the
 * clause's. Sentences written for this test.
 */
const STORY = [
  'Premier Nora Vell sent a letter to the trade council on Tuesday.',
  'In the letter, the premier argues that the province should seek new buyers abroad.',
  'She goes so far as to say that the new levy “will empty our ports” within a year.',
  'Council chair Ivo Brandt answered on Wednesday. He went on to say that the plan “cannot work” without federal money.',
];

describe('a speech verb in the infinitive', () => {
  it('gives the words to the subject of the clause', () => {
    const { speakers, quotes } = attributeQuotes(articleOf('infinitive', '2026-03-02', STORY));
    expect(quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' '))).toEqual(['Nora Vell', 'Ivo Brandt']);
  });

  it('finds them by that speaker in /quote', async () => {
    expect((await quoteStory('speaker:"Nora Vell"', STORY)).quotes).toEqual(['will empty our ports']);
  });
});
