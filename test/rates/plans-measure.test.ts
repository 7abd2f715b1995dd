/**
 * "plans" with the measure as its object ("Peru plans a 34% tariff on U.S. goods", "plans tariffs
 * of up to 50%") tells a plan of it, as "plans to impose" does; the noun ("Peru's trade plans")
 * tells nothing of the kind. Sentences written for this test; the class comes from a generality
 * pass of news wording (stop 64).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-09-01');

describe('a measure a party plans', () => {
  it('reads the level as to come', () => {
    expect(rates('Peru plans a 34 percent tariff on U.S. goods.')).toEqual(['Peru → United States 34% scheduled']);
    expect(rates('Peru plans tariffs of 50% on cars from the United States.')).toEqual([
      'Peru → United States 50% scheduled',
    ]);
  });

  it('does not show /tariff the planned level in force', async () => {
    const { line } = await tariffPeru(['The White House plans a 25% tariff on Peruvian goods.']);
    expect(line).not.toMatch(/^\*\*25%\*\* on Peruvian goods · in force/u);
  });
});
