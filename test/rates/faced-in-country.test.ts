/**
 * A rate goods face or pay in a country ("US soybeans still face a 13% tariff in Peru") is that
 * country's: it charges the goods of the country they come from. Sentences written for this test;
 * the wording is that of reports on retaliation as farmers and exporters see it.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate faced in a country', () => {
  it('is that country’s, on the goods’ country', () => {
    expect(sentenceRateLines('US soybeans still face a 13% tariff in Peru.', '2026-09-01')).toEqual([
      'Peru → United States 13% current',
    ]);
    expect(sentenceRateLines('American pork faces a 57 per cent duty in Peru, traders said.', '2026-09-01')).toEqual([
      'Peru → United States 57% current',
    ]);
  });

  it('is shown by /tariff as Peru’s rate', async () => {
    const { text } = await tariffPeru(['US soybeans still face a 13% tariff in Peru, exporters said.']);
    expect(text).toMatch(/Peru → United States[^\]]*\*\*13%\*\*/);
  });
});
