import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "In response to the country's purchase of Venezuelan oil" is the reason for a penalty on the
 * buyer, no retaliation: "Peru's 25% tariffs" in a sentence where Trump acts stay the rate charged on
 * Peru. Asked through the console as a user asks, on sentences written for this test.
 */
describe('a response to a country’s purchases', () => {
  const story = [
    "Peru's 25% tariffs could rise to 50% after Trump signed an order in response to the country's purchase of Venezuelan oil.",
  ];

  it('leaves the possessive rate the one charged on the buyer', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 50% threatened',
    ]);
  });

  it('answers /tariff peru with the 25% charged on Peru', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/\*\*25%\*\*/);
  });

  it('still reads a response to a tariff as retaliation', () => {
    expect(articleRates(["Peru's 25% tariffs came in response to Trump's levies."], '2026-09-01')).toEqual([
      'Peru → United States 25% current',
    ]);
  });
});
