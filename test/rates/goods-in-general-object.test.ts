import { describe, expect, it } from 'vitest';
import { articleRateGoods } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "A 30% tariff on Peruvian imports …, and began to cut car tariffs": the rate's own object is goods
 * in general, so goods named after it belong to another act. Sentences written for this test.
 */
describe('a rate whose object is goods in general', () => {
  it('takes no products from a clause after its object', () => {
    expect(
      articleRateGoods(
        ['Washington placed a 30% tariff on Peruvian imports last year and has since begun to cut car tariffs.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 30% on goods in general']);
  });

  it('still takes the goods its object names, and those listed after a kind of goods', () => {
    expect(
      articleRateGoods(
        [
          'Washington placed a 30% tariff on Peruvian imports of copper last year.',
          'China will apply a 20% duty on Peruvian aquatic products and pork.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 30% on copper', 'China → Peru 20% on farm goods']);
  });

  it('gives the rate as the general one in /tariff', async () => {
    const { line } = await tariffPeru([
      'Washington placed a 30% tariff on Peruvian imports last year and has since begun to cut car tariffs.',
    ]);
    expect(line).toMatch(/30%/);
  });
});
