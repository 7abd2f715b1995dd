import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { articleRates } from './article-rates.ts';

/**
 * Most of one region's countries ("most Southeast Asian nations", "most countries in Latin America")
 * are a group of partners, not most of the world: their rate is no baseline on most countries.
 * Sentences written for these tests.
 */
const REGIONAL = [
  'Most Latin American nations now face tariffs of 15% to 20%.',
  'Currently, most countries in South America have tariff rates set at 15%.',
];

describe('a rate on most countries of one region', () => {
  it('is no rate on most countries', () => {
    for (const sentence of REGIONAL) expect(articleRates([sentence], '2026-09-01')).toEqual([]);
  });

  it('leaves a baseline on most countries as it was', () => {
    expect(articleRates(['Most countries now face a 10% baseline tariff.'], '2026-09-01')).toEqual([
      'United States → most countries 10% current',
    ]);
  });

  it('is not what /ask answers as the rate most countries pay', async () => {
    const corpus = newCorpus('console-regional-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', REGIONAL);
    const { reply } = await runConsoleJson('/ask what tariff do most countries pay?', {
      corpus,
      now: '2026-09-02T12:00:00Z',
    });
    expect(reply.content).not.toMatch(/charges \d+% on goods from (?:all|most) countries/);
  });
});
