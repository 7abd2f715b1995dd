/**
 * A new level one side hopes or tries to get is a proposal: "Peru hopes to secure a 15% rate". One
 * secured is in force, and "hopes to get its 40% tariff lowered" leaves that rate in force.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const HOPES = ['Peru hopes to secure a 15% rate in the talks.'];

describe('a level one side hopes to get', () => {
  it('is a proposal', () => {
    expect(articleRates(HOPES, '2026-09-01')).toEqual(['United States → Peru 15% threatened']);
  });

  it('leaves a level secured, or one to be lowered, in force', () => {
    expect(articleRates(['Peru managed to secure a 15% rate.'], '2026-09-01')).toEqual([
      'United States → Peru 15% current',
    ]);
    expect(articleRates(['Peru hopes to get its 40% tariff lowered.'], '2026-09-01')).toEqual([
      'United States → Peru 40% current',
    ]);
  });

  it('shows no 15% in force in /tariff peru', async () => {
    const { text } = await tariffPeru(HOPES);
    expect(text).toMatch(/15%/u);
    expect(text).not.toMatch(/\*\*15%\*\* on Peruvian goods · in force/u);
  });
});
