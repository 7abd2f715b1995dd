import { describe, expect, it } from 'vitest';
import { effectDates } from '../../src/deadlines/effects.ts';
import { datesIn } from '../../src/deadlines/dates.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * Customs wording "at or after" before a day, as "on or after" is: the day the rates start to
 * apply. Sentences written for these tests; the article is of Friday 2025-08-01.
 */
const SENTENCE =
  'The new Ruritanian rates will apply to goods cleared at or after Aug. 7, 12:01 a.m., a week after the order was signed.';

describe('/deadline: rates that apply to goods cleared "at or after" a day', () => {
  it('reads the day as an effect date of its sentence', () => {
    expect(effectDates(SENTENCE, datesIn(SENTENCE, '2025-08-01', []), false).map((d) => d.date)).toEqual([
      '2025-08-07',
    ]);
  });

  it('lists the day the rates take effect', async () => {
    expect(await kindsAndDates('2025-08-01', [SENTENCE])).toEqual([['takes effect', '2025-08-07']]);
  });
});
