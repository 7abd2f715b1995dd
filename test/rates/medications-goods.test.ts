import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods, articleRates } from './article-rates.ts';

/**
 * "Medications" is news's other word for drugs: a rate on "brand-name medications" is on
 * pharmaceuticals, a sector rate on every country where no partner is named, asked through the
 * console as a user asks (`/tariff peru`) on sentences written for this test. The class comes from
 * real news (stop 59, lane status41: a threatened drug tariff, later put on hold).
 */
describe('/tariff on a rate on medications', () => {
  const peruFirst = 'Washington has charged a 10% tariff on goods from Peru since April, exporters in Lima said.';
  const story = [
    peruFirst,
    'Last month the president threatened to impose a 150% tariff on certain brand-name medications.',
  ];

  it('reads it as the threatened rate on pharmaceuticals from every country', async () => {
    expect(articleRates(story, '2026-09-01')).toContain('United States → all countries 150% threatened');
    expect(articleRateGoods(story, '2026-09-01')).toContain('United States → all countries 150% on pharmaceuticals');
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(text).not.toMatch(/150%/);
  });

  it('gives a rate on a partner’s medications to that partner, on pharmaceuticals', () => {
    expect(articleRateGoods(['Peru put a 20% tariff on American medications in May.'], '2026-09-01')).toEqual([
      'Peru → United States 20% on pharmaceuticals',
    ]);
  });
});
