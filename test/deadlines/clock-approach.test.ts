import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * Sentences written for these tests (the class comes from real news of the status42 lane's set);
 * Tuesday 2026-03-03 is the article's day.
 */
const TUESDAY = '2026-03-03';

describe('a clock time’s approach between a start cue and its day', () => {
  it('lists "starting just past midnight Tuesday" as the day the tariffs took effect in /deadline', async () => {
    expect(
      await kindsAndDates(TUESDAY, [
        'Starting just past midnight Tuesday, imports from Ruritania are now taxed at 25%, with Ruritanian cheese subject to 10% import duties.',
      ]),
    ).toEqual([['takes effect', '2026-03-03']]);
  });

  it('lists "beginning shortly after midnight Friday" as a start ahead in /deadline', async () => {
    expect(
      await kindsAndDates(TUESDAY, [
        'Beginning shortly after midnight Friday, the 25% duties on Freedonian steel apply, the ministry said.',
      ]),
    ).toEqual([['takes effect', '2026-03-06']]);
  });
});
