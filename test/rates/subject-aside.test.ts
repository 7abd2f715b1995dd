import { describe, expect, it } from 'vitest';
import { roledMentions } from '../../src/rates/roles.ts';
import { articleRates } from './article-rates.ts';

/**
 * A subject and its verb may stand apart by an aside set off by commas ("China's Ministry of
 * Commerce, in a statement posted on its website late on Tuesday, said it would impose …"): the
 * subject still acts, however long the aside. Sentences written for this test.
 */
describe('an aside between a country and its verb', () => {
  it('leaves the country the one imposing', () => {
    for (const sentence of [
      "China's Ministry of Commerce, in a statement posted on its website late on Tuesday, said it would impose a 15% tariff on coal.",
      'Ottawa, according to a notice published in the official gazette on Friday, will levy a 25% surtax on steel.',
    ])
      expect(roledMentions(sentence)[0]?.role).toBe('imposer');
  });

  it('so its rate is not the home country’s on it', () => {
    const rates = articleRates(
      [
        "China's Ministry of Commerce, in a statement posted on its website late on Tuesday, said it would impose a 15% tariff on coal.",
      ],
      '2025-09-01',
    );
    expect(rates.filter((r) => r.startsWith('United States'))).toEqual([]);
    expect(rates.filter((r) => r.startsWith('China → '))).toHaveLength(1);
  });
});
