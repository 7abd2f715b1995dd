import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A range whose top end is worded as a peak ("ranging from a baseline of 10% to as high as 45% for
 * Peru", "from 10% to a high of 41%"): the low end is no rate of the countries named after the top
 * one (sentences written for this test; the class comes from real news of the ask lane's set, stop 61).
 */
describe('a range whose top end is worded as a peak', () => {
  it('gives the countries after the top end that end only', () => {
    const lines = sentenceRateLines(
      'The new levies vary by partner, ranging from a baseline of 10% to as high as 45% for Peru and Chile.',
      '2026-08-20',
    );
    expect(lines.filter((line) => /\b10%/.test(line))).toEqual([]);
    expect(lines.filter((line) => /Peru 45%/.test(line))).toHaveLength(1);
  });

  it('answers /tariff peru with the top end', async () => {
    const { text } = await tariffPeru([
      'The new levies vary by partner, ranging from a baseline of 10% to as high as 45% for Peru and Chile.',
    ]);
    expect(text).toMatch(/\*\*(?:up to )?45%\*\*/);
    expect(text).not.toMatch(/\*\*10%\*\*/);
  });
});
