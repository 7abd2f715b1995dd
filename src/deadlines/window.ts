import { DateTime } from 'luxon';

/**
 * An end told only as a stretch of days around the article ("the pause was set to end this week",
 * "the truce expires next week", "the waiver lapses later this month"): the first and last day it
 * can fall on. It names no day by itself; the day comes from a date the article states within it.
 */
export interface Window {
  from: string;
  to: string;
}

const END_WORDS = String.raw`(?:end|ends|ending|expire|expires|expiring|lapse|lapses|lapsing|run\s+out|runs\s+out|running\s+out|deadline\s+(?:is|falls|comes))`;
const WINDOW = new RegExp(
  String.raw`\b${END_WORDS}\s+(?:(later|early|at\s+the\s+end\s+of)\s+)?(this|next|the\s+coming)\s+(week|weekend|month)\b`,
  'i',
);

/** The window an end sentence gives, read from the article's day (weeks run Monday to Sunday). */
export function endWindow(sentence: string, published: string): Window | undefined {
  const m = WINDOW.exec(sentence);
  if (!m) return undefined;
  const day = DateTime.fromISO(published, { zone: 'UTC' });
  const next = !/^this$/i.test(m[2] ?? '');
  const unit = (m[3] ?? '').toLowerCase();
  const iso = (d: DateTime) => d.toISODate() ?? published;
  if (unit === 'month') {
    const month = next ? day.plus({ months: 1 }).startOf('month') : day.startOf('month');
    return { from: iso(next ? month : day), to: iso(month.endOf('month')) };
  }
  const week = (next ? day.plus({ weeks: 1 }) : day).startOf('week');
  if (unit === 'weekend') return { from: iso(week.plus({ days: 5 })), to: iso(week.plus({ days: 6 })) };
  return { from: iso(week), to: iso(week.plus({ days: 6 })) };
}

export const inWindow = (date: string, window: Window) => date >= window.from && date <= window.to;
