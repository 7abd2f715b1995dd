/**
 * A partner left out of a measure, with its own rate beside it: "paused the tariffs for all
 * countries except Peru (which will be charged 125%)", "except Peru, whose rate rises to 125%".
 * The aside's number is the partner's own rate, and the pause before it does not hold it. Sentences
 * written for these tests; the class comes from real news (stop 58's leftovers).
 */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const PAUSED = [
  'Trade talks went on in Washington this week.',
  'Trump paused the higher tariffs for 90 days for every country except Peru (125%).',
];

describe('a partner left out of a measure with its own rate', () => {
  it('gives the bracketed number to the partner, in force, not to all countries as paused', () => {
    expect(articleRates(PAUSED, '2026-04-10')).toEqual(['United States → Peru 125% current']);
  });

  it('reads a relative clause after the partner the same way', () => {
    expect(
      articleRates(
        ['Trump paused the reciprocal tariffs for all countries except Peru, whose rate rises to 125%.'],
        '2026-04-10',
      ),
    ).toEqual(['United States → Peru 125% current']);
    expect(
      articleRates(
        ['Trump paused the reciprocal tariffs for all countries except Peru (which will be charged 125%).'],
        '2026-04-10',
      ),
    ).toEqual(['United States → Peru 125% scheduled']);
  });

  it('keeps each listed partner’s own number after "except"', () => {
    expect(articleRates(['Most countries now face 10%, except Peru (145%) and Chile (35%).'], '2026-04-10')).toEqual([
      'United States → most countries 10% current',
      'United States → Peru 145% current',
      'United States → Chile 35% current',
    ]);
  });
});

describe('/tariff on a partner left out of a pause', () => {
  it('shows the partner’s own rate in force', async () => {
    const corpus = newCorpus('console-left-out-');
    writeArticle(corpus, '2026-04-10-story', 'Story', '2026-04-10', PAUSED);
    expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*125%\*\* on Peruvian goods · in force/);
  });
});
