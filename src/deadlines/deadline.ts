import type { ArticleRef } from '../corpus/article.ts';

/** Where a corpus date comes from: the article, and the paragraph holding the sentence. */
export type DeadlineSource = ArticleRef & { paragraph: number };

/** An earlier date of a deadline, kept when a later article (or a server admin) moved it. */
export interface DeadlineChange {
  date: string;
  approximate: boolean;
  /** The sentence that gave this date (corpus deadlines). */
  sentence?: string;
  article?: DeadlineSource;
  /** Who changed it and when (server deadlines). */
  note?: string;
  /** Later articles that state the same date (corpus deadlines): the date is corroborated. */
  alsoIn?: DeadlineSource[];
}

/**
 * A date on which a pause, truce, suspension or reprieve runs out, or a tariff takes effect. Plain
 * JSON: the corpus ones are cached on disk with the index. The id is stable across restarts and
 * rebuilds (reminders refer to it).
 */
export interface Deadline {
  /**
   * Corpus pauses: `<parties>-<topic>` (e.g. `us-china-tariffs`), ultimatums `…-deadline`; tariffs
   * taking effect: `<imposer>-<target>-<topic>-effect-<first date>`; server: `server-<slug of name>`.
   */
  id: string;
  title: string;
  /** Something runs out on the date (pauses, ultimatums, server deadlines), or a tariff takes effect. */
  kind: 'ends' | 'takes effect';
  origin: 'corpus' | 'server';
  /** YYYY-MM-DD, in the deadline's time zone. */
  date: string;
  /** The instant it runs out (ISO, UTC): the end of `date` unless a time was given. */
  at: string;
  /** Derived from a duration ("for at least the next 90 days"), not stated as a date. */
  approximate: boolean;
  /** The sentence that gives the current date, and its article (corpus deadlines). */
  sentence?: string;
  article?: DeadlineSource;
  /** Later articles that state the same date, oldest first. */
  alsoIn?: DeadlineSource[];
  /** What the admin gave as a source (server deadlines). */
  source?: string;
  /** Earlier dates, oldest first. */
  history: DeadlineChange[];
}

export type DeadlineStatus = 'upcoming' | 'passed';

export function deadlineStatus(deadline: Pick<Deadline, 'at'>, now: Date): DeadlineStatus {
  return Date.parse(deadline.at) > now.getTime() ? 'upcoming' : 'passed';
}

/** Upcoming first (soonest first), then passed (latest first). */
export function sortDeadlines<T extends Pick<Deadline, 'at' | 'id'>>(deadlines: readonly T[], now: Date): T[] {
  // Each date parsed once, not in every comparison.
  const keyed = deadlines.map((d) => ({ d, k: Date.parse(d.at) - now.getTime() }));
  return keyed
    .sort(({ d: a, k: ka }, { d: b, k: kb }) => {
      if (ka > 0 !== kb > 0) return ka > 0 ? -1 : 1;
      return (ka > 0 ? ka - kb : kb - ka) || a.id.localeCompare(b.id);
    })
    .map(({ d }) => d);
}

/** The deadline a user means: its id, else its title (any case), else the only title that contains it. */
export function findDeadline<T extends Pick<Deadline, 'id' | 'title'>>(
  deadlines: readonly T[],
  query: string,
): T | undefined {
  const q = query.trim().toLowerCase();
  const exact = deadlines.find((d) => d.id === query.trim() || d.title.toLowerCase() === q);
  if (exact) return exact;
  const partial = deadlines.filter((d) => d.title.toLowerCase().includes(q));
  return partial.length === 1 ? partial[0] : undefined;
}

/** Autocomplete choices: titles that contain what was typed, soonest upcoming first. */
export function deadlineChoices(
  deadlines: readonly Deadline[],
  typed: string,
  now: Date,
): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase();
  return sortDeadlines(
    deadlines.filter((d) => q === '' || d.title.toLowerCase().includes(q) || d.id.includes(q)),
    now,
  ).map((d) => ({ name: `${d.title} (${d.date})`, value: d.id }));
}
