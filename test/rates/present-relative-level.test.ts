/**
 * A level told in a relative clause in the present after a clause with a verb of lowering: "Talks
 * have made little progress on lowering tariffs on Peruvian copper, which is facing a 50% duty". The
 * clause tells what the goods bear now, not a level the lowering replaced. Sentences written for
 * this test; the class comes from real news of the rates-status lane's set (stop 53).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const PRESENT = [
  'Talks have made little progress on lowering US tariffs on Peruvian copper, which is still facing a 50% duty.',
];

describe('a level in a present relative clause after a verb of lowering', () => {
  it('reads the level as in force', () => {
    expect(articleRates(PRESENT, '2026-09-01')).toEqual(['United States → Peru 50% current']);
  });

  it('keeps a level told in the past as replaced', () => {
    expect(
      articleRates(['Washington scrapped the US tariffs on Peruvian copper, which had reached 50%.'], '2026-09-01'),
    ).toEqual(['United States → Peru 50% previous']);
  });
});

describe('/tariff on a level in a present relative clause', () => {
  it('shows the level in force', async () => {
    const { text } = await tariffPeru(PRESENT);
    expect(text).toMatch(/\*\*50%\*\* on copper · in force/);
  });
});
