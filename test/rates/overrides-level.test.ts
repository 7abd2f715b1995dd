import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * "overrides" is a verb of replacing: the rate it overrides held before the new one. Sentences
 * written for this test; the class comes from real news of the rates-status lane's set, stop 51.
 */
describe('a rate another overrides', () => {
  it('is read as replaced', () => {
    expect(sentenceRateLines('The new 15% rate overrides the 20% tariff on Peruvian goods.', '2026-09-01')).toEqual([
      'United States → Peru 15% current',
      'United States → Peru 20% previous',
    ]);
  });

  it('answers /tariff with the new level in force', async () => {
    const { line, text } = await tariffPeru(['The new 15% rate overrides the 20% tariff on Peruvian goods.']);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
    expect(text).not.toMatch(/\*\*20%\*\* · in force/);
  });
});
