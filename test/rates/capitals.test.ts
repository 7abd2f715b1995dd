/**
 * A seat of government set in capitals: news runs its dateline into the lead ("BEIJING has raised
 * …"). Sentences written for these tests; the class comes from real news (a blind set's tuning
 * part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a country named in capitals', () => {
  it('reads a seat of government in capitals as its country', () => {
    expect(
      articleRates(['OTTAWA has increased tariffs on imports from the United States to 40 per cent.'], '2026-04-11'),
    ).toEqual(['Canada → United States 40% current']);
  });

  it('still leaves a dateline in capitals out of the parties', () => {
    expect(
      articleRates(
        ['WASHINGTON (AP) — The United States will raise its tariff on Peruvian goods to 25% next month.'],
        '2026-04-11',
      ),
    ).toEqual(['United States → Peru 25% scheduled']);
  });
});

describe('/tariff on a lead that runs a dateline in capitals into its sentence', () => {
  it('shows the rate the seat in capitals charges', async () => {
    const corpus = newCorpus('console-capitals-');
    writeArticle(corpus, '2026-04-11-story', 'Story', '2026-04-11', [
      'OTTAWA has increased tariffs on imports from the United States to 40 per cent.',
    ]);
    expect(await embedsText(corpus, '/tariff canada')).toMatch(
      /"title":"Canada → United States"[^}]*"description":"\*\*40%\*\*/,
    );
  });
});
