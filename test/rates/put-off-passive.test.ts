/**
 * A rate that "was put off" was put on hold, as one "delayed" or "postponed" was; "the tariff put off
 * buyers" tells what it deterred, and the rate stays. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate that was put off', () => {
  it('reads it as paused', () => {
    expect(sentenceRateLines('The 30% tariff on Peru was put off for 90 days.', '2026-08-10')).toEqual([
      'United States → Peru 30% suspended',
    ]);
  });

  it('keeps a rate that put buyers off in force', () => {
    expect(sentenceRateLines('The 30% tariff on Peru put off buyers of cars.', '2026-08-10')).toEqual([
      'United States → Peru 30% current',
    ]);
  });

  it('shows it paused in /tariff', async () => {
    const { text } = await tariffPeru([
      'The 30% tariff on Peruvian goods that was set to start on August 1 was put off for 90 days.',
    ]);
    expect(text).toMatch(/\*\*30%\*\* · paused/);
  });
});
