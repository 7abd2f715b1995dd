import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * A tariff code written with dots ("subheading 9903.04.01") is no date, though a date parser reads
 * one (the year 9903). Sentences written for this test.
 */
describe('/deadline list: tariff codes', () => {
  it('lists the stated day and no day read from a code', async () => {
    expect(
      await kindsAndDates('2026-02-21', [
        'Ruritania said its new 12% import surcharge takes effect on March 3.',
        'Customs subheadings: 9903.04.01 for the new Ruritanian duty and 9903.04.02–9903.04.09 for exemptions.',
      ]),
    ).toEqual([['takes effect', '2026-03-03']]);
  });
});
