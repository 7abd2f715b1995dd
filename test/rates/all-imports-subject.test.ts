import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "All U.S. imports" as the subject of a rate is the home country's rate on every country, as
 * "nearly all U.S. imports" is its rate on most: not a rate of a country the paragraph before named
 * in passing (a currency, a market). Sentences written for this test.
 */
describe('a rate on all of the home country’s imports, told as the subject', () => {
  const story = [
    'The dollar slid 1.5% against the Japanese yen as markets opened.',
    'All U.S. imports are now subject to a 10% tariff, the White House said.',
  ];

  it('is the rate on all countries', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → all countries 10% current']);
  });

  it('keeps "on all U.S. imports" after a partner’s number the partner’s rate', () => {
    expect(articleRates(['Peru said it would put a 12% tariff on all U.S. imports.'], '2026-09-01')).toEqual([
      'Peru → United States 12% scheduled',
    ]);
  });

  it('answers /tariff peru with the rate on all countries', async () => {
    const { line } = await tariffPeru([...story, 'Peruvian copper already faces a 50% tariff.']);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since <t:\d+:D>; the rate on all countries/);
  });
});
