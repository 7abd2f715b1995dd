import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country whose policy a rate follows ("the 40% duty imposed in 2025 in alignment with U.S.
 * policy", "in line with Washington") is no party to it: the rate stays between the parties the
 * sentence names. Sentences written for these tests; the class comes from real news (stop 60, lane
 * pairs42).
 */
const story = [
  'The agreement lets up to 5,000 Chilean cars enter the Peruvian market each year at a tariff of 5% — a steep cut from the 40% duty imposed in 2025 in alignment with U.S. policy.',
];

describe('a rate that follows another country’s policy', () => {
  it('is not that country’s rate', () => {
    const rates = articleRates(story, '2026-09-01');
    expect(rates.filter((r) => r.includes('40%'))).toEqual(['Peru → Chile 40% previous']);
  });

  it('leaves /tariff chile without a US rate of 40% on Chile', async () => {
    const corpus = newCorpus('console-aligned-policy-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', story);
    const text = await embedsText(corpus, '/tariff chile');
    expect(text).not.toMatch(/United States → Chile[^"]*40%|\*\*40%\*\*/);
  });
});
