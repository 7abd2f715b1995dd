import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * A start told as a wait, then the day the wait comes to: "will take effect in three weeks, on
 * August 27", "will be applicable after 21 days from today, which will be August 27". The day is
 * the start's, as "take effect on August 27" is. Sentences written for these tests.
 */
const IN_WEEKS = [
  'Ruritania faces new US tariffs.',
  'The higher duties on Ruritanian cheese will take effect in three weeks, on August 27.',
];
const WHICH_WILL_BE = [
  'Ruritania faces new US tariffs.',
  'The extra levy on Ruritanian goods will be applicable after 21 days from today, which will be August 27, the order said.',
];

describe('a wait, then the day it comes to', () => {
  it('lists the day after "in three weeks," as the day the duties take effect', async () => {
    expect(await kindsAndDates('2025-08-06', IN_WEEKS)).toEqual([['takes effect', '2025-08-27']]);
  });

  it('lists the day after "after 21 days from today, which will be" as the start', async () => {
    expect(await kindsAndDates('2025-08-06', WHICH_WILL_BE)).toEqual([['takes effect', '2025-08-27']]);
  });
});
