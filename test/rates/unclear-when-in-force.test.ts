import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A rate a deal agreed months ago sets, in a sentence that says it is unclear when the deal will
 * take effect: the rate is still to come, not a commitment kept since. Sentences written for this
 * test; the class comes from real news of the rates-status lane's set, stop 51.
 */
const UNCLEAR =
  'Washington has agreed to lower the tariff on Peruvian cars to 15% under a deal struck in June, but it remains unclear when the deal will take effect.';

describe('a deal whose start is told as unclear', () => {
  it('reads its level as scheduled', () => {
    expect(sentenceRateLines(UNCLEAR, '2026-09-01')).toEqual(['United States → Peru 15% scheduled']);
  });

  it('answers /tariff without the deal’s level in force', async () => {
    const { text } = await tariffPeru(['Peruvian cars face a 25% tariff, which took effect in April.', UNCLEAR]);
    expect(text).toMatch(/\*\*15%\*\* on autos · (?:scheduled|announced)/);
    expect(text).not.toMatch(/\*\*15%\*\* on autos · in force/);
  });
});
