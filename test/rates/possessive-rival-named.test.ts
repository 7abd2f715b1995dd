import { describe, expect, it } from 'vitest';
import { embedsText } from '../helpers/tariff.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country's rival, neighbour or ally named right after it ("Peru's rival Chile faces 35%"): the
 * name after the noun is the party, the possessive only describes it. Sentences written for these tests.
 */
const SENTENCE = 'Peru’s copper rival Chile faces a 35% tariff under the new schedule.';

describe('a possessive country before its rival’s name', () => {
  it('gives the rate to the rival alone, charged by the United States', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual(['United States → Chile 35% current']);
  });

  it('shows the 35% in /tariff chile and none charged by Peru', async () => {
    const corpus = newCorpus('console-rival-named-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    const chile = await embedsText(corpus, '/tariff chile');
    expect(chile).toMatch(/United States → Chile[^}]*35%/);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/35%/);
  });
});
