/**
 * A partner's bare tariff told as moving or struck down ("Peru's tariff will increase to 50%",
 * "Peru's 40% tariff was invalidated by the court"): news writes so of the rate charged on the
 * partner, as it does of one "reduced to 20%". One on goods it buys, or one in retaliation, stays
 * the partner's own. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const INCREASE = ['Peru’s tariff will increase to 50 percent next month.'];

describe('a partner’s bare tariff told as moving or struck down', () => {
  it('is the rate charged on the partner', () => {
    expect(articleRates(INCREASE, '2026-09-01')).toEqual(['United States → Peru 50% scheduled']);
    expect(articleRates(['Peru’s 40% tariff was invalidated by the court.'], '2026-09-01')).toEqual([
      'United States → Peru 40% previous',
    ]);
  });

  it('stays the partner’s own on goods it buys or in retaliation', () => {
    expect(articleRates(['Peru’s tariff on US wheat will rise to 25%.'], '2026-09-01')).toEqual([
      'Peru → United States 25% scheduled',
    ]);
    expect(articleRates(['Peru’s tariff will rise to 30% in retaliation.'], '2026-09-01')).toEqual([
      'Peru → United States 30% scheduled',
    ]);
  });

  it('lists 50% as the US rate on Peru in /tariff peru', async () => {
    const { text } = await tariffPeru(INCREASE);
    expect(text).toMatch(/"title":"United States → Peru"[^}]*\*\*50%\*\*/u);
  });
});
