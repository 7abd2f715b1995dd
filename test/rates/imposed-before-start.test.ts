import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate told in a relative clause as imposed at a past time ("the 25% tariffs that Trump first
 * imposed in March") is the level a new one rises from: the start the article gives later ("The
 * higher rates would go into effect August 1") or a letter's start is the new level's, not its.
 * Sentences written for this test; the class comes from real news of the rates-status lane's set, stop 51.
 */
const RAISE = [
  'Trump said he will raise tariffs on Peruvian goods to 35%.',
  'His letter to Lima is an increase to the top 25% tariffs that he first imposed in March.',
  'The higher rates would go into effect September 15.',
];

describe('a rate imposed in the past, told beside a rise that starts later', () => {
  it('stays in force while the rise is scheduled', () => {
    expect(articleRates(RAISE, '2026-08-20')).toEqual([
      'United States → Peru 35% scheduled',
      'United States → Peru 25% current',
    ]);
  });

  it('is not put off by a later start told of "the tariffs"', () => {
    expect(
      articleRates(
        [
          'The move on Peru is an increase to the 25% tariffs that Trump imposed in March.',
          'The higher rates would go into effect August 1.',
        ],
        '2026-07-12',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('answers /tariff with the old level in force', async () => {
    const { line } = await tariffPeru([['2026-08-20', RAISE]]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
  });
});
