import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sector tariff beside a move with its own size ("shares fell 4% after the 25% tariff on cars") is
 * the sector rate on every country: the fall is the shares', no partner's cut, so the rate is not
 * the partner's the paragraph before named (sentences written for this test; the class comes from
 * company news the precision lane probed, stop 54).
 */
const STORY = [
  'Washington keeps a 20% tariff on Peruvian goods.',
  'Shares of a Lima carmaker fell 4% after the 25% tariff on cars.',
];

describe('a sector tariff beside a move with its own size', () => {
  it('is the rate on all countries, not on the partner named before', () => {
    const lines = articleRates(STORY, '2026-09-01');
    expect(lines.filter((line) => line.includes('25%'))).toEqual(['United States → all countries 25% current']);
  });

  it('still reads a partner’s cut on the sector’s goods as the partner’s', () => {
    expect(
      articleRates(
        ['Washington keeps a 20% tariff on Peru.', 'Under the deal, the 25% tariff on cars fell to 15%.'],
        '2026-09-01',
      ).filter((line) => line.includes('15%')),
    ).toEqual([expect.stringMatching(/^United States → Peru 15% /)]);
  });

  it('shows /tariff peru the 25% as the rate on all countries', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('**25%** on autos · in force since <t:1788220800:D>; the rate on all countries');
    expect(text).toContain('Every statement, newest first (1)');
  });
});
