import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

/**
 * A roundup that signs each quotation on the line under it (testimonial lists, pull quotes), in
 * sentences of our own: `/quote` gives each person their own words, not the words above them.
 */
const STORY = [
  'Small firms told the chamber how the tariffs hit them.',
  '“Our supplier raised prices twice this spring and nobody can tell us why.”',
  'Nora Blevins, owner, Blue Kettle Cafe, Dayton, Ohio',
  '“We cut two shifts because the steel we buy now costs a third more.”',
  '— Tomas Verhoeven, plant manager, Holt Fabrication, Erie, Pennsylvania',
];

async function quotesBy(speaker: string): Promise<string[]> {
  const corpus = newCorpus('console-signatures-');
  writeArticle(corpus, '2026-09-01-roundup', 'Roundup', '2026-09-01', STORY);
  const out = await runConsoleJson(`/quote speaker:"${speaker}"`, { corpus, now: TARIFF_NOW });
  const data = out.data as { quotes?: { text: string }[] } | undefined;
  return (data?.quotes ?? []).map((q) => q.text);
}

describe('/quote reads a signature line as the speaker of the quotation above it', () => {
  it('gives each signed quotation to the one who signs it', async () => {
    expect(await quotesBy('Nora Blevins')).toEqual([
      'Our supplier raised prices twice this spring and nobody can tell us why.',
    ]);
    expect(await quotesBy('Tomas Verhoeven')).toEqual([
      'We cut two shifts because the steel we buy now costs a third more.',
    ]);
  });
});
