import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "the UK rate", "the Peruvian rate": a partner's name or demonym before "rate", with no possessive
 * mark, is the rate charged on that partner, as "Peru's rate" is, not a rate the partner charges.
 */
describe('a partner named before "rate" without a possessive mark', () => {
  const story = ['The Peruvian rate is 10%, lower than the Chile tariff rate of 15%.'];

  it('is the home country’s rate on that partner', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 10% current',
      'United States → Chile 15% current',
    ]);
  });

  it('leaves a partner’s rate on named goods as its own', () => {
    expect(articleRates(['Peru imposes a 20% tariff on US wheat.'], '2026-09-01')).toEqual([
      'Peru → United States 20% current',
    ]);
  });

  it('answers /tariff peru with that rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });
});
