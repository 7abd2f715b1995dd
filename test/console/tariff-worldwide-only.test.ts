import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { corpusWith } from '../follows/articles.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

/**
 * `/tariff` on a partner no article names, where the corpus states the home country's rate on all
 * countries: that rate applies to the partner too, so the reply gives it, cited and said to be the
 * rate on all countries, instead of "no tariff rate". There is no chart: the chart steps through the
 * pair's own statements. Sentences written for this test.
 */
const corpus = () =>
  corpusWith('console-tariff-worldwide-', [
    [
      '2026-09-01-baseline',
      'Baseline',
      '2026-09-01',
      [
        'Shipping lines added sailings as importers rushed orders in.',
        'The United States charges a 10% baseline tariff on imports from all countries.',
      ],
    ],
  ]);

describe('/tariff on a partner with no rate of its own', () => {
  it('gives the rate on all countries, cited', async () => {
    const out = await runConsoleJson('/tariff chile', { corpus: corpus(), now: TARIFF_NOW });
    expect(out.ok).toBe(true);
    expect(out.reply.embeds?.[0]?.description).toMatch(
      /^\*\*10%\*\* on Chilean goods · in force since <t:\d+:D>; the rate on all countries/,
    );
    expect(out.reply.embeds?.[0]?.description).toContain('Harbor Ledger');
    expect(out.reply.components ?? []).toEqual([]);
  });

  it('draws no chart when asked for one', async () => {
    const out = await runConsoleJson('/tariff chile chart:true', { corpus: corpus(), now: TARIFF_NOW });
    expect(out.files ?? []).toEqual([]);
    expect(out.reply.embeds?.map((e) => e.title)).toEqual(['United States → Chile', 'Chile → United States']);
  });

  it('still says so when the corpus states no rate on all countries either', async () => {
    const empty = corpusWith('console-tariff-none-', [
      ['2026-09-01-story', 'Story', '2026-09-01', ['Shipping lines added sailings as importers rushed orders in.']],
    ]);
    const out = await runConsoleJson('/tariff chile', { corpus: empty, now: TARIFF_NOW });
    expect(out.ok).toBe(false);
    expect(out.reply.content).toMatch(
      /^No article in the corpus states a tariff rate between the United States and Chile/,
    );
  });
});
