import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A demonym owning a measure after "in" ("a decline in Peruvian gross domestic product", "a drop in
 * Peruvian exports") names the country the sentence speaks of, not a place: its rate is on that
 * country, not on another one the paragraph before named (sentences written for this test; the
 * class comes from economics news of the precision lane's set, stop 54).
 */
const STORY = [
  'Washington has imposed a 39 percent tariff on Peruvian imports.',
  'Some firms may move to Chile. At the same time, Chilean suppliers to Peru would be hurt.',
  'With 39 percent tariffs, economists expect a decline in Peruvian gross domestic product of 0.5 percent.',
];

describe('a demonym owning a measure after "in"', () => {
  it('keeps the rate on that country', () => {
    const lines = articleRates(STORY, '2026-09-01');
    expect(lines.filter((line) => line.includes('Chile'))).toEqual([]);
    expect(lines).toContain('United States → Peru 39% current');
  });

  it('still reads a country named after "in" as a place', () => {
    expect(
      articleRates(['Talks in Chile went on as Washington kept its 20% tariff on Peru.'], '2026-09-01').filter((line) =>
        line.includes('Chile'),
      ),
    ).toEqual([]);
  });

  it('gives /tariff chile no 39% rate', async () => {
    const corpus = newCorpus('console-demonym-measure-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', STORY);
    expect(await embedsText(corpus, '/tariff chile')).not.toContain('39%');
  });
});
