import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * The day a document came out is not a start ("plans to impose a 50% tariff … in a draft notice
 * which was released on Monday"), and a start backdated with its clock time ("will apply
 * retroactively from 12:01 a.m. on November 1") is one. Sentences written for these tests.
 */
const RELEASED = [
  'Peruvian goods pay a 25% tariff on entering the United States.',
  'The president has laid out plans to impose a 50% tariff on Peruvian goods in a draft notice which was released on Monday.',
];

describe('dates of documents and backdated starts', () => {
  it('reads no deadline from the day a notice was released or published', async () => {
    expect(await kindsAndDates('2026-08-31', RELEASED)).toEqual([]);
    expect(
      await kindsAndDates('2026-08-31', [
        'The order imposing a 40% tariff on Peruvian copper was published on Monday in the Federal Register.',
      ]),
    ).toEqual([]);
  });

  it('lists the planned rate in /tariff as announced, not scheduled for the release day', async () => {
    const { line, text } = await tariffPeru([['2026-08-31', RELEASED]]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*50%\*\* · announced/);
    expect(text).not.toMatch(/\*\*50%\*\* · scheduled/);
  });

  it('reads a backdated start with its clock time as the day the tariff applies from', async () => {
    expect(
      await kindsAndDates('2025-12-04', [
        'According to the notice released Wednesday, the lowered tariff on Ruritanian cars will apply retroactively from 12:01 a.m. on November 1, Eastern Daylight Time.',
      ]),
    ).toEqual([['takes effect', '2025-11-01']]);
  });
});
