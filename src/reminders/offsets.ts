/** "How long before the deadline" lists: `7d,1d,1h`. */

const UNIT_SECONDS: Readonly<Record<string, number>> = { w: 604_800, d: 86_400, h: 3_600, m: 60 };
export const DEFAULT_BEFORE = '1d';
export const MAX_OFFSETS = 10;
const MAX_SECONDS = 365 * 86_400;

/** Seconds before the deadline, longest first; or what is wrong with the list. */
export function parseOffsets(text: string): { ok: true; seconds: number[] } | { ok: false; error: string } {
  const items = text.split(/[,\s]+/).filter(Boolean);
  if (items.length === 0) return { ok: false, error: 'Give at least one time before the deadline, e.g. `7d,1d,1h`.' };
  const seconds = new Set<number>();
  for (const item of items) {
    const match = /^(\d{1,4})([wdhm])$/i.exec(item);
    const value = match ? Number(match[1]) * (UNIT_SECONDS[(match[2] ?? '').toLowerCase()] ?? 0) : NaN;
    if (!(value >= 0 && value <= MAX_SECONDS))
      return {
        ok: false,
        error: `“${item}” is not a time before the deadline: use a number and w, d, h or m (e.g. \`7d,1d,1h\`), at most a year.`,
      };
    // Due at the deadline itself, it would come once the deadline had run out: the scheduler drops it.
    if (value === 0)
      return {
        ok: false,
        error: `“${item}” would fall due at the deadline itself, when it has already run out: give a time before it, e.g. \`1h\` or \`5m\`.`,
      };
    seconds.add(value);
  }
  if (seconds.size > MAX_OFFSETS) return { ok: false, error: `At most ${MAX_OFFSETS} times per reminder.` };
  return { ok: true, seconds: [...seconds].sort((a, b) => b - a) };
}

/** 604800 → "7d", 90000 → "25h", 300 → "5m": the largest unit that divides it, weeks written as days (as people type them). */
export function formatOffset(seconds: number): string {
  for (const unit of ['d', 'h', 'm']) {
    const size = UNIT_SECONDS[unit] ?? 60;
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${Math.round(seconds / 60)}m`;
}
