import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A clause whose subject is a group of countries left unnamed ("While most trading partners pay 10%,
 * Peru faces 35%") tells that group's rate; the country another clause names has only its own.
 * Sentences written for these tests.
 */
const SENTENCE = 'While most trading partners pay 10%, Peru faces a 35% tariff.';

describe('a clause about a group of countries beside one about a country', () => {
  it('gives the country only its own rate', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual([
      'United States → most countries 10% current',
      'United States → Peru 35% current',
    ]);
  });

  it('shows 35%, not 10%, for Peru in /tariff peru', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    expect(text).toMatch(/United States → Peru[^}]*35%/);
    expect(text).not.toMatch(/\*\*10%/);
  });
});
