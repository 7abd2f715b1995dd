import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "hit by 40% tariffs", "goods covered by 100% US tariffs": after a passive participle, "by" brings
 * in the tariffs that act, so the number is their rate, not the size of a move ("fell by 10%").
 * Asked through the console as a user asks, on sentences written for this test.
 */
describe('a rate after the "by" of a passive', () => {
  it('answers /tariff peru with the rate of the tariffs that hit its exporters', async () => {
    const { line } = await tariffPeru(['Peruvian exporters hit by 40% tariffs have lost orders since spring.']);
    expect(line).toMatch(/^\*\*40%\*\* on Peruvian goods/);
  });

  it('reads the rate of tariffs that goods are covered by', () => {
    expect(
      articleRates(['The list of Peruvian goods covered by 30% U.S. tariffs is still unclear.'], '2026-09-01'),
    ).toEqual(['United States → Peru 30% current']);
  });

  it('still reads no rate from a move by a number', () => {
    expect(articleRates(['Peruvian exports dropped by 10% as tariffs bit.'], '2026-09-01')).toEqual([]);
  });
});
