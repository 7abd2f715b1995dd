import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A partner's "reciprocal" tariff charged on nothing named ("Peru's reciprocal tariff of 26%") is
 * the home country's levy on that partner, as "reciprocal tariffs" are the US's name for them; with
 * retaliation in the sentence it stays the partner's own. Written for this test; asked through the
 * console as a user asks.
 */
describe("a partner's reciprocal tariff", () => {
  const story = [
    'Peru’s “reciprocal” tariff falls to 15% from 25% under the deal, officials in Lima said.',
    'Chile’s reciprocal tariff of 20% will take effect on September 20.',
  ];

  it('is the rate charged on the partner', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 15% current',
      'United States → Peru 25% previous',
      'United States → Chile 20% scheduled',
    ]);
  });

  it('stays the partner’s own in a sentence of retaliation', () => {
    const retaliation = ['In retaliation, Peru’s reciprocal tariff of 30% now applies to American soybeans.'];
    expect(articleRates(retaliation, '2026-09-01')).toEqual(['Peru → United States 30% current']);
  });

  it('answers /tariff peru with the lowered rate on Peruvian goods', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods/);
  });
});
