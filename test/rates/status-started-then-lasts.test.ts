/**
 * A start told in the past, then how long the rate lasts: "a 15% tariff on Peruvian goods took effect
 * on Tuesday and will last 150 days". The future tells its end; the rate is in force. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const STARTED = ['A new 15% tariff on Peruvian goods took effect on Monday and will last 150 days.'];

describe('a rate that took effect and will last a time', () => {
  it('reads the rate as in force', () => {
    expect(articleRates(STARTED, '2026-09-01')).toEqual(['United States → Peru 15% current']);
  });

  it('keeps one that will take effect and will last a time ahead', () => {
    expect(
      articleRates(
        ['A new 15% tariff on Peruvian goods will take effect on Friday and will last 150 days.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 15% scheduled']);
  });

  it('shows the rate in force in /tariff peru', async () => {
    const { line } = await tariffPeru(STARTED);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/u);
  });
});
