import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate "on most partners" or "on all partners" (the word "trading" left out) is the baseline on
 * every country, not the rate of a partner the sentence before named (sentences written for this
 * test; the class comes from deadline news of the status35 lane's set, stop 54).
 */
const STORY = [
  'Washington threatened Peru with steeper duties on Monday.',
  'The president slapped a 10 percent levy on most partners, with higher rates to come later.',
];

describe('a rate on most partners or all partners', () => {
  it('is the rate on most or all countries, not on the partner named before', () => {
    const lines = articleRates(STORY, '2026-09-01');
    expect(lines.filter((line) => line.includes('Peru'))).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^United States → most countries 10% /)]);
    expect(articleRates(['Washington threatened Peru.', 'It charges 10% on all partners.'], '2026-09-01')).toEqual([
      expect.stringMatching(/^United States → all countries 10% /),
    ]);
  });

  it('still reads a partner named beside the word as that partner', () => {
    expect(articleRates(['Peru and its partners face a 20% US tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 20% current',
    ]);
  });

  it('shows /tariff peru no 10% of its own', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).not.toContain('**10%** on Peruvian goods');
  });
});
