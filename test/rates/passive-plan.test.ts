import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** "is to be charged", "is to cut": the news future of a plan (sentences written for this test). */
describe('a rate a party is to be charged or is to change to', () => {
  it('answers /tariff with no rate in force, the plan as what may change', async () => {
    const { line, text } = await tariffPeru(['Under a plan unveiled on Monday, Peruvian goods are to be charged 12%.']);
    expect(line).toContain('No article in the corpus states a current rate');
    expect(text).toContain('What may change');
  });

  it('is to come, whether charged, imposed or changed to', () => {
    expect(sentenceRateLines('Peruvian coffee is to be subject to a 12% tariff.', '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
    ]);
    expect(
      sentenceRateLines('A 12% tariff is to be imposed on Peruvian coffee, the White House said.', '2026-09-01'),
    ).toEqual(['United States → Peru 12% scheduled']);
    expect(sentenceRateLines('Tariffs on Peruvian coffee are to be cut to 12% from 20%.', '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
      'United States → Peru 20% current',
    ]);
    expect(sentenceRateLines('Peru is to cut its tariff on US beef to 5% from 20%.', '2026-09-01')).toEqual([
      'Peru → United States 5% scheduled',
      'Peru → United States 20% current',
    ]);
  });

  it('keeps an end to come leaving the rate in force', () => {
    expect(sentenceRateLines('The 20% tariff on Peruvian coffee is to be lifted.', '2026-09-01')).toEqual([
      'United States → Peru 20% current',
    ]);
  });
});
