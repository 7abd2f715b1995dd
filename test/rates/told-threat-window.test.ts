import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * Status wording from real news of the rates-status lane's set (stop 48), in sentences written for
 * this test: a threat dated by an adverb ("had earlier threatened"), "keep" before a gerund in a
 * clause about something else, a window counted from now ("for the next 90 days will be 10%"), and
 * a tariff named in title case ("the 10% Worldwide Tariff").
 */
describe('status of threats, windows and named tariffs', () => {
  it('reads a threat an adverb of time dates as threatened, not as a level in force before', () => {
    expect(
      articleRates([
        'Washington had earlier threatened a 50% tariff on Peruvian goods.',
        'Peru previously threatened a 20% levy on US wheat.',
      ]),
    ).toEqual(['United States → Peru 50% threatened', 'Peru → United States 20% threatened']);
  });

  it('does not take "kept changing" for a rate kept in force', () => {
    expect(
      articleRates([
        'In April Trump postponed a 20% tariff on Peru which was part of a run of levies that kept changing.',
      ]),
    ).toEqual(['United States → Peru 20% suspended']);
    expect(articleRates(['Peru kept its 10% tariff on US corn.'])).toEqual(['Peru → United States 10% current']);
  });

  it('reads the level of a window counted from now as in force, one with a later start as scheduled', () => {
    expect(
      articleRates(
        ['Officials said the tariff rate on Peruvian goods for the next 90 days will be 10%.'],
        '2025-04-09',
      ),
    ).toEqual(['United States → Peru 10% current']);
    expect(
      articleRates(['Starting Friday, Peruvian goods will face a 30% tariff for the next 90 days.'], '2025-04-09'),
    ).toEqual(['United States → Peru 30% scheduled']);
  });

  it('reads "the 10% Worldwide Tariff" as a rate on all countries', () => {
    expect(articleRates(['Trump is raising the 10% Worldwide Tariff to 15%.'], '2026-02-21')).toEqual([
      'United States → all countries 10% current',
      'United States → all countries 15% scheduled',
    ]);
  });
});
