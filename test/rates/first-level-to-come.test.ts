import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A first level told as still to come ("would hit Peru with 25% tariffs, rising to 50% in a week")
 * is not the level in force that the rise leaves. Sentences written for this test.
 */
describe('a first level to come, with a rise after it', () => {
  it('answers /tariff with no rate in force', async () => {
    const { line } = await tariffPeru(['Peruvian goods will face 25% tariffs, rising to 50% in a week.']);
    expect(line).toContain('No article in the corpus states a current rate');
  });

  it('reads both levels as to come after "would hit … with" and "will face"', () => {
    expect(
      sentenceRateLines('Trump said he would hit Peru with 25% tariffs, rising to 50% in a week.', '2026-09-01'),
    ).toEqual(['United States → Peru 25% scheduled', 'United States → Peru 50% scheduled']);
    expect(sentenceRateLines('Peruvian goods face 25% tariffs, rising to 50% next month.', '2026-09-01')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 50% scheduled',
    ]);
  });
});
