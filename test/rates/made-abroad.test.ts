import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Goods named as made anywhere but the United States ("a 25% tariff on smartphones made outside the
 * United States") are imports from every country: the rate is no partner's named in the sentence
 * before (sentences written for this test; the class comes from market news of the precision
 * lane's set, stop 54).
 */
const STORY = [
  'Stocks slid after Washington threatened 50% tariffs on Peru.',
  'Phone makers fell further after the president floated a 25% tariff on smartphones manufactured outside the U.S.',
];

describe('goods made outside the United States', () => {
  it('take a rate on all countries, not on the partner named before', () => {
    const lines = articleRates(STORY, '2026-09-01');
    expect(lines.filter((line) => line.includes('25%'))).toEqual([
      expect.stringMatching(/^United States → all countries 25% /),
    ]);
    expect(lines.some((line) => line.startsWith('United States → Peru 50%'))).toBe(true);
  });

  it('leave /tariff peru on its own rate', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('50%');
    expect(text).not.toContain('25%');
  });
});
