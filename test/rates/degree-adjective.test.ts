/**
 * "faces a comparatively lower 10% rate": "lower" after a determiner and an adverb of degree is an
 * adjective, not the verb that replaced the number. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('"lower" as an adjective with an adverb of degree', () => {
  it('leaves the number in force', () => {
    expect(
      articleRates(
        [
          'Chile faces a 20% levy, while Peru faces a comparatively lower 10% rate.',
          'Bolivia pays a much lower 5% rate.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Chile 20% current',
      'United States → Peru 10% current',
      'United States → Bolivia 5% current',
    ]);
  });

  it('still reads the verb that lowers the number as replacing it', () => {
    expect(articleRates(['Washington lowered the 25% tariff on Peru to 10%.'], '2026-08-20')).toEqual([
      'United States → Peru 25% previous',
      'United States → Peru 10% current',
    ]);
  });

  it('shows the rate in force in /tariff', async () => {
    const { line } = await tariffPeru(['Products from Peru now face a comparatively lower 10% rate.']);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});
