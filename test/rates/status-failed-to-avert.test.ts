/**
 * A rate someone failed to avert came: "the president failed to avert the 39% tariff", "could not
 * avoid the 50% levy". It holds, or starts when the sentence says; one averted or hoped to be
 * averted stays a threat. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const FAILED = ['Peru’s president failed to avert the 39% tariff during a visit to Washington.'];

describe('a rate someone failed to avert', () => {
  it('is in force, or set to start on the day given', () => {
    expect(articleRates(FAILED, '2026-09-01')).toEqual(['United States → Peru 39% current']);
    expect(articleRates(['Peru could not avoid a 39% tariff that takes effect on Thursday.'], '2026-09-01')).toEqual([
      'United States → Peru 39% scheduled',
    ]);
  });

  it('leaves a rate averted, or hoped to be, a threat', () => {
    expect(articleRates(['Peru managed to avert a 39% tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 39% threatened',
    ]);
  });

  it('shows 39% in force in /tariff peru', async () => {
    const { line } = await tariffPeru(FAILED);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods · in force/u);
  });
});
