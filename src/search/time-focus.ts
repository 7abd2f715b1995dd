/**
 * When a question is about: the present ("what is the duty on Brazilian goods now?"), a named month
 * or date ("what did Beijing say in April?"), or no time in particular. The search uses it to prefer
 * articles of that time (see `passage-index.ts`).
 */
import { DateTime } from 'luxon';
import { MONTH_NAMES, MONTH_STEMS } from '../dates/names.ts';

export type TimeFocus =
  | { kind: 'now' }
  /**
   * Articles published between `from` and `to` (YYYY-MM-DD, inclusive) are of the time asked about;
   * `day` is the day named, or the last day of the month named; `month` is the question's words for
   * a month named without a day ("July 2025", "Aug."), which the search reads as a time, not as words.
   */
  | { kind: 'period'; day: string; from: string; to: string; month?: string };

/**
 * Phrases of several words that ask about the present: the time focus reads them, and a question's
 * terms leave them out ("right", "far" and the asker's "this week" say nothing of the subject, see
 * `questionTerms`). "This month" and "this year" are the asker's too: "how much will families pay this
 * year" asks of the newest news, not of a passage that says "a year later".
 */
const PRESENT_PHRASES =
  'at present|at the moment|these days|this week|this month|this year|right now|as it stands|so far|any more';
export const PRESENT_PHRASE = new RegExp(String.raw`\b(?:${PRESENT_PHRASES})\b`, 'gi');

/** Words that ask about the present state of things. */
const NOW = new RegExp(
  String.raw`\b(?:now|nowadays|currently|current|still|latest|newest|today|presently|anymore|${PRESENT_PHRASES})\b`,
  'i',
);

/** Each month's stem in lower case, in the year's order: a name's month is the stem it opens with. */
const MONTHS = MONTH_STEMS.toLowerCase().split('|');
/** Full names and their usual abbreviations ("Sept."); "May" and "March" alone only with a capital, since "may" and "march" are also common words. */
const MONTH = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTH_NAMES}|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{4}))?`,
  'gi',
);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Days around a named date, and after a named month, whose articles speak of it. */
const DATE_WINDOW = { before: 30, after: 21 } as const;
const MONTH_AFTER = 21;

/**
 * The time a query is about, read against `newest`, the date of the newest article: a month named
 * without a year is its latest occurrence up to then.
 */
export function timeFocusOf(query: string, newest: string): TimeFocus | undefined {
  const anchor = DateTime.fromISO(newest, { zone: 'utc' });
  const iso = ISO_DATE.exec(query);
  if (iso) {
    const day = DateTime.fromISO(iso[0], { zone: 'utc' });
    if (day.isValid) return around(day);
  }
  for (const m of query.matchAll(MONTH)) {
    const [, dayBefore, name = '', dayAfter, year] = m;
    const bare = !dayBefore && !dayAfter && !year;
    if (bare && /^(?:may|march)$/.test(name)) continue;
    const month = MONTHS.findIndex((p) => name.toLowerCase().startsWith(p)) + 1;
    if (month === 0 || !anchor.isValid) continue;
    let start = DateTime.utc(year ? Number(year) : anchor.year, month, 1);
    if (!year && start > anchor) start = start.minus({ years: 1 });
    const day = Number(dayBefore ?? dayAfter);
    if (day >= 1 && day <= start.daysInMonth!) return around(start.set({ day }));
    return {
      kind: 'period',
      day: iso8601(start.endOf('month')),
      from: iso8601(start),
      to: iso8601(start.endOf('month').plus({ days: MONTH_AFTER })),
      month: m[0].trim(),
    };
  }
  if (NOW.test(query)) return { kind: 'now' };
  return undefined;
}

function around(day: DateTime): TimeFocus {
  return {
    kind: 'period',
    day: iso8601(day),
    from: iso8601(day.minus({ days: DATE_WINDOW.before })),
    to: iso8601(day.plus({ days: DATE_WINDOW.after })),
  };
}

const iso8601 = (d: DateTime) => d.toISODate() ?? '';

/** A month named by its distance from the article's: "last month", "earlier this month", "next month". */
const RELATIVE_MONTH = /\b(last|this|next)\s+month\b/gi;
const MONTH_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * The months a text names relatively, by the date it was published ("last month" in an article of
 * 5 August is July): a question names the month ("the July agreement"), the article the distance.
 */
export function monthsNamedRelatively(text: string, published: string): string[] {
  const date = DateTime.fromISO(published, { zone: 'utc' });
  if (!date.isValid) return [];
  const names = MONTH_NAMES.split('|');
  return Array.from(
    text.matchAll(RELATIVE_MONTH),
    ([, which = '']) => names[date.plus({ months: MONTH_SHIFT[which.toLowerCase()] ?? 0 }).month - 1]!,
  );
}
