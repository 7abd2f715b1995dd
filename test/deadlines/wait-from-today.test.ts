import { describe, expect, it } from 'vitest';
import { deadlinesListed, kindsAndDates } from '../helpers/deadline.ts';

/**
 * A start told only as a wait from the telling: "set to take effect in three weeks", "will kick in
 * after 21 days". The day is the article's day plus the wait, worked out (so marked approximate),
 * beside any other start the sentence dates. Sentences written for these tests.
 */
const IN_WEEKS = [
  'Ruritania faces new US tariffs.',
  'The extra duty on Ruritanian cheese, set to take effect in three weeks, comes on top of a 10% levy entering into force on Thursday.',
];

describe('a start told as a wait from the telling', () => {
  it('lists the article day plus the wait, beside the day the sentence gives', async () => {
    // 2025-08-06 is a Wednesday: Thursday is 2025-08-07; three weeks on is 2025-08-27.
    expect(await kindsAndDates('2025-08-06', IN_WEEKS)).toEqual([
      ['takes effect', '2025-08-07'],
      ['takes effect', '2025-08-27'],
    ]);
  });

  it('marks the worked-out day approximate', async () => {
    const listed = await deadlinesListed('2025-08-06', [
      'A 30% duty on Ruritanian copper will kick in after 21 days, the order said.',
    ]);
    expect(listed.map((d) => [d.date, d.approximate])).toEqual([['2025-08-27', true]]);
  });

  it('takes a day the sentence gives near the counted one as that start, counted from the order', async () => {
    expect(
      await kindsAndDates('2025-08-07', [
        'Trump on Wednesday ordered an extra 25% tariff on Ruritanian goods, to take effect in 21 days, which will raise the total to 50% from Aug. 27.',
      ]),
    ).toEqual([['takes effect', '2025-08-27']]);
  });

  it('reads no wait from a start told in the past, or one bounded by "within"', async () => {
    expect(
      await kindsAndDates('2025-08-06', [
        'The 30% duty on Ruritanian copper took effect after 21 days of talks.',
        'A 30% duty on Ruritanian steel will take effect within 21 days.',
      ]),
    ).toEqual([]);
  });
});
