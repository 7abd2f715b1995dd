import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Rates told as what letters or an announcement set for later, with the start given once elsewhere
 * in the article (sentences written for this test; the class comes from real news of the
 * rates-status lane's set, stop 38): scheduled from that start, not in force.
 */
const LETTERS = [
  'President Trump began sending letters on Monday to trading partners, warning that the new tariffs would kick in on October 1 unless deals are reached.',
  'Letters detailing a 30% tax were sent to Peru and Ghana, a White House spokesman said.',
  'The president also announced he would impose new tariff rates for:',
  '• Chile (25%) • Bolivia (35%)',
];

describe('rates of letters and of announced lists', () => {
  it('schedules a letter rate and an announced list from the start another paragraph gives', () => {
    expect(articleRates(LETTERS, '2026-09-01')).toEqual([
      'United States → Peru 30% scheduled',
      'United States → Ghana 30% scheduled',
      'United States → Chile 25% scheduled',
      'United States → Bolivia 35% scheduled',
    ]);
  });

  it('reads an announced list as only announced when the article gives no start', () => {
    expect(
      articleRates([
        'Trump said he would impose new tariff rates on several economies:',
        '• Chile (25%) • Bolivia (35%)',
      ]),
    ).toEqual(['United States → Chile 25% threatened', 'United States → Bolivia 35% threatened']);
  });

  it('keeps a letter rate that its sentence says took effect', () => {
    expect(
      articleRates(
        [
          'Tariffs on some goods will start on October 1.',
          'The 30% tariff on Peru that Trump set in a letter took effect in August.',
        ],
        '2026-09-01',
      ),
    ).toContain('United States → Peru 30% current');
  });

  it('answers /tariff with no rate in force and the letter rate scheduled for its start', async () => {
    const { text, line } = await tariffPeru(LETTERS.slice(0, 2));
    expect(line).toMatch(/^No article in the corpus states a current rate/);
    expect(text).toMatch(/\*\*30%\*\* · scheduled for/);
  });
});
