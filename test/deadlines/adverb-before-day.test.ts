import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** Sentences written for these tests; Tuesday 2026-03-03 is the article's day. */
const TUESDAY = '2026-03-03';

describe('an adverb between a start and its day', () => {
  it('lists "will take effect immediately on Tuesday" as a start that day in /deadline', async () => {
    expect(
      await kindsAndDates(TUESDAY, [
        'Ruritania said a 25% tariff will take effect immediately on Tuesday against Freedonian goods worth $20 billion.',
      ]),
    ).toEqual([['takes effect', '2026-03-03']]);
  });

  it('lists "comes into force officially on March 10" as a start in /deadline', async () => {
    expect(
      await kindsAndDates(TUESDAY, [
        'The 15% duty on Freedonian cheese comes into force officially on March 10, the trade ministry said.',
      ]),
    ).toEqual([['takes effect', '2026-03-10']]);
  });
});
