import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { storyCorpus } from './article-rates.ts';

/**
 * "Farm exports", "farm imports" and "farm produce" name farm goods as "farm products" does: a
 * counter-tariff on "U.S. farm exports" is a rate on those goods, not on everything the United States
 * sells. Sentences written for this test.
 */
describe('a rate on farm exports', () => {
  const story = ['Peru hit back on Monday with tariffs of up to 15% on a wide range of U.S. farm exports.'];
  const productsOf = (paragraphs: string[]) =>
    loadCorpus(join(storyCorpus(paragraphs, '2026-09-01'), 'articles'))
      .articles.flatMap(extractRates)
      .map((r) => `${r.imposer} → ${r.target} ${r.percent}% on ${r.products?.join(', ') ?? 'goods in general'}`);

  it('is limited to farm goods', () => {
    expect(productsOf(story)).toEqual(['Peru → United States 15% on farm goods']);
    expect(productsOf(['Peru set a 12% duty on American farm produce, officials said.'])).toEqual([
      'Peru → United States 12% on farm goods',
    ]);
  });

  it('is no general rate Peru charges, in /tariff', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toContain('No article in the corpus states a current rate that Peru charges on American goods');
  });
});
