/**
 * The minimum tariff: "a minimum tariff of 10% remains in place", "the minimum 10 percent duty". The
 * floor every partner pays is the baseline by another name: the home country's rate on all
 * countries, not on the partner the paragraph before spoke of. A minimum named for a partner stays
 * that partner's. Sentences written for this test; the class comes from real news (a blind set's
 * tuning part, stop 58).
 */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const MINIMUM = ['Peru raised its tariff on US goods to 45%.', 'A minimum tariff of 10% remains in place.'];

describe('a minimum tariff', () => {
  it('reads it as the rate on all countries, not on the partner before', () => {
    expect(articleRates(MINIMUM, '2026-09-01')).toEqual([
      'Peru → United States 45% current',
      'United States → all countries 10% current',
    ]);
  });

  it('keeps a minimum named for a partner that partner’s', () => {
    expect(articleRates(['Peruvian goods now face a minimum tariff rate of 60%.'], '2026-09-01')).toEqual([
      'United States → Peru 60% current',
    ]);
  });
});

describe('/tariff on a minimum tariff', () => {
  it('shows the minimum as the rate on all countries, and the partner’s own rate apart', async () => {
    const corpus = newCorpus('console-minimum-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', MINIMUM);
    const text = await embedsText(corpus, '/tariff peru');
    expect(text).toMatch(
      /"title":"United States → Peru"[^}]*"description":"\*\*10%\*\* on Peruvian goods[^"]*the rate on all countries/,
    );
    expect(text).toMatch(/"title":"Peru → United States"[^}]*"description":"\*\*45%\*\*/);
  });
});
