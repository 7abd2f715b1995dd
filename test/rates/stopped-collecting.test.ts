import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** Customs ending the collection of a rate ends it (sentences written for this test). */
describe('a rate customs stopped collecting', () => {
  it('answers /tariff with no rate in force and the rate as replaced', async () => {
    const { line, text } = await tariffPeru([
      'After the court ruling, Customs stopped collecting the 25% tariffs on Peruvian goods.',
    ]);
    expect(line).toContain('No article in the corpus states a current rate');
    expect(text).toMatch(/\*\*25%\*\* · replaced/u);
  });

  it('reads "ceased collecting" so, and a stop to come as the rate still in force', () => {
    expect(sentenceRateLines('The US ceased collecting the 25% tariff on Peruvian goods.', '2026-09-01')).toEqual([
      'United States → Peru 25% previous',
    ]);
    expect(
      sentenceRateLines('Customs will stop collecting the 25% tariff on Peruvian goods on Tuesday.', '2026-09-01'),
    ).toEqual(['United States → Peru 25% current']);
  });
});
