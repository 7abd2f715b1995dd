import { DateTime, IANAZone } from 'luxon';

/** Where US trade deadlines are announced: a date without a time ends at midnight there. */
export const DEFAULT_TIME_ZONE = 'America/New_York';

/** Abbreviations people type instead of IANA names. */
const ZONE_ALIASES: Record<string, string> = {
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  cet: 'Europe/Brussels',
  cest: 'Europe/Brussels',
  bst: 'Europe/London',
};

/** An IANA zone name for what the user typed ("Europe/Paris", "UTC", "ET"), or undefined. */
export function resolveTimeZone(input: string): string | undefined {
  const text = input.trim();
  const alias = ZONE_ALIASES[text.toLowerCase()];
  if (alias) return alias;
  // Intl spells a zone the canonical way ("europe/paris" → "Europe/Paris").
  return IANAZone.isValidZone(text)
    ? new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone
    : undefined;
}

/** The last second of `date` (YYYY-MM-DD) in `zone`, as an ISO instant. */
export function endOfDay(date: string, zone = DEFAULT_TIME_ZONE): string {
  return new Date(DateTime.fromISO(date, { zone }).endOf('day').startOf('second').toMillis()).toISOString();
}
