import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two levels still to come, named back as a sum ("the 20%+20% tariffs", "the 15% + 10% duties"): the
 * same levels, still to come, not news that they hold; what is in force is the baseline the sentence
 * sets them against. Sentences written for these tests.
 */
const STORY = [
  'Washington will impose an additional 20% tariff on Peru from next month, on top of a 20% levy announced last week.',
  'The 20%+20% tariffs on Peru come over and above the 10% tariff that applies to all countries.',
];

describe('levels to come named back as a sum', () => {
  it('are still to come', () => {
    expect(articleRates(STORY, '2026-08-20').filter((l) => l.includes('Peru 20%'))).toEqual([
      'United States → Peru 20% scheduled',
      'United States → Peru 20% scheduled',
      'United States → Peru 20% scheduled',
      'United States → Peru 20% scheduled',
    ]);
  });

  it('reads a spaced sum the same way', () => {
    const spaced = [STORY[0]!, 'The 20% + 20% duties on Peru come over and above the 10% tariff on all countries.'];
    expect(articleRates(spaced, '2026-08-20').filter((l) => l.includes('current'))).toEqual([
      'United States → all countries 10% current',
    ]);
  });

  it('leaves the baseline in force in /tariff peru', async () => {
    expect((await tariffPeru([['2026-08-20', STORY]])).line).toMatch(/10%/);
  });
});
