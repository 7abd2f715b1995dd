/**
 * A part of a rate told alone ("will cut its additional tariffs on Peruvian goods from 20% to 10%")
 * is no level of the goods in general: the level of the whole told before stands.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';

const sentence =
  'Washington said it would cut its additional tariffs on Peruvian goods from 20% to 10%, effective May 10.';

describe('a part told alone', () => {
  it('is a part at both levels of its change', () => {
    expect(sentenceRates(sentence, '2025-05-01', () => []).map((r) => `${r.percent} ${r.part}`)).toEqual([
      '20 component',
      '10 component',
    ]);
  });

  it('does not replace the level of the whole', () => {
    const whole: RateStatement = {
      imposer: 'United States',
      target: 'Peru',
      percent: 45,
      status: 'current',
      articleId: 'a',
      published: '2025-04-01',
      passageId: 'p1',
      paragraph: 1,
      sentence: 'Peruvian goods face a 45% tariff in all.',
    };
    const parts = sentenceRates(sentence, '2025-05-01', () => []).map((r) => ({
      ...r,
      articleId: 'b',
      published: '2025-05-01',
      passageId: 'p1',
      paragraph: 1,
      sentence,
    }));
    expect(rateInForce([whole, ...parts], 'United States', 'Peru', '2025-05-20')?.percent).toBe(45);
  });
});
