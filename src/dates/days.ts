import { DateTime } from 'luxon';

/** Calendar days as YYYY-MM-DD strings, in UTC: a day of a news story has no time zone of its own. */

/**
 * The day `days` after (or before, when negative) `date`. Plain UTC milliseconds: a day is always
 * 86,400,000 of them in UTC, and the extractors call this for every date they read, where going
 * through a calendar library cost more than the date reading around it.
 */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? date : new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

/** A stretch of calendar time: `{ days: 90 }`, `{ months: 1 }`. */
export type Time = Partial<Record<'days' | 'weeks' | 'months' | 'years', number>>;

/** The day `time` after `date`, on the calendar: a month after March 6 is April 6, after January 31 February's last day. */
export function addTime(date: string, time: Time): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus(time).toISODate() ?? date;
}

/** Whole days between two days, either order. */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** YYYY-MM-DD of a year, month (1-12) and day; a day past the month's end is its last ("February 29" of 2027 is the 28th). */
export function isoDay(year: number, month: number, day: number): string {
  const first = DateTime.utc(year, month, 1);
  return first.set({ day: Math.min(day, first.daysInMonth ?? 28) }).toISODate() ?? '';
}
