import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate "on articles imported into the United States", "on goods entering the US", names no
 * partner: it is on imports from everywhere, on goods in general. An origin after it ("… from Peru")
 * is still its partner. Sentences written for these tests.
 */
const GLOBAL = 'The order sets a 12 per cent duty on articles imported into the United States for 150 days.';

describe('a rate on goods arriving in the United States', () => {
  it('reads it as the rate on all countries, on goods in general', () => {
    expect(articleRates([GLOBAL], '2026-09-01')).toEqual(['United States → all countries 12% current']);
    expect(articleRates(['The order puts a 12% tariff on goods entering the US.'], '2026-09-01')).toEqual([
      'United States → all countries 12% current',
    ]);
  });

  it('keeps a named origin as the partner', () => {
    expect(
      articleRates(['The order puts a 12% tariff on goods imported into the United States from Peru.'], '2026-09-01'),
    ).toEqual(['United States → Peru 12% current']);
  });

  it('answers /tariff peru with the 12% as the rate on all countries, on goods in general', async () => {
    const { line } = await tariffPeru([GLOBAL, 'Peruvian copper already faces a 50% tariff.']);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods · .*the rate on all countries/);
    expect(line).not.toMatch(/articles/);
  });
});
