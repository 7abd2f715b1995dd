import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "nearly all U.S. imports" with no one else named: the home country's own imports, so its rate on
 * most countries; a retaliation or a named imposer keeps the home country the target. Sentences
 * written for these tests.
 */
describe('a rate on nearly all of the home country’s imports', () => {
  it('reads the home country charging most countries', () => {
    expect(articleRates(['A 10% levy would apply to nearly all U.S. imports from April 5.'], '2025-04-03')).toEqual([
      'United States → most countries 10% scheduled',
    ]);
    expect(articleRates(['Trump imposed a 10% tariff on nearly all US imports.'], '2025-04-03')).toEqual([
      'United States → most countries 10% current',
    ]);
  });

  it('keeps a named or retaliating imposer charging the home country', () => {
    expect(articleRates(['Beijing imposed a retaliatory 34% tariff on nearly all US imports.'], '2025-04-03')).toEqual([
      'China → United States 34% current',
    ]);
  });

  it('answers /tariff with the rate on most countries, through the console', async () => {
    const { line } = await tariffPeru([
      'Since April, a 10% tariff has applied to nearly all U.S. imports.',
      'Peruvian copper already faces a 50% tariff.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since <t:\d+:D>; the rate on most countries/);
  });
});
