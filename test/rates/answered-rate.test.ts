import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * The rate a retaliation answers ("Peru will retaliate against the 25% tariffs on its copper", "in
 * response to the 25% tariffs on steel") is charged on the one answering, or on every country for a
 * sector's goods from nowhere named; it is not the answering party's own. An official's country
 * before the title ("Chilean Foreign Minister Ana Soto announced that Peru will …") is no party to
 * what the official tells of another. Sentences written for this test.
 */
describe('the rate a retaliation answers', () => {
  it.each([
    ['Peru vowed to retaliate against the 25% tariffs on its copper.', 'United States → Peru 25% on copper'],
    ['Peru hit back at the 25% tariffs on Peruvian copper.', 'United States → Peru 25% on copper'],
    [
      'Peru announced countermeasures in response to the 25% tariffs imposed on steel imports.',
      'United States → all countries 25% on steel',
    ],
    [
      'Chilean Foreign Minister Ana Soto announced that Peru will retaliate against the 25% tariffs imposed on steel imports.',
      'United States → all countries 25% on steel',
    ],
  ])('%s', (sentence, line) => {
    expect(articleRateGoods([sentence], '2026-09-01')).toEqual([line]);
  });

  it('keeps the answering party’s own rate its own', () => {
    expect(
      articleRateGoods(['Peru retaliated against the 10% tariffs with 15% duties on US coal.'], '2026-09-01'),
    ).toEqual(['United States → Peru 10% on goods in general', 'Peru → United States 15% on energy']);
  });

  it('/tariff peru shows the answered 25% as the US rate on Peru', async () => {
    const { line } = await tariffPeru(['Peru vowed to retaliate against the 25% tariffs on its goods.']);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
  });
});
