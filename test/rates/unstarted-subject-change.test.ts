import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The subject of a change told as a start still to come ("Duties that were due to come into effect on
 * other Peruvian goods will be cut to 15% from 25%"): the level it moves from never started, so it
 * was a plan the change replaces, not a rate in force until the cut. Sentences written for this test.
 */
const STORY = [
  'Peru and the United States agreed a trade deal last month.',
  'Duties that were due to come into effect on other Peruvian goods will also be cut to 15% from 25%.',
];

describe('a change whose subject was due to come into effect', () => {
  it('reads the level it moves from as threatened', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 15% scheduled',
      'United States → Peru 25% threatened',
    ]);
  });

  it('answers /tariff peru with no rate in force', async () => {
    expect((await tariffPeru(STORY)).line).toMatch(/^No article in the corpus states a current rate/u);
  });
});
