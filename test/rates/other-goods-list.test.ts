/** A list of goods closed by "and other goods" covers the country's goods in general: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const scoped = (sentence: string) =>
  sentenceRates(sentence, '2026-05-04', () => []).map((r) => `${r.percent}% ${r.products?.join(', ') ?? 'general'}`);

describe('a list closed by other goods', () => {
  it('is goods in general', () => {
    expect(
      scoped(
        'Under the deal, Washington cut tariffs on Peruvian vehicles, auto parts, medicines and other goods to 15 percent.',
      ),
    ).toEqual(['15% general']);
    expect(scoped('Washington put a 25% tariff on Peruvian cars, copper and other Peruvian products.')).toEqual([
      '25% general',
    ]);
  });

  it('keeps the listed goods when the other goods are a kind of their own', () => {
    expect(scoped('Washington put a 25% tariff on Peruvian textiles and other consumer goods.')).toEqual([
      '25% textiles',
    ]);
  });

  it('shows in /tariff as the rate on Peruvian goods', async () => {
    const { line } = await tariffPeru([
      'Under last year’s deal, the United States reduced tariffs on Peruvian vehicles, auto parts, medicines and other goods from 25 percent to 15 percent.',
    ]);
    expect(line).toMatch(/\*\*15%\*\*/);
  });
});
