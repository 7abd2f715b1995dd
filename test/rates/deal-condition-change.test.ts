/**
 * A change told in the present after a condition on a deal: "Without a deal, Peru's tariff rises
 * from 10% to 40%". The new level is what comes if talks fail (a threat), the old one holds. Sentences
 * written for this test; the class comes from real news of the rates-status lane's set (stop 53).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const WITHOUT = [
  'Without a deal, the US tariff on Peru rises from 10 percent to 40 percent, and Chile’s to 35 percent.',
];

describe('a change after a condition on a deal', () => {
  it('reads the new levels as threats and the old one as in force', () => {
    expect(articleRates(WITHOUT, '2026-08-20')).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 40% threatened',
      'United States → Chile 35% threatened',
    ]);
  });

  it('reads "if no agreement is reached" the same way', () => {
    expect(
      articleRates(['If no agreement is reached by Friday, the US tariff on Peru climbs to 40%.'], '2026-08-20'),
    ).toEqual(['United States → Peru 40% threatened']);
  });

  it('keeps a change told in the past as done', () => {
    expect(articleRates(['Without a deal, the US tariff on Peru rose to 40% in August.'], '2026-09-01')).toEqual([
      'United States → Peru 40% current',
    ]);
  });
});

describe('/tariff on a change after a condition on a deal', () => {
  it('keeps the level in force and not the threat', async () => {
    const { line } = await tariffPeru(WITHOUT);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});
