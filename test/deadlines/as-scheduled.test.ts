import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * "as scheduled" or "as planned" between a start cue and its day ("will take effect as planned on
 * Sept. 20") leaves the day the start's. Sentences written for these tests.
 */
describe('/deadline list: a start "as planned"', () => {
  it('lists the day', async () => {
    expect(
      await kindsAndDates('2026-09-01', ["Ruritania's 12% tariff on Peru will take effect as planned on Sept. 20."]),
    ).toEqual([['takes effect', '2026-09-20']]);
  });

  it('lists a bare weekday "as scheduled" as the coming one', async () => {
    expect(
      await kindsAndDates('2026-09-01', [
        "Ruritania's 12% tariff on Peru is still set to go into effect as scheduled on Friday, though talks go on.",
      ]),
    ).toEqual([['takes effect', '2026-09-04']]);
  });
});
