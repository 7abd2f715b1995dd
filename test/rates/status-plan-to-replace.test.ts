/**
 * A replacing still to be done: "plans to replace the duties on Peruvian goods with a 15% tariff",
 * "agreed to replace …". The new level is to come, as after "will replace"; the one it replaces
 * holds till then. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const AGREED = ['Washington agreed to replace the 25% levy on Peruvian goods with a 10% tariff.'];

describe('the new level of a replacing still to be done', () => {
  it('is to come, and the old one holds', () => {
    expect(articleRates(AGREED, '2026-09-01')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 10% scheduled',
    ]);
    expect(
      articleRates(['Washington plans to replace the duties on Peruvian goods with a 15% tariff.'], '2026-09-01'),
    ).toEqual(['United States → Peru 15% scheduled']);
  });

  it('shows 25% in force and 10% as announced in /tariff peru', async () => {
    const { text, line } = await tariffPeru(AGREED);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/u);
    expect(text).toMatch(/What may change","value":"• \*\*10%\*\* · announced/u);
  });
});
