import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * The order that carries a pause, named again in the next paragraph as the thing that expires
 * ("The president's latest executive order will expire after midnight on March 3"): the end of that
 * trade measure, though its own paragraph names no tariff. Sentences written for these tests;
 * articles of Tuesday 2025-09-02.
 */
const PUBLISHED = '2025-09-02';
const PAUSE = 'Washington agreed on Monday to suspend the higher tariffs on Freedonian goods for 60 more days.';

describe('/deadline list: an order named again as what expires', () => {
  it('ends the pause on the day the order expires, past a clock time', async () => {
    expect(
      await kindsAndDates(PUBLISHED, [
        PAUSE,
        "The president's most recent executive order will expire after midnight on November 3, giving both sides more time.",
      ]),
    ).toEqual([['ends', '2025-11-03']]);
  });

  it('ends it when the order is named with a plain article', async () => {
    expect(await kindsAndDates(PUBLISHED, [PAUSE, 'The new order expires on November 3, officials said.'])).toEqual([
      ['ends', '2025-11-03'],
    ]);
  });

  it('gives no end for an order in an article that is not about trade', async () => {
    expect(
      await kindsAndDates(PUBLISHED, [
        'The city council met on Monday to discuss parking.',
        "The mayor's emergency order will expire on November 3.",
      ]),
    ).toEqual([]);
  });
});
