import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** Sentences written for these tests; Thursday 2025-10-30 is the article's day. */
const THURSDAY = '2025-10-30';

describe('a tariff that took effect at midnight, with a clock time beside it', () => {
  it('lists the article’s day in /deadline: a clock time or an "11th-hour" names no other day', async () => {
    for (const sentence of [
      'The 45% levy on Ruritanian goods, one of the steepest anywhere, took effect at midnight Washington time (0500 GMT) after an 11th-hour push for a deal failed.',
      'The 45% levy on Ruritanian goods took effect at midnight, or 9 p.m. in Los Angeles.',
    ])
      expect(await kindsAndDates(THURSDAY, [sentence])).toEqual([['takes effect', THURSDAY]]);
  });
});
