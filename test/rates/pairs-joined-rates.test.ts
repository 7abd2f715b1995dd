import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two rates joined by "and" or "plus" with no verb between ("a 20% tariff and a 15% penalty on
 * Peruvian imports") are laid on the parties named once, after the last. Sentences written for
 * these tests.
 */
describe('rates joined by "and" or "plus" before the parties', () => {
  it('lays the first rate on the parties named after the second', () => {
    for (const sentence of [
      'Washington imposed a 20% tariff and a 15% penalty on Peruvian imports.',
      'Washington imposed a 20% tariff plus an additional 15% penalty on Peruvian imports.',
    ])
      expect(articleRates([sentence], '2026-09-01').map((line) => line.replace(/ component$/u, ''))).toEqual([
        'United States → Peru 20% current',
        'United States → Peru 15% current',
      ]);
  });

  it('leaves a rate with a verb of its own between to its own words', () => {
    expect(
      articleRates(
        ['Washington set a 10% tariff on all imports and imposed a 15% penalty on Peruvian imports.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → all countries 10% current', 'United States → Peru 15% current']);
  });

  it('shows both rates in /tariff peru', async () => {
    const { text } = await tariffPeru(['Washington imposed a 20% tariff and a 15% penalty on Peruvian imports.']);
    expect(text).toMatch(/\*\*20%\*\*/);
    expect(text).toMatch(/15%/);
  });
});
