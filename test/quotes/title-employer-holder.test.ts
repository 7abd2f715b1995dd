import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A title, where its holder works and the holder's name run together with no comma ("said chief
 * economist at Harwell Analytics Dana Firth", "said Harwell Analytics' chief strategist …"): the
 * speaker is the person named last, never the firm's words run into the name, nor someone quoted
 * before. Sentences written for this test.
 */
const STORY = [
  'Importers in Ohio warned of higher costs after the levies took effect.',
  '“We will win this fight,” Senator Ruth Calloway said.',
  '“Tariffs are a tax on households,” said chief economist at Harwell Analytics Dana Firth.',
  '“The deal is fragile,” said senior fellow at the Linden Institute Omar Vance.',
];

const speakerNames = (paragraphs: string[]) => {
  const { speakers, quotes } = attributeQuotes(articleOf('holder', '2026-03-02', paragraphs));
  return quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' ') ?? null);
};

describe('a title, its employer and its holder run together', () => {
  it('attributes the words to the holder', () => {
    expect(speakerNames(STORY)).toEqual(['Ruth Calloway', 'Dana Firth', 'Omar Vance']);
  });

  it('finds the holder’s words in /quote', async () => {
    expect((await quoteStory('speaker:"Dana Firth"', STORY)).quotes).toEqual(['Tariffs are a tax on households']);
    expect((await quoteStory('speaker:"Omar Vance"', STORY)).quotes).toEqual(['The deal is fragile']);
  });

  it('keeps an employer named alone as no person', () => {
    expect(
      speakerNames([
        'Importers in Ohio warned of higher costs.',
        '“Prices will rise,” said senior fellow at the Institute for International Economics.',
      ]),
    ).not.toContain('International Economics');
  });
});
