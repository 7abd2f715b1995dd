import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * What a tariff does to an economy ("a 1% hit to its GDP", "a 0.5% drag on growth", "a 2% boost to
 * exports") is no rate (sentences written for this test; the class comes from real news of the
 * pairs lane's set, stop 47).
 */
const HIT = 'Economists warn the 50% US tariff could deal Peru a potential 1% hit to its GDP.';

describe('a percent hit, drag or boost to an economy', () => {
  it('reads no rate from it, and keeps the tariff beside it', () => {
    expect(sentenceRateLines(HIT, '2026-09-01')).toEqual(['United States → Peru 50% threatened']);
    expect(
      sentenceRateLines("The levy is a 0.5% drag on Peru's growth, while the 25% US tariff stays.", '2026-09-01'),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('still reads a level that "hit" a country as a rate', () => {
    expect(
      sentenceRateLines(
        'The president announced a 125 percent rate on Peru on Wednesday, boosting the rate after 104 percent hit the country earlier that day.',
        '2026-09-04',
      ).map((line) => line.split(' ').slice(0, 5).join(' ')),
    ).toEqual(['United States → Peru 125%', 'United States → Peru 104%']);
  });

  it('never shows the 1% in /tariff', async () => {
    const { text } = await tariffPeru(['Peruvian goods pay a 25% US tariff.', HIT]);
    expect(text).not.toMatch(/\*\*1%\*\*/);
  });
});
