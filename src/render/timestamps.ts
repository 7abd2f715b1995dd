/**
 * Discord timestamp markup. Handlers put these in reply text; Discord renders them in each
 * reader's own time zone, and the terminal renderer rewrites them (see `renderTimestamps`).
 */
export type TimestampStyle = 'D' | 'F' | 'R';

const DAY_MS = 86_400_000;

/** `<t:UNIX:STYLE>` for an ISO date (YYYY-MM-DD, taken as midnight UTC) or an instant. */
export function discordTimestamp(when: string | Date, style: TimestampStyle): string {
  const ms = typeof when === 'string' ? Date.parse(when.length === 10 ? `${when}T00:00:00Z` : when) : when.getTime();
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** Whole days from a YYYY-MM-DD date to `now` (negative when the date is in the future). */
export function daysSince(isoDate: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${isoDate}T00:00:00Z`)) / DAY_MS);
}

/** "today", "1 day ago", "540 days ago", "in 3 days". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `${n} ${unit} ago` : `in ${n} ${unit}`;
}

/** Relative time for an instant: whole days when a day or more away ("540 days ago"), else hours or minutes. */
export function relativeTime(at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const units: [number, string][] = [
    [DAY_MS, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ];
  for (const [size, name] of units) {
    if (abs >= size) {
      const n = Math.floor(abs / size);
      const label = `${n} ${name}${n === 1 ? '' : 's'}`;
      return diff < 0 ? `${label} ago` : `in ${label}`;
    }
  }
  return 'now';
}

/** Rewrites Discord timestamp markup as plain text for the terminal (UTC). */
export function renderTimestamps(text: string, now: Date): string {
  return text.replace(/<t:(-?\d+):([DFR])>/g, (markup: string, unix: string, style: TimestampStyle) => {
    const at = new Date(Number(unix) * 1000);
    if (Number.isNaN(at.getTime())) return markup; // beyond what a Date can hold: leave it as typed
    const iso = at.toISOString();
    if (style === 'D') return iso.slice(0, 10);
    if (style === 'F') return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
    return relativeTime(at, now);
  });
}
