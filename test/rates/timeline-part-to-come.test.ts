/**
 * Two sources of one day: one tells the total with a new part ("doubling tariffs to 40%"), the
 * other gives that part a later start. The total has not come; the level without the part holds.
 */
import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';

const statement = (articleId: string, percent: number, sentence: string, rest: Partial<RateStatement> = {}) => ({
  imposer: 'United States',
  target: 'Peru',
  published: '2025-03-03',
  passageId: 'p1',
  paragraph: 1,
  articleId,
  percent,
  status: 'current' as const,
  sentence,
  ...rest,
});

describe('a total whose new part another source of the day schedules', () => {
  it('is not yet in force', () => {
    const told = 'The 20% tariff took effect; an additional 20% starts on March 24.';
    const statements: RateStatement[] = [
      statement('b', 40, 'The order imposes an additional 20%, doubling tariffs to 40%.'),
      statement('a', 20, told),
      statement('a', 20, told, { status: 'scheduled', part: 'component', effective: '2025-03-24' }),
    ];
    expect(rateInForce(statements, 'United States', 'Peru', '2025-03-03')?.percent).toBe(20);
  });
});
