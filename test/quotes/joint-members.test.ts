import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

/** `/quote` asked as a user asks, of one article: its reply's header line and its quotations. */
async function quoteOf(query: string, paragraphs: string[]): Promise<{ line: string; quotes: string }> {
  const corpus = newCorpus('quote-joint-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  const reply = (await runConsoleJson(`/quote ${query}`, { corpus, now: TARIFF_NOW })).reply;
  return { line: reply.content ?? '', quotes: JSON.stringify(reply.embeds ?? []) };
}

/** Two leaders who announce something together, then each speak on their own. */
const STORY = [
  'President Karl Brandt and Prime Minister Owen Hale announced a trade pact on Monday.',
  '“This is a historic day for our farmers,” Hale said.',
  '“We will keep talking about steel,” Brandt told reporters.',
];

describe('/quote after two people announced something together', () => {
  it('gives a later quotation introduced by one surname to that person alone', async () => {
    const hale = await quoteOf('hale', STORY);
    expect(hale.line).toMatch(/^\*\*Owen Hale\*\*.* · 1 quotation/);
    expect(hale.quotes).toMatch(/historic day for our farmers/);
    expect(hale.quotes).not.toMatch(/keep talking about steel/);
    const brandt = await quoteOf('brandt', STORY);
    expect(brandt.line).toMatch(/^\*\*Karl Brandt\*\*.* · 1 quotation/);
    expect(brandt.quotes).not.toMatch(/historic day/);
  });

  it('still lists words the two said together under each of them', async () => {
    const hale = await quoteOf('hale', [
      'Karl Brandt and Owen Hale said in a joint statement: “Our nations are stronger together.”',
      '“This is a historic day for our farmers,” Hale said.',
    ]);
    expect(hale.quotes).toMatch(/stronger together/);
    expect(hale.quotes).toMatch(/historic day for our farmers/);
  });
});
