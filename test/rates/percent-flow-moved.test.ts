import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The size of a move of a trade flow told after its verb with no "of" ("projected to cut shipments
 * 60%", "could boost exports 15%") is no rate anyone charges, even beside one. A cut of a tariff
 * stays a rate. Asked through the console as a user asks, on sentences written for this test.
 */
describe('a trade flow moved by a percentage', () => {
  const story = ['Peruvian fishing firms, where 40% tariffs were projected to cut shipments 60%, now hope to recover.'];

  it('reads the tariff and not the size of the cut', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → Peru 40% current']);
  });

  it('answers /tariff peru without the 60% cut', async () => {
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*40%\*\* on Peruvian goods/);
    expect(text).not.toContain('**60%**');
  });

  it('keeps a cut of a tariff told the same way a rate', () => {
    expect(articleRates(['Trump will cut tariffs on Peruvian imports 25% this week.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });
});
