import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import {
  EFFECT_BEFORE_WORDS,
  END_AFTER_WORDS,
  END_BEFORE_WORDS,
  EXTENSION_WORDS,
  FORMER_BEFORE_WORDS,
  FORMER_MARKERS,
  PLAN_WORDS,
  PAST_AUXILIARIES,
  PAST_WORDS,
  START_WORDS,
} from './cues.ts';
import { phraseAlternation } from '../text/patterns.ts';

/**
 * Dates in a sentence, found by chrono and resolved against the article's date, each with the
 * part it plays: the end of a pause, a former end (history), a start ("from May 14": of a pause,
 * or of a tariff in a sentence about no pause), the day a tariff takes effect, a former such day
 * ("originally set to take effect on July 9, now delayed"), or any other date.
 */
export type DateRole = 'end' | 'former' | 'start' | 'effect' | 'former-effect' | 'other';

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
  role: DateRole;
}

export interface Span {
  start: number;
  end: number;
}

const END_BEFORE = new RegExp(`\\b(?:${phraseAlternation(END_BEFORE_WORDS)})\\s+(?:on\\s+|at\\s+)?(?:the\\s+)?$`, 'i');
const TO_BEFORE = /\b(?:to|until)\s+(?:the\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** A clock time between a cue and its date: "take effect at 0501 GMT on", "on or after 12:01 a.m. EDT on". */
const CLOCK = '(?:\\s+(?:at\\s+)?(?:midnight|noon|\\d[\\d:.]*)[^;!?,]{0,30}?\\s+on)?';
const EFFECT_BEFORE = new RegExp(
  `\\b(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})${CLOCK}\\s+(?:on\\s+|from\\s+|as\\s+of\\s+)?(?:the\\s+)?$`,
  'i',
);
const START_BEFORE = new RegExp(
  `\\b(?:${phraseAlternation(START_WORDS)})${CLOCK}\\s+(?:on\\s+|from\\s+)?(?:the\\s+)?$`,
  'i',
);
/** "By April 9, Trump had paused …": when something had happened, not an end. */
const BY_THEN = /^\W*by\s+(?:the\s+)?$/i;
/** "the deadline for suspending the measures on July 9": the date a deadline noun names a few words on. */
const DEADLINE_ON = /\bdeadlines?\b[^.;:!?]{0,60}?\bon\s+(?:the\s+)?$/i;
const END_AFTER = new RegExp(`^\\s*(?:[\\w-]+\\s+)?(?:${phraseAlternation(END_AFTER_WORDS)})\\b`, 'i');
const FORMER_ON = new RegExp(
  `\\b(?:${phraseAlternation(FORMER_MARKERS)})\\s+(?:${phraseAlternation(PLAN_WORDS)})\\s+(?:the\\s+)?$`,
  'i',
);
const FORMER_BEFORE = new RegExp(`\\b(?:${phraseAlternation(FORMER_BEFORE_WORDS)})\\b`, 'i');
export const EXTENSION = new RegExp(`\\b(?:${phraseAlternation(EXTENSION_WORDS)})\\b`, 'i');
/** How far back a "was due to" may stand from its date ("was due to expire at midnight on"). */
const FORMER_REACH = 40;
const PAST_AUXILIARY = new RegExp(`\\b(?:${phraseAlternation(PAST_AUXILIARIES)})\\b`, 'i');
const PAST = new RegExp(`\\b(?:${phraseAlternation(PAST_WORDS)})\\b`, 'i');
/** How far back a past word may stand from its date ("took effect at 12:01 a.m. on"). */
const TENSE_REACH = 40;

/** Noon of the article's day in local time: chrono reads components in local time. */
function reference(published: string): Date {
  const [y = 1970, m = 1, d = 1] = published.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

const isoDate = (y: number, m: number, d: number) => DateTime.utc(y, m, d).toISODate() ?? '';

/**
 * An end date without a year falls within a year from a month before the article: "until March 3"
 * in February is this March, "until January 5" in May is next January, and "the pause that ended
 * March 3" in mid-March stays in the past.
 */
function endYear(month: number, day: number, published: string): string {
  const from = DateTime.fromISO(published, { zone: 'UTC' }).minus({ days: 31 });
  let at = DateTime.utc(from.year, month, day);
  if (at < from) at = at.plus({ years: 1 });
  return at.toISODate() ?? '';
}

/** Which way a date without a year (or a bare weekday) lies from the article. */
type Tense = 'past' | 'future' | 'nearest';

/** The latest such day on or before the article ("took effect on April 9" in December is this April). */
function pastYear(month: number, day: number, published: string): string {
  const at = DateTime.utc(Number(published.slice(0, 4)), month, day);
  return ((at.toISODate() ?? '') > published ? at.minus({ years: 1 }) : at).toISODate() ?? '';
}

/** A bare weekday ("on Tuesday"): the nearest one on or before, or on or after, the article's day. */
function weekdayOf(weekday: number, published: string, tense: 'past' | 'future'): string {
  const day = DateTime.fromISO(published, { zone: 'UTC' });
  const shift = (weekday - (day.weekday % 7) + 7) % 7; // chrono: 0 = Sunday; luxon: 7 = Sunday
  return (tense === 'future' ? day.plus({ days: shift }) : day.minus({ days: (7 - shift) % 7 })).toISODate() ?? '';
}

const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$/i;

function resolve(
  result: chrono.ParsedResult,
  component: chrono.ParsedComponents,
  tense: Tense,
  published: string,
): string {
  const [y, m, d] = [component.get('year') ?? 0, component.get('month') ?? 1, component.get('day') ?? 1];
  if (tense !== 'nearest' && !component.isCertain('year') && component.isCertain('month'))
    return tense === 'past' ? pastYear(m, d, published) : endYear(m, d, published);
  const weekday = component.get('weekday');
  if (tense !== 'nearest' && !component.isCertain('day') && weekday !== null && BARE_WEEKDAY.test(result.text.trim()))
    return weekdayOf(weekday, published, tense);
  return isoDate(y, m, d);
}

/**
 * Past words before a date put it on or before the article ("took effect on Tuesday", "expired on
 * March 3"); otherwise an end or a day a tariff takes effect lies ahead ("ends Aug. 12", "effective
 * Saturday"), and a start or any other date is the nearest one.
 */
function tenseOf(role: DateRole, before: string): Tense {
  // A replaced date may lie on either side of the article ("was due to expire on Aug. 12").
  if (role === 'other' || role === 'former' || role === 'former-effect') return 'nearest';
  if (PAST.test(before.slice(-TENSE_REACH))) return 'past';
  if (PAST_AUXILIARY.test(before.slice(-TENSE_REACH))) return 'nearest';
  return role === 'start' ? 'nearest' : 'future';
}

/** `after` is where the previous date ended: a "was due to" before that one is not about this one. */
function roleOf(sentence: string, span: Span, after: number, extension: boolean): DateRole {
  const before = sentence.slice(0, span.start);
  const rest = sentence.slice(span.end);
  const comma = /,\s*$/.test(sentence.slice(span.start, span.end)) || /^\s*,/.test(rest);
  if (BY_THEN.test(before) && comma) return 'other';
  const isEnd =
    END_BEFORE.test(before) ||
    END_AFTER.test(rest) ||
    DEADLINE_ON.test(before) ||
    (extension && TO_BEFORE.test(before));
  if ((extension && FROM_BEFORE.test(before)) || FORMER_ON.test(before)) return 'former';
  const former = FORMER_BEFORE.test(before.slice(Math.max(after, span.start - FORMER_REACH)));
  if (isEnd) return former ? 'former' : 'end';
  const effect = START_BEFORE.test(before) ? 'start' : EFFECT_BEFORE.test(before) ? 'effect' : 'other';
  return effect !== 'other' && extension && former ? 'former-effect' : effect;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A date with a known day has a digit, a weekday, a relative day or "the end of the month": a cheap test before chrono. */
const MAY_HAVE_DAY =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|tonight)\b|\bend of the\b/i;

/** Dates with a known day ("March 3", "9 April 2026", "next Tuesday") outside the `skip` spans. */
export function datesIn(sentence: string, published: string, skip: readonly Span[] = []): DateMention[] {
  if (!MAY_HAVE_DAY.test(sentence)) return [];
  const extension = EXTENSION.test(sentence);
  const mentions: DateMention[] = [];
  let after = 0;
  for (const result of chrono.parse(sentence, reference(published))) {
    const span = { start: result.index, end: result.index + result.text.length };
    if (skip.some((s) => overlaps(s, span))) continue;
    const known = (c: chrono.ParsedComponents) => c.isCertain('day') || c.isCertain('weekday');
    if (!known(result.start)) continue;
    const previousEnd = after;
    after = span.end;
    if (result.end && known(result.end)) {
      // A range: "from Aug. 12 to Nov. 10" moves a date when extending, else the pause runs over it.
      const startRole: DateRole = extension ? 'former' : 'other';
      const before = sentence.slice(0, span.start);
      mentions.push({
        ...span,
        date: resolve(result, result.start, tenseOf(startRole, before), published),
        role: startRole,
      });
      mentions.push({ ...span, date: resolve(result, result.end, tenseOf('end', before), published), role: 'end' });
      continue;
    }
    const role = roleOf(sentence, span, previousEnd, extension);
    const tense = tenseOf(role, sentence.slice(previousEnd, span.start));
    mentions.push({ ...span, date: resolve(result, result.start, tense, published), role });
  }
  return mentions;
}
