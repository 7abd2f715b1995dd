/**
 * A partner that keeps a rate ("Peru managed to retain the 10 per cent rate", "Chile kept its 15%
 * rate") keeps the rate it is charged, as "Peru's 10% rate" is; one that keeps its tariffs ("Peru
 * kept its 25% tariffs on U.S. goods") keeps what it charges. Sentences written for this test; the
 * class comes from real news (stop 63's leftovers: a question lane's set).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-09-01');

describe('a partner that keeps a rate', () => {
  it('is charged the rate it keeps', () => {
    expect(rates('Peru managed to retain the 10 per cent rate.')).toEqual(['United States → Peru 10% current']);
    expect(rates('Chile kept its 15% rate under the deal.')).toEqual(['United States → Chile 15% current']);
  });

  it('charges the tariffs it keeps, and the home country keeps its own rate', () => {
    expect(rates('Peru kept its 25% tariffs on U.S. goods.')).toEqual(['Peru → United States 25% current']);
    expect(rates('Washington kept the 10% rate for Peru.')).toEqual(['United States → Peru 10% current']);
  });

  it('shows the kept rate in /tariff peru', async () => {
    const { line } = await tariffPeru(['Peru managed to retain the 10 per cent rate.']);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/u);
  });
});
