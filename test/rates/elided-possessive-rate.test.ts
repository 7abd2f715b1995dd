import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * After a sentence telling a country's rate, the next may leave the noun out after another
 * country's possessive ("Chile's tariff was raised to 20% from 10%. Peru's has fallen from 30% to
 * 12%."): that is Peru's rate. Sentences written for this test.
 */
describe('a possessive whose noun the sentence before gave', () => {
  const paragraphs = [
    'Chile’s tariff was raised to 20% from 10% last month.',
    'Peru’s has fallen from 30% to 12%, a relief for its exporters.',
  ];

  it('reads the rate as the country’s', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates).toContain('United States → Peru 12% current');
    expect(rates).toContain('United States → Peru 30% previous');
  });

  it('leaves a possessive with no rate before it alone', () => {
    expect(articleRates(['Peru’s has fallen by 3% this year, the statistics office said.'], '2026-09-01')).toEqual([]);
  });

  it('answers /tariff peru with the new rate', async () => {
    const { line } = await tariffPeru(paragraphs);
    expect(line).toMatch(/\*\*12%\*\*/);
  });
});
