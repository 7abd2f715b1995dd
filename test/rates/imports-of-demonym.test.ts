import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** "U.S. imports of Peruvian copper": the country that imports charges the rate (sentences written for this test). */
describe("a country's imports of another's goods", () => {
  it('answers /tariff with the importer charging the goods’ country', async () => {
    const { line } = await tariffPeru(['U.S. imports of Peruvian goods face a 12% tariff.']);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/u);
  });

  it('reads the importer as the party that charges, named in full, by initials or with "-made"', () => {
    expect(sentenceRateLines("Peru's imports of U.S. wheat will face a 5% duty.", '2026-09-01')).toEqual([
      'Peru → United States 5% scheduled',
    ]);
    expect(sentenceRateLines('Tariffs on U.S. imports of Peruvian-made textiles rose to 20%.', '2026-09-01')).toEqual([
      'United States → Peru 20% current',
    ]);
  });
});
