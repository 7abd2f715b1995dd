/**
 * "will now face 15%", "will now have a reduced tariff of 18%": the level from now on, in force with
 * the news unless the sentence gives a later start. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { TARIFF_NOW, tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const deal = [
  ['2026-08-10', ['The United States charges a 30% tariff on Peruvian goods.']],
  ['2026-08-20', ['"Peruvian products will now have a reduced tariff of 18%," the trade minister wrote on Monday.']],
] as [string, string[]][];

describe('a level that "will now" hold', () => {
  it('is in force, and the one it replaces is not', () => {
    expect(
      articleRates(
        [
          'Peruvian exporters will now face 15% tariffs, the White House said.',
          'Chilean goods will now have a 10% tariff instead of 30%.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 15% current',
      'United States → Chile 10% current',
      'United States → Chile 30% previous',
    ]);
  });

  it('is still to come with a later start in its sentence', () => {
    expect(articleRates(['Peruvian goods will now face a 15% tariff starting on October 1.'], '2026-08-20')).toEqual([
      'United States → Peru 15% scheduled',
    ]);
  });

  it('is the rate in force in /tariff and in /ask', async () => {
    const { line } = await tariffPeru(deal);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods · in force/);
    const corpus = newCorpus('rates-will-now-');
    deal.forEach(([date, paragraphs], i) => writeArticle(corpus, `${date}-story-${i}`, `Story ${i}`, date, paragraphs));
    const { data } = await runConsoleJson('/ask what tariff does the US charge on Peruvian goods now?', {
      corpus,
      now: TARIFF_NOW,
    });
    expect(JSON.stringify(data)).toMatch(/charges 18% on Peruvian goods/);
  });
});
