/**
 * Section 122 of the Trade Act allows only a surcharge on all imports, so a rate told by that law
 * alone, naming no partner, is one on every country: "The 10% Section 122 tariff took effect on
 * Tuesday". A partner named beside it keeps its own. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const SURCHARGE = ['The 12% Section 122 tariff took effect on Tuesday and will last 150 days.'];

describe('a rate under Section 122', () => {
  it('is charged on all countries when no partner is named', () => {
    expect(articleRates(SURCHARGE, '2026-09-01')).toEqual(['United States → all countries 12% current']);
  });

  it('is on all countries, not most, beside the word "baseline"', () => {
    expect(
      articleRates(
        ['The White House relied on Section 122 to impose a new global baseline tariff of 12%.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → all countries 12% current']);
  });

  it('is the named partner’s where one is', () => {
    expect(articleRates(['Peruvian goods now face the 12% Section 122 tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 12% current',
    ]);
  });

  it('sets the rate of a number whose own clause names no one, when the law is named in another', () => {
    expect(
      articleRates(
        [
          'Washington announced a new surcharge on imports from Peru and others on Monday.',
          'First set at 10%, the levy was then raised to the ceiling that Section 122 allows.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → all countries 10% previous']);
  });

  it('answers /tariff peru with the rate on all countries', async () => {
    const { line } = await tariffPeru([...SURCHARGE, 'Peruvian copper already faces a 50% tariff.']);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods · in force since <t:\d+:D>; the rate on all countries/u);
  });
});
