/**
 * A course told as leading to a level is a rate to come: "Peru is on track to face a 35% tariff
 * next week", "is on course to face …". Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const ON_TRACK = ['Peru is on track to face a 35% tariff next week.'];

describe('a level a course leads to', () => {
  it('is to come', () => {
    expect(articleRates(ON_TRACK, '2026-09-01')).toEqual(['United States → Peru 35% scheduled']);
    expect(articleRates(['Peru is on course to face a 35% tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 35% scheduled',
    ]);
  });

  it('shows no 35% in force in /tariff peru', async () => {
    const { text } = await tariffPeru(ON_TRACK);
    expect(text).toMatch(/What may change","value":"• \*\*35%\*\*/u);
    expect(text).not.toMatch(/\*\*35%\*\* on Peruvian goods · in force/u);
  });
});
