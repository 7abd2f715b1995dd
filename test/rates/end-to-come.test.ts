/**
 * "the 15% tariff is due to expire on July 24", "will lapse unless Congress extends it", "will end on
 * Friday": a rate whose end is still to come is in force until then, not a rate to come. Not one
 * still to be imposed with its end told ahead, nor a pause whose end is told. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a rate whose end is to come', () => {
  it('is in force until its end', () => {
    expect(
      articleRates(
        [
          'The 15% tariff on Peruvian goods is due to expire on July 24.',
          'The 20% duty on Chilean imports will lapse in October unless Congress extends it.',
          'The 30% levy on Bolivian goods will end on Friday.',
        ],
        '2026-06-20',
      ),
    ).toEqual([
      'United States → Peru 15% current',
      'United States → Chile 20% current',
      'United States → Bolivia 30% current',
    ]);
  });

  it('is still to come when it is yet to be imposed, and a pause ending leaves it paused', () => {
    expect(
      articleRates(
        [
          'Trump said he will impose a 15% tariff on Peruvian goods that will expire after 150 days.',
          'The 90-day pause on the 34% tariff on Chilean goods will expire on July 9.',
        ],
        '2026-06-20',
      ),
    ).toEqual(['United States → Peru 15% scheduled', 'United States → Chile 34% suspended']);
  });

  it('is the rate in force in /tariff', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['The 15% tariff on Peruvian goods is set to expire on December 1 unless Congress extends it.']],
    ]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
  });
});
