import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { storyCorpus } from './article-rates.ts';

/**
 * "35% tariffs on goods not covered under the existing free trade framework": goods a trade pact
 * leaves out, whatever the pact is called, limit the rate as "not covered by the USMCA" does.
 * Sentences written for this test.
 */
describe('goods not covered under a trade framework', () => {
  const story = [
    'Washington charges 35% tariffs on Peruvian goods not covered under the existing free trade framework.',
  ];

  it('limit the rate to those goods', () => {
    const rates = loadCorpus(join(storyCorpus(story, '2026-09-01'), 'articles')).articles.flatMap(extractRates);
    expect(rates.map((r) => [r.target, r.percent, r.scope])).toEqual([
      ['Peru', 35, 'not covered under the existing free trade framework'],
    ]);
  });

  it('/tariff peru tells the limit beside the rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*35%\*\* on Peruvian goods .*not covered under the existing free trade framework/);
  });
});
