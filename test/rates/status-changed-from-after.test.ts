/**
 * A change told only from where it started, after the number: "the 35% tariff on Peruvian goods was
 * raised from 25% on Aug. 1". The number is the level the change reached, in force; with a "to"
 * after ("the 35% tariff was raised to 40%") the number is the old level. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a change told from where it started', () => {
  it('reads the number before it as the level in force', () => {
    expect(articleRates(['The 35% tariff on Peruvian goods was raised from 25% on Aug. 1.'], '2026-09-01')).toEqual([
      'United States → Peru 35% current',
      'United States → Peru 25% previous',
    ]);
  });

  it('keeps the number before a change "to" another level as the old one', () => {
    expect(articleRates(['The 35% tariff on Peruvian goods was raised to 40%.'], '2026-09-01')).toEqual([
      'United States → Peru 35% previous',
      'United States → Peru 40% current',
    ]);
  });

  it('shows 35% in force in /tariff peru', async () => {
    const { line } = await tariffPeru(['The 35% tariff on Peruvian goods was raised from 25% on Aug. 1.']);
    expect(line).toMatch(/^\*\*35%\*\* on Peruvian goods · in force/u);
  });
});
