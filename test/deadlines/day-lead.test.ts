import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article of Monday 2025-10-27: each deadline's kind and date. Sentences written for these tests. */
const listed = (...paragraphs: string[]) => kindsAndDates('2025-10-27', paragraphs);

describe('/deadline: a start day told after "this coming" or after "at" and its clock time', () => {
  it('reads "take effect this coming Saturday, November 1" as the day the tariffs start', async () => {
    expect(
      await listed('Higher tariffs on Ruritanian goods are set to take effect this coming Saturday, November 1.'),
    ).toEqual([['takes effect', '2025-11-01']]);
  });

  it('reads "go into effect at midnight Tuesday" as the day the tariffs start', async () => {
    expect(
      await listed('The president ordered that 20% tariffs on Ruritanian imports go into effect at midnight Tuesday.'),
    ).toEqual([['takes effect', '2025-10-28']]);
  });
});
