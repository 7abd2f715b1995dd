import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An adverb between a country and its verb ("Peru will sharply cut its duties", "Peru gradually
 * raised") leaves the country the subject that acts: its own rates, not ones the home country
 * charges on it. Sentences written for these tests, asked through the console as a user asks.
 */
const CUT = 'Peru will sharply cut some of its highest import duties, bringing car tariffs down from 80% to 20%.';

describe('/tariff and a country acting with an adverb before its verb', () => {
  it('lists no US rate on Peru for "Peru will sharply cut … car tariffs down from 80% to 20%"', async () => {
    const { text } = await tariffPeru([CUT]);
    expect(text).not.toMatch(/\*\*80%\*\*/);
    expect(text).not.toMatch(/\*\*20%\*\*/);
  });

  it("reads the cut as Peru's own rates", () => {
    const rates = articleRates([CUT], '2026-09-01');
    expect(rates).toHaveLength(2);
    expect(rates.every((r) => r.startsWith('Peru → '))).toBe(true);
  });
});
