import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * What tariffs add to a measure of the economy ("add 0.7 percentage points to core inflation", "add
 * 0.4% to growth") is no rate, as what they add to a price is not (sentences written for this test;
 * the class comes from economics news the precision lane probed, stop 54).
 */
const STORY = [
  'Washington kept its 30% tariff on Peru.',
  'Economists expect the tariffs to add 0.7 percentage points to core inflation this year.',
];

describe('an amount tariffs add to a measure of the economy', () => {
  it('is no rate, and the tariff stays', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual(['United States → Peru 30% current']);
  });

  it('still reads an amount added to a tariff', () => {
    expect(articleRates(['Washington added 10 percentage points to existing tariffs on Peru.'], '2026-09-01')).toEqual([
      'United States → Peru 10% current',
    ]);
  });

  it('never shows the 0.7% in /tariff', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('30%');
    expect(text).not.toContain('0.7%');
  });
});
