import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/dates/read.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

/** Sentences written for these tests; Friday 2025-11-14 is the article's day. */
const FRIDAY = '2025-11-14';

describe('a weekday with its date in brackets', () => {
  it('reads "Thursday (Nov. 13)" as one day, the date in brackets', () => {
    const readings = readDates('The cut applies from 12:01 a.m. Thursday (Nov. 13) onwards.', FRIDAY);
    expect(readings.map((r) => r.day('future'))).toEqual(['2025-11-13']);
  });

  it('lists a start told "effective retroactively from 12:01 a.m. Thursday (Nov. 13)" in /deadline', async () => {
    expect(
      await kindsAndDates(FRIDAY, [
        'The executive order, effective retroactively from 12:01 a.m. Thursday (Nov. 13), removes the 10% tariff on Ruritanian bananas.',
      ]),
    ).toEqual([['takes effect', '2025-11-13']]);
  });
});
