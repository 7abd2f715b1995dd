import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "which is to apply in three weeks": a rate that "is to apply" is still to come, while one that
 * "continues to apply" is in force. Sentences written for this test.
 */
describe('a rate that "is to apply"', () => {
  it.each([
    ['The extra 25% tariff on Peru, which is to apply in three weeks, follows months of talks.', 'scheduled'],
    ['The 25% tariffs on Peru are to apply from next month.', 'scheduled'],
    ['The 25% tariff on Peru continues to apply.', 'current'],
  ])('%s', (sentence, status) => {
    expect(articleRates([sentence], '2026-09-01')).toEqual([`United States → Peru 25% ${status}`]);
  });

  it('/tariff peru shows no rate in force, only the one to come', async () => {
    const { text, line } = await tariffPeru([
      'The extra 25% tariff on Peru, which is to apply in three weeks, follows months of talks.',
    ]);
    expect(line).not.toMatch(/^\*\*25%\*\*/);
    expect(text).toMatch(/What may change","value":"• \*\*25%\*\* · announced/);
  });
});
