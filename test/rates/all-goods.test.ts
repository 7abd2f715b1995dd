/**
 * A rate on everyone by its own words ("blanket", "baseline") on most goods of no kind ("a blanket
 * tariff of 10% on most goods", "a blanket tariff of 10% on nearly all imported goods"): the home
 * country's rate on most countries, as "most imports" already is. Without such a word, "most goods"
 * are often a partner's (a list line under "Peru will continue paying:", see
 * bulleted-goods-list.test.ts), and stay so. Sentences written for these tests; the class comes
 * from real news (a lane set's tuning part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const lines = (sentence: string) => articleRates(['Trade talks went on this week.', sentence], '2026-09-01');

describe('a rate on everyone on most goods', () => {
  it('is the rate on most countries', () => {
    expect(lines('The United States charges a blanket tariff of 10% on most goods.')).toEqual([
      'United States → most countries 10% current',
    ]);
    expect(lines('The United States charges a blanket tariff of 10% on nearly all imported goods.')).toEqual([
      'United States → most countries 10% current',
    ]);
  });

  it('keeps the goods of a named partner that partner’s', () => {
    expect(lines('The United States charges a 25% tariff on most goods from Peru.')).toEqual([
      'United States → Peru 25% current',
    ]);
  });
});

describe('/tariff on a blanket rate on most goods', () => {
  it('gives it as the general rate on a partner with a sector rate only', async () => {
    const { line } = await tariffPeru([
      'The United States charges a blanket tariff of 10% on most goods.',
      'Peruvian copper already faces a 50% tariff.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force[^"]*the rate on most countries/);
  });
});
