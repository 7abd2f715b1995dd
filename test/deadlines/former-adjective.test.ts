import { describe, expect, it } from 'vitest';
import { deadlinesListed } from '../helpers/deadline.ts';

/**
 * A date the adjective right before it calls replaced ("the original July 8 deadline", "the
 * previous June 30 deadline") is a former one, even with no verb that moves it: the new deadline
 * the sentence gives is the date, the replaced one its history. The class comes from real news of
 * the status lane's set (stop 61); sentences written for this test.
 */
describe('/deadline: a date called "the original" deadline', () => {
  it('keeps the new deadline and lists the original one as its history', async () => {
    const listed = await deadlinesListed('2025-05-27', [
      'Trump backed off his threat of steep tariffs on Ruritanian goods after a call on Sunday.',
      'The new deadline for Ruritania is July 9, one day later than the original July 8 deadline.',
    ]);
    expect(listed.map((d) => [d.kind, d.date, d.history.map((h) => h.date)])).toEqual([
      ['ends', '2025-07-09', ['2025-07-08']],
    ]);
  });

  it('reads "the previous" date so too', async () => {
    const listed = await deadlinesListed('2025-05-27', [
      'Ruritania now has until August 12 to strike a deal on US tariffs, replacing the previous June 30 deadline.',
    ]);
    expect(listed.map((d) => [d.date, d.history.map((h) => h.date)])).toEqual([['2025-08-12', ['2025-06-30']]]);
  });
});
