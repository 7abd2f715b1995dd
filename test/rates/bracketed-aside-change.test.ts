import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A change whose old level is followed by its parts in brackets before the "to" of the new one
 * ("to lower the 27.5% tariff (a 2.5% base plus a 25% surcharge) to 15%"): the bracket is an aside,
 * and the old level is read as a change's, in force while the change is only asked for. Sentences
 * written for this test; the class comes from real news of the rates-status lane's set, stop 51.
 */
const ASKED =
  'Lima had urged Washington to lower the 27.5% tariff on Peruvian cars (a 2.5% base plus a 25% surcharge) to 15%.';

describe('a change with its old level broken down in brackets', () => {
  it('keeps the old level and its parts in force while the change is asked for', () => {
    expect(sentenceRateLines(ASKED, '2026-09-01')).toEqual([
      'United States → Peru 27.5% current',
      'United States → Peru 2.5% current',
      'United States → Peru 25% current',
      'United States → Peru 15% threatened',
    ]);
  });

  it('answers /tariff with the old level in force, not replaced', async () => {
    const { text } = await tariffPeru(['Washington has charged a 10% tariff on Peruvian goods since April.', ASKED]);
    expect(text).toMatch(/\*\*27\.5%\*\* on autos · in force/);
    expect(text).not.toMatch(/\*\*27\.5%\*\* on autos · replaced/);
    expect(text).toMatch(/\*\*15%\*\* on autos · threatened/);
  });
});
