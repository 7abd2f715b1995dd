/**
 * Planned tariffs called off in a sentence of their own: "the president scrapped the tariffs he had
 * planned", "I will not be going ahead with the tariffs scheduled for March 3". The rates the article
 * tells as to come, on the partners or from the day the calling off names, were only threatened:
 * announced and dropped before they started. A calling off only weighed ("could scrap") leaves them
 * scheduled. Sentences written for this test; the class comes from real news (stop 59, lane
 * status41: tariffs on eight countries announced for a day, then cancelled after talks).
 */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const DROPPED_BY_DAY = [
  'The president on Tuesday scrapped a plan to impose tariffs on two Nordic countries after a call with their leaders.',
  'Last week he announced a 15% tariff on goods from Iceland and Finland starting March 3.',
  '"I will not be going ahead with the tariffs scheduled for March 3," he said.',
];

const DROPPED_BY_PARTNER = [
  'Washington called off the planned tariffs on Chile on Monday.',
  'A 20% levy on Chilean goods was due to start on May 5.',
];

describe('planned tariffs called off apart from their rates', () => {
  it('reads the rates from the day called off as threatened', () => {
    expect(articleRates(DROPPED_BY_DAY, '2026-02-25')).toEqual([
      'United States → Iceland 15% threatened',
      'United States → Finland 15% threatened',
    ]);
  });

  it('reads the rates on the partner called off as threatened', () => {
    expect(articleRates(DROPPED_BY_PARTNER, '2026-04-21')).toEqual(['United States → Chile 20% threatened']);
  });

  it('leaves them scheduled where the calling off is only weighed', () => {
    expect(
      articleRates(
        ['Washington could call off the planned tariffs on Chile, officials said.', DROPPED_BY_PARTNER[1]!],
        '2026-04-21',
      ),
    ).toEqual(['United States → Chile 20% scheduled']);
  });
});

describe('/tariff on a plan called off', () => {
  it('does not show the dropped rate as one to come', async () => {
    const corpus = newCorpus('console-called-off-');
    writeArticle(corpus, '2026-02-25-story', 'Story', '2026-02-25', DROPPED_BY_DAY);
    const text = await embedsText(corpus, '/tariff iceland');
    expect(text).toMatch(
      /No article in the corpus states a current rate that the United States charges on Icelandic goods/,
    );
    expect(text).toMatch(/\*\*15%\*\* · threatened/);
    expect(text).not.toMatch(/in force since|scheduled for/);
  });
});
