import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { ServerDeadlineRow, ServerDeadlineStore } from '../store/server-deadlines.ts';
import type { Deadline } from './deadline.ts';
import { DEFAULT_TIME_ZONE, resolveTimeZone } from './time.ts';
import { foldAccents } from '../text/accents.ts';

/** Server deadline ids: `server-` and the name in lower case, words joined by "-". */
export function serverDeadlineId(name: string): string {
  const slug = foldAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `server-${slug || 'deadline'}`;
}

export function serverDeadlineOf(row: ServerDeadlineRow): Deadline {
  return {
    id: row.id,
    title: row.name,
    kind: 'ends',
    origin: 'server',
    date: row.date,
    at: new Date(row.at).toISOString(),
    approximate: false,
    ...(row.source ? { source: row.source } : {}),
    history: row.history,
  };
}

/** Every deadline a guild sees: the corpus's and its own. */
export async function guildDeadlines(
  corpus: readonly Deadline[],
  store: ServerDeadlineStore,
  guildId: string,
): Promise<Deadline[]> {
  return [...corpus, ...(await store.list(guildId)).map(serverDeadlineOf)];
}

export interface DeadlineInput {
  date: string;
  time?: string;
  timeZone?: string;
}

export interface ResolvedTime {
  /** YYYY-MM-DD in `timeZone`. */
  date: string;
  /** Unix ms. */
  at: number;
  timeZone: string;
  hasTime: boolean;
}

/** One chrono result covering all of `text`, or undefined. */
function parseWhole(text: string, reference: Date): chrono.ParsedResult | undefined {
  const result = chrono.parse(text.trim(), reference, { forwardDate: true })[0];
  return result && result.index === 0 && result.text.length === text.trim().length ? result : undefined;
}

/**
 * Reads a date ("2025-06-15", "June 15", "tomorrow"), an optional time ("14:00", "2pm") and zone
 * ("Europe/Paris", "UTC", "ET"). Without a time it is the end of that day; without a zone, New York.
 * Dates without a year are the next such day.
 */
export function resolveDeadlineTime(
  input: DeadlineInput,
  now: Date,
): { ok: true; time: ResolvedTime } | { ok: false; error: string } {
  const timeZone = input.timeZone ? resolveTimeZone(input.timeZone) : DEFAULT_TIME_ZONE;
  if (!timeZone)
    return {
      ok: false,
      error: `Unknown time zone “${input.timeZone}”. Use an IANA name such as Europe/Paris or America/Chicago, or UTC.`,
    };
  // chrono reads the reference's local wall-clock time: give it the zone's.
  const wall = DateTime.fromJSDate(now).setZone(timeZone);
  const reference = new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const day = parseWhole(input.date, reference);
  if (!day || !day.start.isCertain('day'))
    return { ok: false, error: `“${input.date}” is not a date. Try 2025-06-15 or June 15.` };
  const date = {
    year: day.start.get('year') ?? wall.year,
    month: day.start.get('month') ?? 1,
    day: day.start.get('day') ?? 1,
  };
  let at = DateTime.fromObject(date, { zone: timeZone }).endOf('day').startOf('second');
  if (input.time) {
    const clock = parseWhole(input.time, reference);
    if (!clock || !clock.start.isCertain('hour'))
      return { ok: false, error: `“${input.time}” is not a time of day. Try 14:00 or 2pm.` };
    at = DateTime.fromObject(
      { ...date, hour: clock.start.get('hour') ?? 0, minute: clock.start.get('minute') ?? 0 },
      { zone: timeZone },
    );
  }
  if (!at.isValid) return { ok: false, error: `${input.date} ${input.time ?? ''} does not exist in ${timeZone}.` };
  return {
    ok: true,
    time: { date: at.toISODate() ?? '', at: at.toMillis(), timeZone, hasTime: input.time !== undefined },
  };
}
