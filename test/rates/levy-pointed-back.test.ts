import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { storyCorpus } from './article-rates.ts';

const ratesWithGoods = (paragraphs: string[]) =>
  loadCorpus(join(storyCorpus(paragraphs, '2026-09-01'), 'articles'))
    .articles.flatMap(extractRates)
    .map((r) => `${r.target} ${r.percent}% on ${r.products?.join(', ') ?? 'goods in general'}`);

/**
 * A sentence whose one rate is on a levy it points back to ("that levy will be halved to 12.5
 * percent", "this duty", "the same tariff") is on the goods of the levy the sentence before told
 * ("an additional 25 percent duty on Peruvian copper"), not on goods in general; asked through the
 * console as a user asks.
 */
describe('a rate on a levy the sentence points back to', () => {
  const story = [
    'Washington imposed an additional 25 percent duty on Peruvian copper in April. Under the new agreement, that levy will be halved to 12.5 percent.',
  ];

  it('keeps the goods of the levy', () => {
    expect(ratesWithGoods(story)).toEqual(['Peru 25% on copper', 'Peru 12.5% on copper']);
  });

  it('shows the new level on the goods of the levy', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/12\.5%[^\n"]*copper/);
  });
});
