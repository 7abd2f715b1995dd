import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * A day after a past act, in the words that follow a deadline ("the deadline of August 1, as the
 * president signed an order on Thursday night", "the deadline was extended on Monday"), dates the
 * act, not the deadline; an act that ends something ("expired on Wednesday") still dates the end.
 * Asked through the console (`/deadline list`) as a user asks, on sentences written for this test.
 */
describe('/deadline list with a past act dated after a deadline', () => {
  it('lists the deadline’s own date, not the day the order was signed', async () => {
    expect(
      await kindsAndDates('2026-09-04', [
        'Ruritania faces steep US tariffs.',
        'The new rates came hours after the president’s deadline of September 3, as he signed an order on Thursday night setting them.',
      ]),
    ).toEqual([['ends', '2026-09-03']]);
  });

  it('lists no day for a deadline that was extended on Monday without a new date', async () => {
    expect(
      await kindsAndDates('2026-09-04', [
        'Ruritania faces steep US tariffs.',
        'The deadline for a deal with Ruritania was extended on Monday by two weeks.',
      ]),
    ).toEqual([]);
  });

  it('still lists the day a deadline expired on', async () => {
    expect(
      await kindsAndDates('2026-09-04', [
        'Ruritania faces steep US tariffs.',
        'The deadline for talks with Ruritania expired on Wednesday, officials said.',
      ]),
    ).toEqual([['ends', '2026-09-02']]);
  });
});
