import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { addDays, addTime, isoDay, type Time } from './days.ts';
import { countOf, NUMBER_WORDS } from '../text/number-words.ts';
import { MONTH_STEMS, WEEKDAY_STEMS } from './names.ts';

/**
 * Dates in news text, read by chrono relative to the article's publication date. chrono finds the
 * date; a day without a year (or a bare weekday) is placed by the tense its caller reads around it,
 * never by the machine's clock.
 */

/**
 * Which way a day without a year, or a bare weekday, lies from the article: ahead ("ends Aug. 12",
 * "effective Saturday"; for a month and day, on or after two months before the article), on or before
 * it ("took effect on Tuesday"), or whichever is nearer (a half year either side for a month and
 * day; the article's week for a weekday).
 */
export type Tense = 'past' | 'future' | 'nearest';

export interface DateReading {
  /** Where the date stands in the text (a leading "on" is left to the words before). */
  start: number;
  end: number;
  text: string;
  /** The text names a day or a weekday, not only a week, a month or a year ("next week", "next month"). */
  daily: boolean;
  /** The text gives a weekday alone ("on Tuesday", "Friday,"): no day of its own. */
  weekday: boolean;
  /** The day it names (the first of a range), YYYY-MM-DD, read in `tense`. */
  day(tense: Tense): string;
  /** The last day of a range ("from Aug. 12 to Nov. 10"), when it is one. */
  until?: (tense: Tense) => string;
  /**
   * Of a day counted from another ("21 days from Wednesday"), that other day alone: a reader that
   * counts the time itself (a pause's end) takes it.
   */
  anchor?: DateReading;
}

/** "the first of next month", which chrono reads as "next month" with no day. */
const FIRST_OF_NEXT_MONTH: chrono.Parser = {
  pattern: () => /\bthe\s+(?:first|1st)\s+(?:day\s+)?of\s+next\s+month\b/i,
  extract: (context) => {
    const next = DateTime.fromJSDate(context.reference.instant).plus({ months: 1 });
    return context.createParsingComponents({ day: 1, month: next.month, year: next.year });
  },
};

/**
 * "the end of the year", "year-end", "the end of 2025": the last day of that year, the article's
 * when none is named (chrono reads "the end of this year" only).
 */
const END_OF_THE_YEAR: chrono.Parser = {
  pattern: () => /\b(?:the\s+end\s+of\s+(?:the\s+year|(\d{4}))|(?:the\s+)?year[-\s]end)\b/i,
  extract: (context, match) => {
    const year = match[1] ? Number(match[1]) : DateTime.fromJSDate(context.reference.instant).year;
    return context.createParsingComponents({ day: 31, month: 12, year });
  },
};

/** "the end of July": the month's last day, its year left to the tense like any day without one. */
const END_OF_A_MONTH: chrono.Parser = {
  pattern: () => /\bthe\s+end\s+of\s+([A-Z][a-z]{2,8})\.?(?:\s+(\d{4}))?\b/,
  extract: (context, match) => {
    const name = match[1] ?? '';
    const month = [DateTime.fromFormat(name, 'LLLL'), DateTime.fromFormat(name, 'LLL')].find((d) => d.isValid);
    if (!month) return null;
    const year = match[2] ? Number(match[2]) : DateTime.fromJSDate(context.reference.instant).year;
    const day = DateTime.utc(year, month.month).daysInMonth ?? 28;
    const components = context.createParsingComponents({ day, month: month.month });
    return match[2] ? components.assign('year', year) : components.imply('year', year);
  },
};

/**
 * "took effect on the 24th (local time)", "signed on the 20th,": a day of the month with no month,
 * as Korean wire copy writes it. Only after a preposition or a comma and before a clause's end or
 * a clock word, so that "the 13th Malaysia Plan" or "the 5th-largest" stay no dates. Its month is
 * placed by tense around the article's (see `monthOf`).
 */
const DAY_OF_THE_MONTH: chrono.Parser = {
  pattern: () =>
    /(?<=\b(?:on|from|until|till|by|since|before|after|through)\s+|,\s*)the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?()]|$|local\b|at\b|when\b|and\b|will\b))/i,
  extract: (context, match) => context.createParsingComponents({ day: Number(match[1]) }),
};

const parser = chrono.casual.clone();
parser.parsers.push(FIRST_OF_NEXT_MONTH, END_OF_THE_YEAR, END_OF_A_MONTH, DAY_OF_THE_MONTH);

/** Cheap test before chrono, the costly part: a day needs a digit, a weekday, a relative day, "first of", "end of" or "year-end". */
const MAY_NAME_DAY =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|tonight)\b|\bend of\b|\bfirst of\b|\byear[-\s]end\b/i;
/** A month or a year word too, for callers that take "next month" as well as a day. */
const MAY_NAME_MONTH = /\b(?:next|this|coming)\s+(?:week|month|year)\b/i;

/** "next week": chrono gives it a day (seven days on), which no one stated. */
const WHOLE_PERIOD = /^(?:next|this|coming|last)\s+(?:week|month|year)$/i;
/** A clock time, with its zone, before or after a weekday: "midnight on Sunday", "Friday at 12:01 a.m. ET". */
const CLOCK =
  '(?:midnight|noon|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:[A-Z]{2,4}|Eastern|Pacific|Central|Washington|Beijing|Brussels)(?:\\s+time)?)?)';
const BARE_WEEKDAY = new RegExp(
  `^(?:(?:at\\s+)?${CLOCK}\\s+(?:on\\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?(?:\\s+(?:at\\s+)?${CLOCK})?$`,
  'i',
);
/**
 * A count of days, weeks or months and no day of its own ("in 30 days", "15 days after"): chrono
 * counts it from the article's date, which is rarely the day it counts from. A day it names keeps
 * it ("90 days after April 9").
 */
const COUNTED =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)[\s-]+(?:day|week|month|year)s?\b/i;
const NAMED_DAY = new RegExp(
  String.raw`\b(?:${MONTH_STEMS})[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:${MONTH_STEMS})|\b(?:${WEEKDAY_STEMS}|to)day\b|\btomorrow\b`,
  'i',
);
/** A day needs a word that names one: chrono also reads "lasts" as a date. */
const NAMES_A_DAY = new RegExp(
  String.raw`\d|\b(?:${WEEKDAY_STEMS}|to|yester)day\b|\b(?:tomorrow|tonight|midnight|noon|end|first)\b|\b(?:${MONTH_STEMS})[a-z]*\b`,
  'i',
);

/**
 * A year a century or more from the article's names no day of news: chrono reads a tariff code
 * ("subheading 9903.03.01") as a date.
 */
const farYear = (start: chrono.ParsedComponents, published: string) =>
  start.isCertain('year') && Math.abs((start.get('year') ?? 0) - Number(published.slice(0, 4))) >= 100;

/** Noon of the article's day in local time: chrono reads components in local time. */
function reference(published: string): Date {
  const [y = 1970, m = 1, d = 1] = published.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

/**
 * A day without a year up to two months before the article is that recent day even when the words
 * look ahead: news reports a start or an end in the present tense for weeks after it ("the 50%
 * tariff, which applies from Aug. 27" in September, "the reduced rate is effective Nov. 1" in a
 * December notice); a day ten months or more ahead is rarely given without its year.
 */
const RECENT_DAYS = 61;

/**
 * Of one day told without its year or month, as it falls a year or month before, in and after the
 * article's (`candidates`), the one `tense` gives: ahead from `aheadFrom` for the future, on or
 * before the article's day for the past, else the nearest (ties go ahead: news about a day told so
 * is mostly about what comes).
 */
function byTense(
  [before, same, after]: readonly [string, string, string],
  published: string,
  tense: Tense,
  aheadFrom = published,
): string {
  if (tense === 'future') return same >= aheadFrom ? same : after;
  if (tense === 'past') return same <= published ? same : before;
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(published));
  return [same, after, before].reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/** A month and day without a year, placed by `tense` from the article's day. */
function yearOf(month: number, day: number, published: string, tense: Tense): string {
  const year = Number(published.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => isoDay(y, month, day)) as [string, string, string];
  return byTense(candidates, published, tense, addDays(published, -RECENT_DAYS));
}

/** A day of the month with no month, in the article's month or the one before or after, by `tense`. */
function monthOf(day: number, published: string, tense: Tense): string {
  const here = DateTime.fromISO(published, { zone: 'UTC' });
  const candidates = [-1, 0, 1].map((m) => {
    const month = here.plus({ months: m });
    return isoDay(month.year, month.month, day);
  }) as [string, string, string];
  return byTense(candidates, published, tense);
}

/** A bare weekday (chrono: 0 = Sunday), on or after, or on or before, the article's day. */
function weekdayOf(weekday: number, published: string, tense: 'past' | 'future'): string {
  const day = DateTime.fromISO(published, { zone: 'UTC' });
  const ahead = (weekday - (day.weekday % 7) + 7) % 7; // luxon: 7 = Sunday
  return day.plus({ days: tense === 'future' ? ahead : -((7 - ahead) % 7) }).toISODate() ?? '';
}

function dayReader(component: chrono.ParsedComponents, weekday: boolean, published: string) {
  // Readings are shared by `readDates`' callers, which ask the same tense again: each is placed once.
  const placed = new Map<Tense, string>();
  return (tense: Tense): string => {
    const known = placed.get(tense);
    if (known !== undefined) return known;
    const day = placeDay(component, weekday, published, tense);
    placed.set(tense, day);
    return day;
  };
}

function placeDay(component: chrono.ParsedComponents, weekday: boolean, published: string, tense: Tense): string {
  const month = component.get('month') ?? 1;
  const day = component.get('day') ?? 1;
  // The nearest weekday is chrono's: the one in the article's week (Monday to Sunday).
  if (weekday && tense !== 'nearest') return weekdayOf(component.get('weekday') ?? 0, published, tense);
  if (!component.isCertain('year') && component.isCertain('month')) return yearOf(month, day, published, tense);
  if (!component.isCertain('month') && component.isCertain('day')) return monthOf(day, published, tense);
  return isoDay(component.get('year') ?? 0, month, day);
}

/**
 * The dates of `text`, first to last, relative to an article published on `published`
 * (YYYY-MM-DD). With `months`, "next month" and the like too (`daily` false); without, only dates
 * with a day or a weekday.
 */
export function readDates(text: string, published: string, options: { months?: boolean } = {}): readonly DateReading[] {
  if (!MAY_NAME_DAY.test(text) && !(options.months && MAY_NAME_MONTH.test(text))) return [];
  // The rates' status checks read the same sentence several times (a start ahead, a start before,
  // a day long past): chrono is the extractors' costliest step, so the last readings are kept.
  const key = `${published}|${options.months === true}|${text}`;
  const known = recent.get(key);
  if (known) return known;
  const readings = parse(text, published, options.months === true);
  if (recent.size >= RECENT_READINGS) recent.delete(recent.keys().next().value as string);
  recent.set(key, readings);
  return readings;
}

/** How many texts' readings `readDates` keeps: a sentence's checks follow one another closely. */
const RECENT_READINGS = 64;
const recent = new Map<string, readonly DateReading[]>();

/**
 * A count of time and the day it counts from: "21 days from Wednesday", "90 days after April 9".
 * chrono reads "after" so but takes "from" for the day alone, the wrong day by the whole count.
 */
const COUNT = String.raw`\b(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})[\s-]+(day|week|month)s?\s+`;
const COUNT_FROM = new RegExp(`${COUNT}from\\s+$`, 'i');
const COUNT_AFTER = new RegExp(`^${COUNT}after\\s+`, 'i');
const timeOf = (count: RegExpExecArray): Time => ({
  [`${(count[2] ?? 'day').toLowerCase()}s`]: countOf(count[1] ?? ''),
});

function parse(text: string, published: string, months: boolean): readonly DateReading[] {
  const readings: DateReading[] = [];
  for (const result of parser.parse(text, reference(published))) {
    const known = (c: chrono.ParsedComponents) => c.isCertain('day') || c.isCertain('weekday');
    const daily = known(result.start) && !WHOLE_PERIOD.test(result.text);
    if (!daily && !months) continue;
    if (!NAMES_A_DAY.test(result.text) && !MAY_NAME_MONTH.test(result.text)) continue;
    if (COUNTED.test(result.text) && !NAMED_DAY.test(result.text)) continue;
    if (farYear(result.start, published)) continue;
    // chrono takes a leading "on" into some dates ("on Thursday", "on 9 July"): it belongs to the words before.
    const lead = /^on\s+/i.exec(result.text)?.[0].length ?? 0;
    const own = result.text.slice(lead);
    const weekday =
      !result.start.isCertain('day') && result.start.isCertain('weekday') && BARE_WEEKDAY.test(own.trim());
    const end = result.end && known(result.end) ? result.end : undefined;
    const reading: DateReading = {
      start: result.index + lead,
      end: result.index + result.text.length,
      text: own,
      daily,
      weekday,
      day: dayReader(result.start, weekday, published),
      ...(end ? { until: dayReader(end, false, published) } : {}),
    };
    readings.push(counted(text, reading, published, months) ?? reading);
  }
  return joinedDays(readings, text);
}

/** A reading as the end of a count of time before it or within it, with the day counted from as its anchor. */
function counted(text: string, reading: DateReading, published: string, months: boolean): DateReading | undefined {
  if (!reading.daily || reading.until) return undefined;
  const from = COUNT_FROM.exec(text.slice(0, reading.start));
  if (from) return countedFrom(text, from.index, timeOf(from), reading);
  const after = COUNT_AFTER.exec(reading.text);
  if (!after) return undefined;
  const anchor = parse(reading.text.slice(after[0].length), published, months)[0];
  if (!anchor) return undefined;
  const at = reading.start + after[0].length;
  return countedFrom(text, reading.start, timeOf(after), { ...anchor, start: anchor.start + at, end: anchor.end + at });
}

const countedFrom = (text: string, start: number, time: Time, anchor: DateReading): DateReading => ({
  start,
  end: anchor.end,
  text: text.slice(start, anchor.end),
  daily: true,
  weekday: false,
  day: (tense) => addTime(anchor.day(tense), time),
  anchor,
});

/** "one minute after midnight", "12:01 a.m.": a clock time that names no day of its own. */
const CLOCK_ONLY =
  /^(?:(?:\w+\s+)?(?:minutes?|seconds?)\s+(?:after|past|before)\s+)?(?:midnight|noon|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)$/i;
/** "Tuesday into Wednesday": a night from one day into the next. */
const INTO_NEXT = /^\s+(?:into|to)\s+$/i;

/** "Friday (Nov. 14)": what stands between a weekday and the date it is given in brackets. */
const OPEN_BRACKET = /^\s*\(\s*$/;
const CLOSE_BRACKET = /^\s*\)/;
/** chrono may take "from" or a clock time into a weekday ("from 12:01 a.m. Thursday"). */
const ENDS_WITH_WEEKDAY = new RegExp(`(?:${WEEKDAY_STEMS})day$`, 'i');

/**
 * A clock time right before a day ("one minute after midnight Tuesday") falls on that day, a night
 * from one weekday into the next ("midnight Tuesday into Wednesday") on the second, and a weekday
 * with its date in brackets ("Thursday (Nov. 13)") on that date: one reading of the whole, with the
 * day its last part names.
 */
function joinedDays(readings: DateReading[], text: string): DateReading[] {
  const joined: DateReading[] = [];
  for (let i = 0; i < readings.length; i++) {
    let reading = readings[i] as DateReading;
    const next = readings[i + 1];
    if (next?.daily && CLOCK_ONLY.test(reading.text) && /^\s*(?:on\s+)?$/i.test(text.slice(reading.end, next.start))) {
      reading = { ...next, start: reading.start, text: text.slice(reading.start, next.end) };
      i++;
    }
    const after = readings[i + 1];
    if (reading.weekday && after?.weekday && INTO_NEXT.test(text.slice(reading.end, after.start))) {
      reading = { ...after, start: reading.start, text: text.slice(reading.start, after.end) };
      i++;
    }
    const dated = readings[i + 1];
    const close = dated ? CLOSE_BRACKET.exec(text.slice(dated.end)) : null;
    if (
      ENDS_WITH_WEEKDAY.test(reading.text) &&
      dated?.daily &&
      !dated.weekday &&
      close &&
      OPEN_BRACKET.test(text.slice(reading.end, dated.start))
    ) {
      const end = dated.end + close[0].length;
      reading = { ...dated, start: reading.start, end, text: text.slice(reading.start, end) };
      i++;
    }
    joined.push(reading);
  }
  return joined;
}
