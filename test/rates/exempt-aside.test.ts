import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An aside after a rate that tells a country spared ("…, with only Peru receiving a reprieve", "…,
 * with Peru exempted", "…, though Peru was spared") makes it no party to the rate: a rate on goods
 * from everywhere stays one, and the spared country is not charged it. Asked through the console as
 * a user asks, on sentences written for this test.
 */
describe('a country an aside after the rate tells spared', () => {
  const story = ['President Trump doubled tariffs on copper imports to 50%, with only Peru receiving a reprieve.'];

  it('reads the rate as on all countries, not on Peru', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → all countries 50% current']);
  });

  it('does not answer /tariff peru with the 50% as Peru’s own rate', async () => {
    const { text } = await tariffPeru(story);
    expect(text).not.toMatch(/\*\*50%\*\* on copper · in force since <t:\d+:D> —/);
  });

  it('still gives a country in an aside with a rate of its own that rate', () => {
    expect(articleRates(['Washington raised tariffs on Chile to 35%, with Peru facing 25%.'], '2026-09-01')).toContain(
      'United States → Peru 25% current',
    );
  });
});
