import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A rate whose end to come is told after an aside ("The 12% tariff, imposed under Section 122, will
 * expire in December"): in force until then. Sentences written for this test.
 */
describe('a rate that will expire, told after an aside', () => {
  it('answers /tariff with it as the rate in force', async () => {
    const { line } = await tariffPeru([
      'The 12% tariff on Peruvian goods, imposed under Section 122, will expire on December 20.',
    ]);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods · in force/u);
  });

  it('reads "will run out" so, and keeps a level it "will end up" at to come', () => {
    expect(sentenceRateLines('The 12% tariff on Peruvian goods will run out after 150 days.', '2026-09-01')).toEqual([
      'United States → Peru 12% current',
    ]);
    expect(sentenceRateLines('The tariff on Peruvian goods will end up at 12% next year.', '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
    ]);
  });
});
