import { START_WORDS } from './cues.ts';
import { wordsSource } from './words.ts';
import { readDates } from '../dates/read.ts';
import { addDays } from '../dates/days.ts';
import { ACT_VERBS } from '../text/act-verbs.ts';
import { TRIP_FROM_BEFORE } from '../text/trip-from.ts';
import { phraseAlternation } from '../text/patterns.ts';
import { MONTH_NAMES } from '../dates/names.ts';

/** "Additional duties set for Oct. 1", "the tariff scheduled for Aug. 1": a levy's own date (not "talks set for Monday"). */
const LEVY_SET_FOR = String.raw`\b(?:tariffs?|duty|duties|levy|levies|rates?)\s+(?:[\p{L}-]+\s+)?(?:set|scheduled|slated|due|planned)\s+for`;
/**
 * Words right before a date that make it the day a rate starts: "starting Aug. 1", "from
 * Thursday", "effective November 10", "takes effect on Friday", "kicks in on Aug. 1", "go into effect Aug. 1". A bare "on"
 * counts after a verb of starting only: "said on Thursday" is when it was said.
 */
const START = String.raw`(?:${wordsSource(START_WORDS)}|${LEVY_SET_FOR}|\b(?:take|takes|taking|took)\s+effect|\bkicks?\s+in|\bcomes?\s+into\s+(?:force|effect)|\b(?:go|goes)\s+into\s+effect|\bappl(?:y|ies)|\bbegins?|\bstarts?)`;
export const START_BEFORE = new RegExp(String.raw`${START}(?:\s+on)?(?:\s+the)?\s*$`, 'iu');
/**
 * A relative clause after a rate that tells it imposed at a time already past: "an increase to the
 * top 25% tariff rates that Trump first imposed in March", "the 10% duty which was levied last
 * year". A start the article gives (a letter's, "The higher rates take effect Aug. 1") is the new
 * level's that the sentence sets against it, not this one's.
 */
export const IMPOSED_IN_PAST = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,3}?\s+(?:that|which)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:imposed|levied|introduced|slapped|placed)\s+(?:[^,;.]{0,40}?\s)?(?:in\s+(?:${MONTH_NAMES})|last\s+(?:year|month)|earlier\s+this\s+year)\b`,
  'iu',
);

/** A rate told as started already: "took effect", "came into force", "has taken effect". */
export const TOOK_EFFECT_WORDS = String.raw`\b(?:took|came\s+into|went\s+into|has\s+taken|had\s+taken)\s+(?:effect|force)\b`;
/** A start told in the past ("took effect on Tuesday", "kicked in on Monday"): its weekday lies behind the article. */
export const PAST_START_BEFORE =
  /\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|kicked\s+in|began|started|applied)(?:\s+on)?(?:\s+the)?\s*$/iu;
/** The period after the article's: "next month", "early next year" (not "next week's talks"). */
const NEXT_PERIOD = /\b(?:early\s+|late\s+)?next\s+(?:week|month|year)\b(?!['’])/giu;
/** A start word before a date or period: the day the rate starts, unless told as started already. */
const startBefore = (before: string) => START_BEFORE.test(before) && !PAST_START_BEFORE.test(before);

/**
 * True when `text` names a start after `published`: a date after it (a weekday after a start word
 * lies ahead), or the next period ("would face a 10% tariff starting next month"), which has no day
 * to read but lies ahead all the same.
 */
export function startsLater(text: string, published: string): boolean {
  if ([...text.matchAll(NEXT_PERIOD)].some((m) => startBefore(text.slice(0, m.index)))) return true;
  return readDates(text, published, { months: true }).some(
    (reading) =>
      startBefore(text.slice(0, reading.start)) && reading.day(reading.weekday ? 'future' : 'nearest') > published,
  );
}

/** "… to 84% on Thursday" in a sentence about a rate to come; but "said on Thursday" is when it was said. */
const ON_BEFORE = /\bon(?:\s+the)?\s*$/iu;
const SAID_ON_BEFORE = new RegExp(
  String.raw`\b(?:${phraseAlternation(ACT_VERBS)})(?:\s+[\p{L}.]+)?\s+on(?:\s+the)?\s*$`,
  'iu',
);
/** A verb in the past that tells an act: "published", "said", "took". */
const PAST_ACT = String.raw`(?:\p{Ll}{2,}ed|said|told|wrote|signed|unveiled|issued|sent|met|spoke|gave|made|took|put)\b`;
/** "The United States on Monday published a notice …": a bare "on" day before a past verb dates an act, not a start. */
const ACT_AFTER = new RegExp(String.raw`^\s+${PAST_ACT}`, 'u');
/** "On Friday, Trump said …": a day opening the sentence, before its subject's past verb, dates the act too. */
const OPENING_ON = /^\W*on(?:\s+the)?\s*$/iu;
const OPENING_ACT_AFTER = new RegExp(String.raw`^[\s,]+(?:[\p{L}.'’-]+\s+){1,4}?${PAST_ACT}`, 'u');
/** "reached a framework deal on Sunday": a past verb some words before a bare "on" day dates that act (not "is scheduled … on", "were raised … on"). */
const actBefore = (words: number) =>
  new RegExp(
    String.raw`(?<!\b(?:is|are|was|were|be|been|being|to)\s+)\b(?:\p{Ll}{2,}ed|reached|struck|signed|met|made|held|won|sent|said|told)(?:\s+[\p{L}\p{N}'’-]+){0,${words}}\s+on(?:\s+the)?\s*$`,
    'u',
  );
const ACT_BEFORE = actBefore(5);
/**
 * "unveiled a new round of tariff demand letters on Wednesday" in Wednesday's paper: the article's
 * own weekday after a past verb and a longer object dates the act reported that day too.
 */
const TODAYS_ACT_BEFORE = actBefore(8);
/** Cheap test before the dates are read: a start word or "on". */
const HAS_START = new RegExp(String.raw`${START}|\bon\b`, 'iu');

/**
 * The date a rate the sentence schedules takes effect: the first date from the article's own on
 * that a start word introduces, read forward from the article's date; else the first such date
 * after a bare "on" ("Canada hit back on Friday … to 50% from August 1": the start word's day
 * before the act's). Absent when the sentence gives none: the rate is announced, not scheduled.
 */
export function effectiveDate(sentence: string, published: string): string | undefined {
  if (!HAS_START.test(sentence)) return undefined;
  let onDay: string | undefined;
  for (const reading of readDates(sentence, published)) {
    const before = sentence.slice(Math.max(0, reading.start - 40), reading.start);
    const after = sentence.slice(reading.end);
    const todaysAct = () =>
      reading.weekday &&
      reading.day('future') === published &&
      TODAYS_ACT_BEFORE.test(sentence.slice(Math.max(0, reading.start - 80), reading.start));
    const bareOn =
      ON_BEFORE.test(before) &&
      !SAID_ON_BEFORE.test(before) &&
      !ACT_BEFORE.test(before) &&
      !todaysAct() &&
      !ACT_AFTER.test(after) &&
      !(OPENING_ON.test(sentence.slice(0, reading.start)) && OPENING_ACT_AFTER.test(after));
    const started = START_BEFORE.test(before) && !TRIP_FROM_BEFORE.test(before);
    if ((!started && !bareOn) || PAST_START_BEFORE.test(before)) continue;
    // A weekday after a start word lies ahead; a month and day is the nearest such day ("from Aug. 1" in November is past).
    const day = reading.day(reading.weekday ? 'future' : 'nearest');
    // A start on the article's own day ("from 12:01 p.m. on Wednesday" in Wednesday's paper) is one too.
    if (day < published) continue;
    if (started) return day;
    onDay ??= day;
  }
  return onDay;
}

/** A time phrase that opens the sentence and dates what it tells: "In April,", "On April 9,", "Back in March,". */
const OPENING_DATE = /^\W*(?:back\s+)?(?:in|on)\s+$/iu;
/** "… smacked Switzerland with a 39 percent tariff back in August": "back" dates it wherever it stands. */
const BACK_IN = /\bback\s+in\s+\p{Lu}/u;
const BACK_IN_BEFORE = /\bback\s+in\s+$/u;
/** A sentence that may open with a date: "In April", "On 9 April", "Back in March". */
const OPENS_WITH_DATE = /^\W*(?:[Bb]ack\s+)?(?:[Ii]n|[Oo]n)\s+(?:\p{Lu}|\d)/u;
/** Words that tell a state lasting to the article's day, not an event of the date. */
const LASTING =
  /\b(?:since|now|currently|current|still|remains?|remained|has\s+been|have\s+been|so\s+far|to\s+date)\b/iu;
/** How far before the article a date must lie to be history rather than the news of the day. */
const HISTORY_DAYS = 14;

/**
 * The day a sentence dates the rate it tells, when it opens with a date well before the article
 * ("In April, Trump raised the tariffs on China to 145%" in August) or puts one "back in" a month
 * ("hit Switzerland with 39% back in August" in November): the rate holds from then, so a
 * rate the same article gives as today's is newer. Absent for a state told as lasting ("since
 * April", "still"), or a date near the article's.
 */
export function datedAt(sentence: string, published: string): string | undefined {
  // Cheap tests first: chrono reads every sentence with a rate in force otherwise.
  const opens = OPENS_WITH_DATE.test(sentence);
  if ((!opens && !BACK_IN.test(sentence)) || LASTING.test(sentence)) return undefined;
  const readings = readDates(sentence, published, { months: true });
  const first = opens
    ? readings.find((r) => OPENING_DATE.test(sentence.slice(0, r.start)))
    : readings.find((r) => BACK_IN_BEFORE.test(sentence.slice(0, r.start)));
  if (!first) return undefined;
  const day = first.day('past');
  return day < addDays(published, -HISTORY_DAYS) ? day : undefined;
}
