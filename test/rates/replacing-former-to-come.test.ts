import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * "The new tariffs will take effect on October 1, replacing the previous tariff of 10%": the level a
 * change still to come replaces holds until the change starts. Told in the past ("took effect …,
 * replacing the previous 10%"), it was replaced. Sentences written for these tests.
 */
const TO_COME =
  'The new 40% tariffs on Peruvian goods will take effect on October 1, replacing the previous tariff of 10%.';
const DONE = 'The new 40% tariffs on Peruvian goods took effect on August 1, replacing the previous tariff of 10%.';

describe('the former level a change to come replaces', () => {
  it('is in force until the change starts', async () => {
    expect(sentenceRateLines(TO_COME, '2026-09-01')).toEqual([
      'United States → Peru 40% scheduled',
      'United States → Peru 10% current',
    ]);
    expect((await tariffPeru([TO_COME])).line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });

  it('was replaced when the change is told as done', () => {
    expect(sentenceRateLines(DONE, '2026-09-01')).toEqual([
      'United States → Peru 40% current',
      'United States → Peru 10% previous',
    ]);
  });
});
