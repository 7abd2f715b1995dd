/**
 * "the base rate", "a base tariff": the baseline by its shorter name. A sentence that names no
 * partner and tells the base rate is the rate on most countries, not on the partner of the
 * sentence before.
 */
import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const PARAGRAPHS = [
  'Peru and Chile finalized trade deals with the United States this week.',
  'The rates in these agreements sit well above the new US base rate of 10 percent.',
];

describe('the base rate', () => {
  it('is the rate on most countries, not on the partner named before', () => {
    expect(articleRates(PARAGRAPHS, '2025-07-23')).toEqual(['United States → most countries 10% current']);
  });

  it('gives /tariff peru no 10% of its own', async () => {
    const { text } = await tariffPeru(PARAGRAPHS);
    expect(text).not.toContain('**10%**');
  });
});
