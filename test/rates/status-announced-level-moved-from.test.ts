/**
 * The level a change moved from, told as one announced before: "Peru secured a 19% rate, down from
 * the 20% Washington had announced". It was only announced; one "had imposed" is history. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const ANNOUNCED = ['Peru secured a 19% rate, down slightly from the 20% Washington had announced.'];

describe('an announced level a change moved from', () => {
  it('was only threatened', () => {
    expect(articleRates(ANNOUNCED, '2026-09-01')).toEqual([
      'United States → Peru 19% current',
      'United States → Peru 20% threatened',
    ]);
  });

  it('leaves an imposed one as history', () => {
    expect(
      articleRates(['Peru secured a 19% rate, down from the 20% Washington had imposed in April.'], '2026-09-01'),
    ).toEqual(['United States → Peru 19% current', 'United States → Peru 20% previous']);
  });

  it('lists 20% as announced, not replaced, in /tariff peru', async () => {
    const { text } = await tariffPeru(ANNOUNCED);
    expect(text).toMatch(/\*\*20%\*\* · (?:threatened|announced)/u);
  });
});
