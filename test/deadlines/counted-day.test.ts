/**
 * A day counted from another: "21 days from Wednesday", "90 days after April 9". The count is part
 * of the date: the tariff starts, or the pause ends, that long after the day named, not on it.
 * Sentences written for these tests (Ruritania is no country); the class comes from real news (a
 * blind set's tuning part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article of Wednesday 2026-02-18. */
const listed = (...paragraphs: string[]) => kindsAndDates('2026-02-18', paragraphs);

describe('/deadline: a day counted from another', () => {
  it('starts a tariff the count after a weekday, not on the weekday', async () => {
    expect(
      await listed('The new 25% tariffs on Peruvian goods will go into effect 21 days from Wednesday, officials said.'),
    ).toEqual([['takes effect', '2026-03-11']]);
  });

  it('counts weeks from a named day', async () => {
    expect(await listed('The 25% tariff on Peruvian goods takes effect two weeks from March 2.')).toEqual([
      ['takes effect', '2026-03-16'],
    ]);
  });

  it('ends a pause the count after the day it names, told with "after" or "from"', async () => {
    for (const word of ['after', 'from'])
      expect(await listed(`The pause on tariffs for Peru ends 90 days ${word} February 18.`)).toEqual([
        ['ends', '2026-05-19'],
      ]);
  });
});
