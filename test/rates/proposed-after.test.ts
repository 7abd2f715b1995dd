/**
 * A level a participle right after it tells as proposed ("the 20% suggested last April") was never
 * charged: sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2026-09-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

describe('a level proposed in a participle after it', () => {
  it('reads "the 20% suggested last April" as threatened, and a finding "data suggested" as no proposal', () => {
    expect(rates('The new tariff on Peru is steeper than the 20% suggested last April.')).toEqual([
      'United States → Peru 20% threatened',
    ]);
    expect(rates('A 25% tariff on Peru is hurting exports, data suggested on Monday.')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('shows no proposed level as the rate in force in /tariff', async () => {
    const { line } = await tariffPeru([
      'Trump will charge Peru a 30% tariff from October 1.',
      'The new tariff on Peru is steeper than the 20% suggested last April.',
    ]);
    expect(line).toMatch(/no article in the corpus states a current rate/i);
  });
});
