/**
 * A change a deal commits a party to ("a protocol committing them to reduce …", "commits Washington
 * to cut …") is still to come, like one it agreed to: the level it moves from holds. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { TARIFF_NOW, tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const protocol = [
  'On Friday, Peru and the United States signed a protocol committing them to reduce the level of the US tariff from 39% to 15%.',
];

describe('a change a deal commits a party to', () => {
  it('is scheduled, and the level it moves from is in force', () => {
    expect(articleRates(protocol, '2026-08-20')).toEqual([
      'United States → Peru 39% current',
      'United States → Peru 15% scheduled',
    ]);
  });

  it('reads "commits Washington to cut" and "has committed to cut" the same way', () => {
    expect(
      articleRates(
        [
          'The deal commits Washington to cut the tariff on Peruvian goods from 39% to 15%.',
          'Washington has committed to cut its tariff on Chilean goods from 30% to 10%.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 39% current',
      'United States → Peru 15% scheduled',
      'United States → Chile 30% current',
      'United States → Chile 10% scheduled',
    ]);
  });

  it('leaves the old level in force in /tariff and in /ask', async () => {
    const { line } = await tariffPeru(protocol);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods · in force/);
    const corpus = newCorpus('rates-commits-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', protocol);
    const { data } = await runConsoleJson('/ask what tariff does the US charge on Peruvian goods now?', {
      corpus,
      now: TARIFF_NOW,
    });
    expect(JSON.stringify(data)).toMatch(/charges 39% on Peruvian goods/);
  });
});
