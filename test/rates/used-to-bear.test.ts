/**
 * A rate goods "used to face" or a country "used to charge" held once and holds no more, as one
 * "no longer" charged does: "Peruvian cars used to face a 2.5% tariff", "the US no longer charges
 * 2.5%". Sentences written for this test; the wording is that of reports comparing old rates with new.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate that used to be charged', () => {
  it('reads it as previous', () => {
    for (const sentence of [
      'Peruvian cars used to face a 2.5% tariff.',
      'The US used to charge 2.5% on Peruvian cars.',
      'The US no longer charges 2.5% on Peruvian cars.',
    ])
      expect(sentenceRateLines(sentence, '2026-09-20')).toEqual(['United States → Peru 2.5% previous']);
  });

  it('shows the new rate in force in /tariff, the old one replaced', async () => {
    const { line, text } = await tariffPeru(['Peruvian goods, which used to face a 2.5% tariff, now face 15%.']);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
    expect(text).not.toMatch(/\*\*2\.5%\*\* · in force/);
  });
});
