import { describe, expect, it } from 'vitest';
import { articleRateGoods, articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "The doubled tariff, from 25% to 50%, took effect": a levy named by the change just told of it
 * points back to that levy, so a sentence naming no country keeps its pair and its goods. Sentences
 * written for this test.
 */
describe('a levy pointed back to by its change', () => {
  const story = [
    'The president signed an order raising the tariff on imported copper to 50 percent. The doubled tariff, from 25 percent to 50 percent, took effect on Wednesday.',
  ];

  it('keeps the pair and the goods of the levy told before', () => {
    expect(articleRates(story, '2026-09-03')).toContain('United States → all countries 25% previous');
    expect(articleRateGoods(story, '2026-09-03').filter((line) => line.includes('25%'))).toEqual([
      'United States → all countries 25% on copper',
    ]);
  });

  it('shows the old level on the same goods in /tariff', async () => {
    const { text } = await tariffPeru([
      'Washington raised its tariff on Peruvian copper to 40% on Monday, a move that Chile criticised. The raised duty, up from 20%, hit exporters at once.',
    ]);
    expect(text).toMatch(/\*\*20%\*\* on copper · replaced/);
  });
});
