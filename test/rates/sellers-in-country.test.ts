import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** "Exporters in Peru", "farmers in the US": the sellers' country is whose goods are taxed (sentences written for this test). */
describe('sellers named by the country they are in', () => {
  it('answers /tariff with the rate on that country', async () => {
    const { line } = await tariffPeru(['Exporters in Peru have been paying a 20% tariff since August.']);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/u);
  });

  it('makes the sellers’ country the target, whoever charges', () => {
    expect(sentenceRateLines('Farmers in the US face a 34% tariff from Peru.', '2026-09-01')).toEqual([
      'Peru → United States 34% current',
    ]);
    expect(sentenceRateLines('Manufacturers based in Peru face a 25% tariff.', '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });
});
