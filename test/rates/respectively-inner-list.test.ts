/**
 * A list closed by "respectively" that starts after other rates of the sentence ("… raising the rate
 * on Chile from 20% to 30%, while Peru and Bolivia will face 41% and 27%, respectively, and Ecuador
 * 15%"): the list pairs in order with the countries named since the rate before it; the other rates
 * keep their own pairs.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const SENTENCE =
  'Countries without a deal face steeper duties, with Washington raising the rate on Chile from 20% to 30%, while Bolivia and Peru will face tariffs of 27% and 41%, respectively, and Ecuador will pay a 15% tariff.';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2025-08-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}%`);

describe('a list closed by “respectively” after other rates', () => {
  it('pairs the list with its own countries and leaves the other rates theirs', () => {
    expect(rates(SENTENCE)).toEqual([
      'United States → Chile 20%',
      'United States → Chile 30%',
      'United States → Bolivia 27%',
      'United States → Peru 41%',
      'United States → Ecuador 15%',
    ]);
  });

  it('gives /tariff the country its own rate, not its neighbour’s', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    expect(text).toContain('41%');
    expect(text).not.toContain('27%');
  });
});
