import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A group of countries named before a rate ("letters to seven countries") does not make a rate on
 * the country named right after the number ("25% duties on Peru") a rate on everyone: that
 * country, nearer the number, is its target, as in a list of rates that follow.
 */
describe('a rate on a country named after it, with a group of countries named earlier', () => {
  const sentence =
    'Letters to seven countries outline the new tariffs with 25% duties on Peru and Ghana, 30% on Chile and 40% on Laos.';

  it('gives the first rate to the countries after it, as the later ones', () => {
    expect(sentenceRateLines(sentence, '2026-09-01')).toEqual([
      'United States → Peru 25% current',
      'United States → Ghana 25% current',
      'United States → Chile 30% current',
      'United States → Laos 40% current',
    ]);
  });

  it('still gives a rate on the group to the group: "on most countries at 10% and on Chile at 30%"', () => {
    expect(sentenceRateLines('The tariffs on most countries stand at 10% and on Chile at 30%.', '2026-09-01')).toEqual([
      'United States → most countries 10% current',
      'United States → Chile 30% current',
    ]);
  });

  it('answers /tariff peru with the rate', async () => {
    const { line } = await tariffPeru([sentence]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
  });
});
