import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A group of countries whose members a bracket lists right after it ("on Andean nations (Peru,
 * Bolivia and Ecuador)") is those countries: the rate is on each of them, not on countries left
 * unnamed. Asked through the console as a user asks, on sentences written for this test.
 */
describe('a group whose members a bracket lists', () => {
  const story = [
    'Trump said he would impose an additional 10% tariff on Andean nations (Peru, Bolivia and Ecuador) after they criticised his trade policy.',
  ];

  it('gives the rate to each member listed', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 10% scheduled',
      'United States → Bolivia 10% scheduled',
      'United States → Ecuador 10% scheduled',
    ]);
  });

  it('answers /tariff peru with the 10%', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/\*\*10%\*\*/);
  });

  it('leaves a bracket that is no list of names as it was', () => {
    expect(
      articleRates(['Trump imposed a 10% tariff on all countries (except Canada and Mexico).'], '2026-09-01'),
    ).toEqual(['United States → all countries 10% current']);
  });
});
