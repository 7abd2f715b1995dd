import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * A day before a noun of something said or done ("Monday threats to double tariffs", "Friday's
 * ruling") tells when that happened, even in a sentence about a pause: no pause ends that day. A
 * deadline's own noun after the day ("the Friday deadline") still names one. Sentences written for
 * this test (2 September 2026 is a Wednesday).
 */
describe('a day before a noun of an act', () => {
  it('is no deadline', async () => {
    expect(
      await kindsAndDates('2026-09-02', [
        'Copper prices held up in Lima on Wednesday.',
        'The new levies came into force hours after officials said Washington would not follow through on Monday threats to double tariffs on Peruvian copper after Lima agreed to pause a surcharge on power exports.',
      ]),
    ).toEqual([]);
  });

  it('leaves a deadline named by the day', async () => {
    expect(
      await kindsAndDates('2026-09-02', [
        'Copper prices held up in Lima on Wednesday.',
        'Peru has until the Friday deadline to strike a deal before the pause on tariffs on its copper ends.',
      ]),
    ).toEqual([['ends', '2026-09-04']]);
  });
});
