import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** A tariff named as a penalty ("a 25% penalty on India for buying Russian oil"). Sentences written for this test. */
describe('a percentage penalty on a country', () => {
  it('answers /tariff with the total it brings in force', async () => {
    const { line } = await tariffPeru([
      'A 25% penalty on Peru for buying Russian oil took effect on Aug. 27, bringing the total to 50%.',
    ]);
    expect(line).toMatch(/^\*\*50%\*\* on Peruvian goods · in force/u);
  });

  it('is a rate, as an additional part', () => {
    expect(
      sentenceRateLines(
        'Washington imposed an additional 25% penalty on Peruvian goods over its oil purchases.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });
});
