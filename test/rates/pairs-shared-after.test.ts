import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country joined after a rate by "along with", "together with", "as does" or "the same … as"
 * shares the rate with the party it was told of ("Chile faces 30%, as does Peru"). Sentences
 * written for these tests.
 */
const SHARED = [
  'Chile will face the highest US tariff of 30 per cent along with Peru.',
  'Chile faces a 30% tariff, as does Peru.',
  'Chile now faces the same 30% rate as Peru.',
];

describe('a country joined after a rate as sharing it', () => {
  it('bears the rate as the party told of does', () => {
    for (const sentence of SHARED)
      expect(articleRates([sentence], '2026-09-01').map((line) => line.replace(/ \w+$/u, ''))).toEqual([
        'United States → Chile 30%',
        'United States → Peru 30%',
      ]);
  });

  it('imposes the rate on the home country with the imposer told of', () => {
    expect(articleRates(['Chile imposed 25% tariffs on US goods, as did Peru.'], '2026-09-01')).toEqual([
      'Chile → United States 25% current',
      'Peru → United States 25% current',
    ]);
  });

  it('leaves a country with a rate of its own to that rate', () => {
    expect(articleRates(["Chile faces 30% along with Peru's 34%."], '2026-09-01')).toEqual([
      'United States → Chile 30% current',
      'United States → Peru 34% current',
    ]);
  });

  it('shows the 30% on Peru in /tariff peru', async () => {
    const { text } = await tariffPeru(['Chile faces a 30% tariff, as does Peru.']);
    expect(text).toMatch(/United States → Peru[^}]*30%/);
  });
});
