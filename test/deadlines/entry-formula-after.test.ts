import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * The customs entry formula with a bare "after" ("effective for goods entered or withdrawn from
 * warehouse after 12:01 a.m. eastern daylight time on June 3"): the change takes effect that day.
 * Sentences written for these tests; articles of Monday 2025-06-02.
 */
const PUBLISHED = '2025-06-02';

describe('/deadline list: the entry formula with a bare "after"', () => {
  it('gives the day the lower tariffs take effect', async () => {
    expect(
      await kindsAndDates(PUBLISHED, [
        'The order states the lower tariffs on goods from Freedonia will be effective for goods entered or withdrawn from warehouse after 12:01 a.m. eastern daylight time on June 3, 2025.',
      ]),
    ).toEqual([['takes effect', '2025-06-03']]);
  });

  it('gives it for goods entered for consumption after a clock time', async () => {
    expect(
      await kindsAndDates(PUBLISHED, [
        'The 15% duty on Freedonian steel applies to goods entered for consumption after 12:01 a.m. on June 9.',
      ]),
    ).toEqual([['takes effect', '2025-06-09']]);
  });
});
