import { DateTime } from 'luxon';

/** Calendar days as YYYY-MM-DD strings, in UTC: a day of a news story has no time zone of its own. */

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return addTime(date, { days });
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
