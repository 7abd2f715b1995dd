/**
 * A tariff charged "for its Russian oil purchases" or "citing its acquisition of Russian oil": the
 * oil bought is the reason, neither a limit of the rate nor a party to it. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods, articleRates } from './article-rates.ts';

const penalty = [
  'Peru incurred a 25% tariff specifically for its Iranian oil purchases.',
  'Chile, in turn, faces a 30% tariff citing its acquisition of Iranian crude.',
];

describe('the oil a country buys as the reason for its tariff', () => {
  it('limits the rate to no goods', () => {
    expect(articleRateGoods(penalty, '2026-08-20')).toEqual([
      'United States → Peru 25% on goods in general',
      'United States → Chile 30% on goods in general',
    ]);
  });

  it('is no party to it', () => {
    expect(articleRates(penalty, '2026-08-20')).toEqual([
      'United States → Peru 25% current',
      'United States → Chile 30% current',
    ]);
  });

  it('gives the rate on Peruvian goods in general in /tariff', async () => {
    const { line } = await tariffPeru(penalty);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
  });
});
