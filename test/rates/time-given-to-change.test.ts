/**
 * A rate its imposer is given time to change ("Trump gave Peru three weeks to lower its 10% tariff on
 * American cars", "Peru has until August 1 to cut its 10% tariff") is the one in force: the change is
 * asked for, not made. Sentences written for this test; the wording is that of ultimatums in trade talks.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate given time to change', () => {
  it('reads it as in force', () => {
    expect(
      sentenceRateLines('Trump gave Peru three weeks to lower its 10% tariff on American cars.', '2026-07-01'),
    ).toEqual(['Peru → United States 10% current']);
    expect(sentenceRateLines('Peru has until August 1 to cut its 10% tariff on US cars.', '2026-07-01')).toEqual([
      'Peru → United States 10% current',
    ]);
  });

  it('shows it in force in /tariff', async () => {
    const { text } = await tariffPeru(['Trump gave Peru three weeks to lower its 10% tariff on American goods.']);
    expect(text).toMatch(/Peru → United States[^\]]*\*\*10%\*\* on American goods · in force/);
  });
});
