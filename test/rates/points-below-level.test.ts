/**
 * How far one level lies from another ("a rate 10 percentage points below what he had threatened",
 * "5% above the baseline") is a difference, no rate anyone charges. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const SENTENCE =
  'Washington now charges a 15% tariff on Peruvian goods, a rate that is 10 percentage points below what it had threatened.';

describe('a number of points below or above another level', () => {
  it('is no rate of its own', () => {
    expect(sentenceRateLines(SENTENCE, '2026-09-01')).toEqual(['United States → Peru 15% current']);
    expect(sentenceRateLines('Peru’s 15% rate sits 5% above the baseline tariff.', '2026-09-01')).toEqual([
      'United States → Peru 15% current',
    ]);
  });

  it('leaves /tariff only the rate charged', async () => {
    const { text, line } = await tariffPeru([SENTENCE]);
    expect(line).toMatch(/^\*\*15%\*\*/);
    expect(text).not.toMatch(/\*\*10%\*\*/);
  });
});
