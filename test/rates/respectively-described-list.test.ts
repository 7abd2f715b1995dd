/**
 * A list closed by "respectively" after a description naming another country ("Countries without
 * a deal with the United States — namely Peru, Chile and Bolivia — were assigned 25%, 20% and 30%,
 * respectively"): the rates pair with the list's items, not with the country in the description.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const SENTENCE =
  'Partners that have not signed agreements with the United States — namely Chile, Peru and Bolivia — were given tariffs of 25 percent, 20 percent and 30 percent, respectively.';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2025-08-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}%`);

describe('a respectively list after a description naming another country', () => {
  it('pairs each rate with the listed country', () => {
    expect(rates(SENTENCE)).toEqual([
      'United States → Chile 25%',
      'United States → Peru 20%',
      'United States → Bolivia 30%',
    ]);
  });

  it('gives /tariff the country its own rate', async () => {
    const { line } = await tariffPeru([SENTENCE]);
    expect(line).toMatch(/^\*\*20%\*\*/);
  });
});
