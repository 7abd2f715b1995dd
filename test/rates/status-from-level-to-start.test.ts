/**
 * The level a change moves from, told by its own words as still to start ("down from the 30% rate
 * that was due to take effect on Aug. 1"), never held: the new level replaced a threat. One its
 * words give as paused ("the 46 percent that was paused in April") was on hold.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2025-07-23') => sentenceRateLines(sentence, published);

describe('the old level of a change, still to start', () => {
  it('is a threat the change replaced', () => {
    expect(
      rates('The deal sets a 19% tariff on Peru, down from the 30% rate that was due to take effect on Aug. 1.'),
    ).toEqual(['United States → Peru 19% scheduled', 'United States → Peru 30% threatened']);
    expect(
      rates(
        'The 18% levy on Chilean goods is a sharp drop from the 32% rate that the president, in a letter last week, said would be imposed starting Aug. 1.',
      ),
    ).toEqual(['United States → Chile 18% current', 'United States → Chile 32% threatened']);
  });

  it('is the level in force when the start belongs to another clause', () => {
    expect(rates('The deal cuts the rate on Peru to 19% from 30%, and the new rate would take effect Aug. 1.')).toEqual(
      ['United States → Peru 19% scheduled', 'United States → Peru 30% current'],
    );
  });

  it('is on hold when its own words say it was paused', () => {
    expect(
      rates('Goods from Peru will face a 20 percent tariff, down from the 46 percent that was paused in April.'),
    ).toEqual(['United States → Peru 20% scheduled', 'United States → Peru 46% suspended']);
    expect(
      rates('The deal sets a 19% rate on Chile instead of the 32% tariff which had been suspended in May.'),
    ).toContain('United States → Chile 32% suspended');
  });
});
