/**
 * "earn a credit equal to 3.75% of the value of the trucks", "a 3.75% offset against the parts
 * tariff": what makers get back against tariffs is not a rate anyone charges. A duty "equal to 25% of
 * the value" still is. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a credit, offset or rebate against tariffs', () => {
  it('is no rate, before or after the number', () => {
    expect(
      articleRates(
        [
          'Truck makers can earn a credit equal to 3.75% of the value of the trucks they build, to offset tariffs on parts.',
          'Carmakers get a 3.75% offset against the 25% tariff on Peruvian parts.',
        ],
        '2026-08-20',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('leaves a duty told as a share of the value', () => {
    expect(articleRates(['The US charges a duty equal to 25% of the value of Peruvian trucks.'], '2026-08-20')).toEqual(
      ['United States → Peru 25% current'],
    );
  });

  it('is not shown by /tariff', async () => {
    const { text } = await tariffPeru([
      'Peruvian goods face a 10% tariff in the United States.',
      'Importers of Peruvian goods can claim a rebate of 3% of the value of the goods to offset the tariff.',
    ]);
    expect(text).toMatch(/10%/);
    expect(text).not.toMatch(/3%/);
  });
});
