/**
 * An article that tells a rate paused, and in background that it was announced to start on a day,
 * does not have it start on that day: its own word on the rate is the pause.
 */
import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';

const statement = (percent: number, sentence: string, rest: Partial<RateStatement> = {}): RateStatement => ({
  imposer: 'United States',
  target: 'Peru',
  published: '2025-07-31',
  passageId: 'p1',
  paragraph: 1,
  articleId: 'a',
  percent,
  status: 'current',
  sentence,
  ...rest,
});

describe('a rate its article tells paused', () => {
  it('does not start on the day it was once announced for', () => {
    const statements = [
      statement(30, 'Trump postponed the 30% tariff on Peru that was set to begin on Friday.', { status: 'suspended' }),
      statement(20, 'Peru will keep paying the 20% tariff.'),
      statement(30, 'Earlier this month, Trump announced that a 30% tariff would take effect on August 1.', {
        status: 'scheduled',
        effective: '2025-08-01',
      }),
    ];
    expect(rateInForce(statements, 'United States', 'Peru', '2025-08-05')?.percent).toBe(20);
  });
});
