import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/dates/read.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

/** Sentences written for these tests; Wednesday 2025-10-29 is the article's day. */
const WEDNESDAY = '2025-10-29';

describe('a clock time before its day, and a night from one day into the next', () => {
  it('reads "one minute after midnight Tuesday into Wednesday" as one day, the Wednesday', () => {
    const readings = readDates('The duties began one minute after midnight Tuesday into Wednesday.', WEDNESDAY);
    expect(readings.map((r) => [r.text, r.day('past')])).toEqual([
      ['one minute after midnight Tuesday into Wednesday', '2025-10-29'],
    ]);
  });

  it('lists the Wednesday as the day the tariffs took effect in /deadline', async () => {
    expect(
      await kindsAndDates(WEDNESDAY, [
        'The 40% tariffs on Ruritanian goods went into effect one minute after midnight Tuesday into Wednesday.',
      ]),
    ).toEqual([['takes effect', '2025-10-29']]);
  });
});
