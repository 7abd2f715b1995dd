/**
 * "countries with tariffs below 15%, such as Peru and Chile": a bound that sorts partners states no
 * rate of theirs. A rate told with the same bound of one partner still is. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('partners sorted by a bound on their tariffs', () => {
  it('are given no rate', () => {
    expect(
      articleRates(
        [
          'Countries with tariffs below 15%, such as Peru and Chile, will not renegotiate.',
          'Partners facing rates above 25%, such as Bolivia, want a new deal.',
        ],
        '2026-08-20',
      ),
    ).toEqual([]);
  });

  it('leaves a rate one partner is charged under the same bound', () => {
    expect(articleRates(['Peru faces a tariff below 15% on most goods.'], '2026-08-20')).toEqual([
      'United States → Peru 15% current',
    ]);
  });

  it('gives /tariff peru no rate', async () => {
    const corpus = newCorpus('console-tariff-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'Countries with tariffs below 15%, such as Peru and Chile, will not renegotiate.',
    ]);
    const { reply } = await runConsoleJson('/tariff peru', { corpus, now: TARIFF_NOW });
    expect(reply.content).toMatch(/^No article in the corpus states a tariff rate between the United States and Peru/u);
  });
});
