/**
 * "The agreed-upon 15% rate falls below …": a rate a later sentence restates by its number, in a
 * present tense that tells nothing of its start, is the rate told before, still to come if it was.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const deal =
  'Washington and Lima struck a deal on Sunday under which the US will impose a 15% tariff on Peruvian goods.';

describe('a rate restated by its number', () => {
  it('stays to come when it was told as to come', () => {
    expect(
      articleRates(
        [deal, 'The agreed-upon 15% rate, while still steep, falls well below what exporters had feared.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 15% scheduled', 'United States → Peru 15% scheduled']);
    expect(articleRates([deal, 'The revised 15% U.S. tariff reflects a long negotiation.'], '2026-09-01')).toEqual([
      'United States → Peru 15% scheduled',
      'United States → Peru 15% scheduled',
    ]);
  });

  it('is in force when its own words say so', () => {
    expect(articleRates([deal, 'The 15% rate is already in place for Peruvian coffee.'], '2026-09-01')).toContain(
      'United States → Peru 15% current',
    );
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 10% tariff in the United States.']],
      [
        '2026-09-01',
        [deal, 'The agreed-upon 15% rate, while still steep, falls well below what exporters had feared.'],
      ],
    ]);
    expect(line).toMatch(/^\*\*10%\*\*/);
  });
});
