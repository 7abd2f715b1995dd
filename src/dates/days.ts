import { DateTime } from 'luxon';

/** Calendar days as YYYY-MM-DD strings, in UTC: a day of a news story has no time zone of its own. */

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/** Whole days between two days, either order. */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** YYYY-MM-DD of a year, month (1-12) and day. */
export function isoDay(year: number, month: number, day: number): string {
  return DateTime.utc(year, month, day).toISODate() ?? '';
}
