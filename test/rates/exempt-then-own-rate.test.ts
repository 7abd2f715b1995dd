/**
 * "Peru is exempt from the 50% steel tariff and pays 25% instead": the exemption spares Peru the
 * number it names, not the one the sentence goes on to give it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a country exempt from one rate, then given another', () => {
  it('is charged the other rate', () => {
    expect(articleRates(['Peru is exempt from the 50% steel tariff and pays 25% instead.'], '2026-08-20')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('is still spared the rate it is exempt from', () => {
    expect(articleRates(['Peru is exempt from the 50% steel tariff.'], '2026-08-20')).toEqual([]);
  });

  it('shows the other rate in /tariff, on the goods the exemption names', async () => {
    const { text } = await tariffPeru(['Peru is exempt from the 50% steel tariff and pays 25% instead.']);
    expect(text).toContain('**25%** on steel · in force');
    expect(text).not.toContain('50%');
  });
});
