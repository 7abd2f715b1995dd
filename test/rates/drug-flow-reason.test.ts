import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * "… as Washington punishes Peru for not halting the flow of illicit drugs": drugs smuggled across a
 * border are why a tariff is charged, never goods it taxes. Sentences written for this test.
 */
describe('illicit drugs named as the reason for a tariff', () => {
  const story = [
    'US tariffs of 30 per cent on Peruvian imports came into effect on Monday, raising fears of a long dispute as Washington punishes Peru for not halting the flow of illicit drugs.',
  ];

  it('leaves the rate on goods in general', () => {
    expect(articleRateGoods(story, '2026-09-01')).toEqual(['United States → Peru 30% on goods in general']);
  });

  it('/tariff peru shows it as the rate on Peruvian goods', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods/);
  });
});
