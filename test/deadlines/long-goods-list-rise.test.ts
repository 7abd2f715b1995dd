import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * A sector tariff told with a long list of goods, then a rise with its day ("A 25% tariff applies to
 * upholstered wooden furniture and kitchen cabinets, rising to 30% on January 1"): the day the rise
 * takes effect, however long the list. Sentences written for these tests; articles of 2025-09-30.
 */
const PUBLISHED = '2025-09-30';

describe('/deadline list: a rise told after a long list of goods', () => {
  it('shows the day the rise takes effect', async () => {
    for (const sentence of [
      'A 25% tariff applies to upholstered wooden sofas and imported kitchen cabinets, rising to 30% on January 1, 2026.',
      'A 25% tariff applies to upholstered wooden sofas and imported kitchen cabinets, rising to 30% and 50% respectively on January 1, 2026.',
    ])
      expect(await kindsAndDates(PUBLISHED, [sentence])).toEqual([['takes effect', '2026-01-01']]);
  });
});
