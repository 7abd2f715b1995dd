import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "They" as the subject that bears a rate points back to the countries the sentence before named,
 * every one of them: "on most imports" then tells how much of their goods it covers, not a rate on
 * most countries. Sentences written for this test.
 */
describe('a rate borne by "They"', () => {
  const story = [
    'Peru and Chile were left out of the new tariff schedule. They are still subject to 12% tariffs on most imports to the U.S., though farm goods are exempt.',
  ];

  it('is the rate on each country named before', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 12% current',
      'United States → Chile 12% current',
    ]);
  });

  it('leaves "They said" to the rules for a rate on everyone', () => {
    expect(
      articleRates(
        ['Peru and Chile sent envoys to Washington. They said a 10% tariff on all imports would stay in force.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → all countries 10% current']);
  });

  it('answers /tariff peru with that rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
  });
});
