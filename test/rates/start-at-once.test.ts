/**
 * A start told as coming at once: "the 25% tariff will take effect immediately". The future tense
 * of a start is news of one ahead, but "immediately" puts it at the telling: the rate is in force.
 * One with a condition stays ahead. Sentences written for this test; the class comes from real
 * news (a blind set's tuning part, stop 58).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const AT_ONCE = ['The White House said a 25% tariff on Peruvian goods will take effect immediately.'];

describe('a start told as coming at once', () => {
  it('reads the rate as in force', () => {
    expect(articleRates(AT_ONCE, '2026-09-01')).toEqual(['United States → Peru 25% current']);
  });

  it('keeps a start at once with a condition, or with a later day, ahead', () => {
    expect(
      articleRates(
        [
          'A 25% tariff on Peruvian goods will take effect immediately if talks collapse.',
          'A 30% tariff on Chilean goods will immediately take effect on September 15.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% threatened', 'United States → Chile 30% scheduled']);
  });
});

describe('/tariff on a start told as coming at once', () => {
  it('shows the rate in force', async () => {
    const { line } = await tariffPeru(AT_ONCE);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
  });
});
