import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * "… is aimed at deterring countries from supporting Bolivia through oil purchases": what a tariff is aimed at is its reason, and
 * the goods in that reason do not limit it. Sentences written for this test.
 */
describe('a purpose told with "is aimed at"', () => {
  const story = [
    'The new 30% tariff on Peru is aimed at deterring countries from supporting Bolivia’s economy through oil purchases.',
  ];

  it('leaves the rate on goods in general', () => {
    expect(articleRateGoods(story, '2026-09-01')).toEqual(['United States → Peru 30% on goods in general']);
  });

  it('/tariff peru shows it as the rate on Peruvian goods', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods/);
  });
});
