/**
 * Rates listed first and their countries after, paired by "respectively" ("levies of 17%, 20% and
 * 24% on imports from Israel, the EU and Japan, respectively"): each country its own rate, never
 * every rate to every country.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2025-04-10', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}%`);

describe('rates listed before their countries, respectively', () => {
  it('pairs the i-th rate with the i-th country', () => {
    expect(
      rates('The tariffs include levies of 17%, 20% and 24% on imports from Peru, Chile and Bolivia, respectively.'),
    ).toEqual(['United States → Peru 17%', 'United States → Chile 20%', 'United States → Bolivia 24%']);
  });

  it('gives /tariff the country its own rate', async () => {
    const { line } = await tariffPeru([
      'The tariffs include levies of 17%, 20% and 24% on imports from Chile, Peru and Bolivia, respectively.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\*/);
  });
});
