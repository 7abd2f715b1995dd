import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sector's rates given as examples after the partners' letters ("These include sector-specific
 * tariffs such as 50% on steel and 25% on autos"): a number right before "on" and a sector's goods
 * is that sector's rate on every country, whatever noun it is of, not a rate on each partner the
 * sentence before named. Sentences written for this test.
 */
const STORY = [
  'Shipping lines added sailings as exporters rushed orders out.',
  'Trump sent letters to Peru, Chile and Colombia setting new tariff rates. These include steep sector-specific tariffs such as 50% on steel and 25% on autos, in addition to the blanket levies.',
];

describe('a sector’s rate given as an example, after letters to partners', () => {
  it('is on all countries, not on each partner', () => {
    const rates = articleRates(STORY, '2026-09-01');
    expect(rates).toContain('United States → all countries 50% current');
    expect(rates).toContain('United States → all countries 25% current');
    expect(rates.filter((r) => /Peru|Chile|Colombia/.test(r))).toEqual([]);
  });

  it('gives /tariff chile no steel or autos rate of Chile’s own', async () => {
    const corpus = newCorpus('console-sector-example-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', STORY);
    const out = await runConsoleJson('/tariff chile', { corpus, now: TARIFF_NOW });
    expect(out.reply.content).toMatch(
      /^No article in the corpus states a tariff rate between the United States and Chile/,
    );
    expect(out.reply.embeds ?? []).toEqual([]);
  });
});
