/**
 * The means of an act, after the rate it averted: "Peru avoided a 40% tariff by agreeing to a 20%
 * rate". The averted rate was a threat; the rate of the means is the one the act ended on, unless
 * the act is only hoped for. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const AVOIDED = ['Peru avoided a 40% tariff by agreeing to a 20% rate on its exports.'];

describe('the rate of the means of an act', () => {
  it('is in force after "by" and a gerund, or after a deal', () => {
    expect(articleRates(AVOIDED, '2026-09-01')).toEqual([
      'United States → Peru 40% threatened',
      'United States → Peru 20% current',
    ]);
    expect(articleRates(['Peru averted a 45% tariff with a deal for an 18% rate.'], '2026-09-01')).toEqual([
      'United States → Peru 45% threatened',
      'United States → Peru 18% current',
    ]);
  });

  it('stays a proposal when the act is only hoped for', () => {
    expect(articleRates(['Peru hopes to avoid a 40% tariff by agreeing to a 20% rate.'], '2026-09-01')).toEqual([
      'United States → Peru 40% threatened',
      'United States → Peru 20% threatened',
    ]);
  });

  it('shows 20% in force in /tariff peru', async () => {
    const { line } = await tariffPeru(AVOIDED);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/u);
  });
});
