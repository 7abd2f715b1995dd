/**
 * The baseline told as on "nearly every trade partner" ("Imports from nearly every US trade partner
 * have been subject to a 10% tariff since April"): the home country's rate on most countries, which
 * `/tariff` gives a partner with no rate of its own.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const SENTENCE = 'Goods from nearly every US trade partner have faced a 10% tariff since April.';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2026-09-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

describe('a rate on "nearly every trade partner"', () => {
  it('is the home country’s rate on most countries', () => {
    expect(rates(SENTENCE)).toEqual(['United States → most countries 10% current']);
  });

  it('is what /tariff gives a partner with no rate of its own', async () => {
    const { line } = await tariffPeru([SENTENCE, 'Peruvian copper already faces a 50% tariff.']);
    expect(line).toMatch(/^\*\*10%\*\*.*the rate on most countries/);
  });
});
