import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country a partner is said to get "the same arrangement as" ("the same treatment as", "the same
 * terms as") is named to compare, not to impose: the rate is the home country's on the partner.
 * Written for this test; asked through the console as a user asks.
 */
describe('a partner given the same arrangement as another country', () => {
  const story = ['Peru is subject to the same arrangement as Chile under the April order, a fentanyl tariff of 25%.'];

  it('gives the rate to the partner, imposed by the home country', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → Peru 25% current']);
  });

  it('answers /tariff peru with the rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
  });
});
