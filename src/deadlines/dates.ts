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
import { readDates, type Tense } from '../dates/read.ts';
import { phraseAlternation } from '../text/patterns.ts';

/**
 * Dates in a sentence, read by `src/dates/` against the article's date, each with the
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

/** Dates with a known day ("March 3", "9 April 2026", "next Tuesday") outside the `skip` spans. */
export function datesIn(sentence: string, published: string, skip: readonly Span[] = []): DateMention[] {
  const readings = readDates(sentence, published);
  if (readings.length === 0) return [];
  const extension = EXTENSION.test(sentence);
  const mentions: DateMention[] = [];
  let after = 0;
  for (const reading of readings) {
    const span = { start: reading.start, end: reading.end };
    if (skip.some((s) => overlaps(s, span))) continue;
    const previousEnd = after;
    after = span.end;
    if (reading.until) {
      // A range: "from Aug. 12 to Nov. 10" moves a date when extending, else the pause runs over it.
      const startRole: DateRole = extension ? 'former' : 'other';
      const before = sentence.slice(0, span.start);
      mentions.push({ ...span, date: reading.day(tenseOf(startRole, before)), role: startRole });
      mentions.push({ ...span, date: reading.until(tenseOf('end', before)), role: 'end' });
      continue;
    }
    const role = roleOf(sentence, span, previousEnd, extension);
    mentions.push({ ...span, date: reading.day(tenseOf(role, sentence.slice(previousEnd, span.start))), role });
  }
  return mentions;
}
