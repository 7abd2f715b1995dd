import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate restated by its number alone ("The 15% levy is inclusive of …") keeps the status it was
 * first told with when that was still to come: the sentence describes the rate, not when it holds.
 * Talks "moving close to a 15% tariff rate" propose a level. Sentences written for this test.
 */
describe('a rate restated by its number after a deal that sets it', () => {
  it('keeps the deal level scheduled, and reads a level talks near as proposed', () => {
    expect(
      articleRates(
        [
          'Washington and Lima struck a deal on Sunday that sets a 15% tariff on most Peruvian goods.',
          'The 15% levy is inclusive of most-favored-nation rates, a similar arrangement to the one Chile has.',
          'Officials said last week that Peru and the US were moving close to a 15% tariff rate.',
        ],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → Peru 15% scheduled',
      'United States → Peru 15% scheduled',
      'United States → Peru 15% threatened',
    ]);
  });

  it('keeps a restated rate told with words of force in force', () => {
    expect(
      articleRates(
        [
          'Washington and Lima struck a deal on Sunday that sets a 15% tariff on most Peruvian goods.',
          'The 15% levy is now in force at the border.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 15% scheduled', 'United States → Peru 15% current']);
  });

  it('keeps the rate in force through /tariff until the deal starts', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 39% tariff in the United States.']],
      [
        '2026-09-01',
        [
          'The US and Peru reached an agreement to lower tariffs on Peruvian goods from 39% to 15%.',
          'The 15% levy is inclusive of most-favored-nation rates, a similar arrangement to the one Chile has.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods · in force since/);
  });
});
