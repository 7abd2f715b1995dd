import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/dates/days.ts';
import { readDates, type Tense } from '../../src/dates/read.ts';

/** The days `text` names, read in `tense` from an article published on `published`. */
const days = (text: string, published: string, tense: Tense) => readDates(text, published).map((r) => r.day(tense));

describe('a month and day without a year', () => {
  it('lies on or after the article in the future tense, even more than half a year ahead', () => {
    expect(days('the levy applies beginning August 1', '2026-01-20', 'future')).toEqual(['2026-08-01']);
    expect(days('the pause runs until January 5', '2025-05-02', 'future')).toEqual(['2026-01-05']);
    expect(days('the new duties apply from March 3', '2026-03-03', 'future')).toEqual(['2026-03-03']);
  });

  it('is a day of the last two months rather than ten months or more ahead', () => {
    expect(days('the 50% tariff, which applies from Aug. 27', '2025-09-10', 'future')).toEqual(['2025-08-27']);
    expect(days('the reduced rate is effective Nov. 1', '2025-12-04', 'future')).toEqual(['2025-11-01']);
    expect(days('the 50% tariff applies from July 2', '2025-09-10', 'future')).toEqual(['2026-07-02']);
  });

  it('lies on or before the article in the past tense', () => {
    expect(days('the tariff took effect on December 12', '2026-02-01', 'past')).toEqual(['2025-12-12']);
    expect(days('the tariff took effect on April 9', '2026-04-09', 'past')).toEqual(['2026-04-09']);
  });

  it('is the nearer one when nothing says which', () => {
    expect(days('talks on Oct. 30 led nowhere', '2026-01-10', 'nearest')).toEqual(['2025-10-30']);
    expect(days('talks on Feb. 14 are planned', '2025-12-01', 'nearest')).toEqual(['2026-02-14']);
  });

  it('keeps a year the text states', () => {
    expect(days('it expires on 9 July 2025', '2026-03-01', 'future')).toEqual(['2025-07-09']);
  });
});

describe('weekdays and relative days', () => {
  // 2026-01-15 is a Thursday.
  it('reads a bare weekday ahead, behind, or in the article’s week', () => {
    expect(days('effective Monday', '2026-01-15', 'future')).toEqual(['2026-01-19']);
    expect(days('it took effect on Monday', '2026-01-15', 'past')).toEqual(['2026-01-12']);
    expect(days('officials met on Monday', '2026-01-15', 'nearest')).toEqual(['2026-01-12']);
    expect(days('a vote due Thursday', '2026-01-15', 'future')).toEqual(['2026-01-15']);
  });

  it('flags a weekday with a clock time as a weekday alone', () => {
    for (const text of [
      'expires at midnight on Sunday',
      'takes effect at 12:01 a.m. EDT on Sunday',
      'from Sunday at noon',
    ])
      expect(days(text, '2026-01-15', 'future')).toEqual(['2026-01-18']);
  });

  it('leaves a leading "on" to the words before, and flags a weekday alone', () => {
    const [reading] = readDates('the rates rise on Friday', '2026-01-15');
    expect(reading).toMatchObject({ text: 'Friday', start: 'the rates rise on '.length, weekday: true });
    expect(readDates('effective Friday, Jan. 23', '2026-01-15')[0]?.weekday).toBe(false);
  });

  it('reads "tomorrow", "next Tuesday" and the first of next month, across a year end', () => {
    expect(days('by tomorrow', '2026-01-15', 'future')).toEqual(['2026-01-16']);
    expect(days('next Tuesday', '2026-01-15', 'future')).toEqual(['2026-01-20']);
    expect(days('the rates apply from the first of next month', '2025-12-10', 'future')).toEqual(['2026-01-01']);
    expect(days('from the 1st day of next month', '2026-03-31', 'nearest')).toEqual(['2026-04-01']);
  });

  it('gives "next week" and "next month" only when asked for dates without a day', () => {
    expect(readDates('the tariff starts next month', '2026-01-15')).toEqual([]);
    expect(readDates('the tariff starts next week', '2026-01-15')).toEqual([]);
    expect(readDates('the tariff starts next week', '2026-01-15', { months: true })[0]?.daily).toBe(false);
    const [month] = readDates('the tariff starts next month', '2026-01-15', { months: true });
    expect(month?.daily).toBe(false);
    expect(month?.day('future').slice(0, 7)).toBe('2026-02');
  });
});

describe('ranges and arithmetic', () => {
  it('reads both ends of a range', () => {
    const [range] = readDates('extended from Aug. 12 to Nov. 10', '2025-08-11');
    expect(range?.day('nearest')).toBe('2025-08-12');
    expect(range?.until?.('future')).toBe('2025-11-10');
  });

  it('finds nothing in text without a date', () => {
    expect(readDates('the two sides agreed to keep talking', '2026-01-15')).toEqual([]);
    // chrono reads "lasts" as a day.
    expect(readDates('the truce lasts 90 days', '2026-01-15')).toEqual([]);
  });

  it('gives no day for a count from the article’s date, but keeps one counted from a day it names', () => {
    expect(readDates('the measures come into force in 30 days', '2026-01-15')).toEqual([]);
    expect(readDates('it applies 15 days after the order is signed', '2026-01-15')).toEqual([]);
    expect(days('the pause ends 90 days after April 9', '2025-04-10', 'nearest')).toEqual(['2025-07-08']);
  });

  it('reads the end of a named year', () => {
    expect(days('the levy expires at the end of 2027', '2026-01-15', 'future')).toEqual(['2027-12-31']);
  });

  it('counts days from a stated day', () => {
    expect(addDays('2025-05-14', 90)).toBe('2025-08-12');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-10', -11)).toBe('2024-12-30');
    expect(addDays('not a day', 3)).toBe('not a day');
    expect(daysBetween('2025-08-12', '2025-05-14')).toBe(90);
  });
});
