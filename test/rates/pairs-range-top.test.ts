import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * An "up to" bound shared by a group of countries ("Peru, Chile and Ghana face tariffs of up to
 * 36%") is the top of the range their rates span, no one member's rate; one or two countries under
 * a bound still have it as theirs (sentences written for this test).
 */
describe('a bound over a group of countries', () => {
  it('gives the top of the range to none of the group', () => {
    expect(
      sentenceRateLines('Peru, Chile, Ghana and Laos are set to face tariffs of up to 36% from August.', '2026-07-20'),
    ).toEqual([]);
  });

  it('still gives a bound to one or two countries', () => {
    expect(sentenceRateLines('Peru and Chile face tariffs of up to 25%.', '2026-07-20')).toEqual([
      'United States → Peru 25% current',
      'United States → Chile 25% current',
    ]);
  });

  it('never answers /tariff peru with the top of the group', async () => {
    const { text } = await tariffPeru(['Peru, Chile, Ghana and Laos face tariffs of up to 36%.']);
    expect(text).not.toMatch(/36%/);
  });
});
