/**
 * A condition on deals in the plural, after a list's ", respectively,": the rates of the list are
 * threats, not the rates in force. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('rates on condition that deals are struck', () => {
  it('reads a list told with ", respectively," before the condition as threats', () => {
    expect(
      articleRates(
        [
          'Talks with Peru and Chile have stalled, and the two face getting hit with 35% and 30% tariffs, respectively, if deals are not reached by Friday.',
        ],
        '2026-08-20',
      ),
    ).toEqual(['United States → Peru 35% threatened', 'United States → Chile 30% threatened']);
  });

  it('reads "if agreements are not signed" after one rate as a threat', () => {
    expect(articleRates(['Peru faces a 40% tariff if agreements are not signed this month.'], '2026-08-20')).toEqual([
      'United States → Peru 40% threatened',
    ]);
  });

  it('leaves the rate in force in /tariff', async () => {
    const { line } = await tariffPeru([
      ['2026-08-10', ['The United States has charged a 20% tariff on Peruvian goods since April.']],
      [
        '2026-08-20',
        ['Peru and Chile face getting hit with 35% and 30% tariffs, respectively, if deals are not reached by Friday.'],
      ],
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/);
  });
});
