import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A total told after a part of it still to come ("An extra 25% will apply from March 24. The
 * cumulative tariff adds up to 50%.") holds only once the part starts (sentences written for this
 * test; the class comes from real news of the status42 lane's set).
 */
describe('a total whose part is still to come', () => {
  it('is to come with the part', () => {
    expect(
      articleRates(
        [
          'The White House said an additional 25% tariff on Peruvian goods will come into effect from March 24.',
          'Peru already pays a 25% reciprocal tariff.',
          'The cumulative tariff on Peru adds up to 50%.',
        ],
        '2026-03-03',
      ),
    ).toEqual([
      'United States → Peru 25% scheduled',
      'United States → Peru 25% current',
      'United States → Peru 50% scheduled',
    ]);
    expect(
      articleRates(
        ['An extra 10% duty on Chile will apply from March 20.', 'That brings the total tariff on Chile to 35%.'],
        '2026-03-03',
      ),
    ).toEqual(['United States → Chile 10% scheduled', 'United States → Chile 35% scheduled']);
  });

  it('stays in force when its sentence says it holds now', () => {
    expect(
      articleRates(
        ['An extra 10% duty on Chile will apply from March 20.', 'The total tariff on Chile now stands at 35%.'],
        '2026-03-03',
      ),
    ).toEqual(['United States → Chile 10% scheduled', 'United States → Chile 35% current']);
  });

  it('answers /tariff with the level in force and the total as what may change', async () => {
    const { text, line } = await tariffPeru([
      [
        '2026-08-20',
        [
          'An extra 25% duty on Peru will apply from September 24.',
          'Peru already pays a 25% reciprocal tariff.',
          'That brings the total tariff on Peru to 50%.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*25%\*\*/);
    expect(text).toContain('**50%** · scheduled for');
    expect(text).not.toContain('**50%** · in force');
  });
});
