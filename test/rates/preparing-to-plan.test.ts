/**
 * A party "preparing to" (or "getting ready to") impose or raise a tariff tells a plan of it, as
 * "plans to" does: a rate to come, not one in force. Sentences written for this test; the class
 * comes from real news (a status lane's tuning part, stop 64).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-09-01');

describe('a tariff a party is preparing to impose', () => {
  it('reads the level as to come', () => {
    expect(rates('Peru was preparing to impose a 34 percent tariff on U.S. goods.')).toEqual([
      'Peru → United States 34% scheduled',
    ]);
    expect(rates('Washington is getting ready to raise its tariffs on Peruvian goods from 10% to 25%.')).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 25% scheduled',
    ]);
  });

  it('does not show /tariff the prepared level in force', async () => {
    const { line, text } = await tariffPeru(['The White House is preparing to impose a 25% tariff on Peruvian goods.']);
    expect(line).not.toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*25%\*\* · (?:scheduled|announced)/);
  });
});
