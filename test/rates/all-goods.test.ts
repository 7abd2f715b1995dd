/**
 * A rate on all or most goods, of no kind and from no partner ("a blanket tariff of 10% on most
 * goods", "on nearly all imported goods", "on all goods entering the US"): the home country's rate
 * on imports from everywhere, as "on most imports" already is. Goods of a partner stay its own.
 * Sentences written for these tests; the class comes from real news (a lane set's tuning part,
 * stop 59).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const lines = (sentence: string) => articleRates(['Trade talks went on this week.', sentence], '2026-09-01');

describe('a rate on all or most goods', () => {
  it('is the rate on most countries for most goods', () => {
    expect(lines('The United States charges a blanket tariff of 10% on most goods.')).toEqual([
      'United States → most countries 10% current',
    ]);
    expect(lines('The United States charges a 10% tariff on nearly all imported goods.')).toEqual([
      'United States → most countries 10% current',
    ]);
  });

  it('is the rate on all countries for all goods', () => {
    expect(lines('The United States charges a 10% tariff on all goods entering the country.')).toEqual([
      'United States → all countries 10% current',
    ]);
  });

  it('keeps the goods of a named partner that partner’s', () => {
    expect(lines('The United States charges a 25% tariff on all goods from Peru.')).toEqual([
      'United States → Peru 25% current',
    ]);
  });
});

describe('/tariff on a rate on most goods', () => {
  it('gives it as the general rate on a partner with a sector rate only', async () => {
    const { line } = await tariffPeru([
      'The United States charges a blanket tariff of 10% on most goods.',
      'Peruvian copper already faces a 50% tariff.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});
