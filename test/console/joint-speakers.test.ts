import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** People quoted together ("X and Y announced a “historic” deal"): each one's name finds the words. */
const NOW = '2026-09-02T12:00:00Z';

function corpus(): string {
  const dir = newCorpus('console-joint-');
  writeArticle(dir, '2026-08-01-earlier', 'Earlier talks', '2026-08-01', [
    '“We will win this fight,” President Donald Trump said on Friday.',
  ]);
  writeArticle(dir, '2026-09-01-deal', 'Steel deal', '2026-09-01', [
    'Prime Minister Keir Starmer met President Donald Trump in Washington on Monday.',
    'Mr Trump and Sir Keir Starmer announced a “historic” agreement on steel after the meeting.',
  ]);
  return dir;
}

describe('/quote for people quoted together', () => {
  it('lists the words under each of them, saying who said them together', async () => {
    const dir = corpus();
    const trump = (await runConsoleJson('/quote trump', { corpus: dir, now: NOW })).reply;
    expect(trump.content).toMatch(/^\*\*Donald Trump\*\*.* · 2 quotations/);
    expect(JSON.stringify(trump.embeds)).toMatch(/“historic”.*said by Trump and Keir Starmer/);
    expect(JSON.stringify(trump.embeds)).toMatch(/“We will win this fight”/);
    // Starmer is quoted nowhere alone: his name finds the pair.
    const starmer = (await runConsoleJson('/quote starmer', { corpus: dir, now: NOW })).reply;
    expect(starmer.content).toMatch(/^\*\*Trump and Keir Starmer\*\* · 1 quotation/);
  });
});
