import {
  DURATION_NUMBER_WORDS,
  DURATION_UNITS,
  EFFECT_BEFORE_WORDS,
  ENDING_VERBS,
  END_AFTER_WORDS,
  END_BEFORE_WORDS,
  EXTENSION_WORDS,
  FORMER_BEFORE_WORDS,
  FORMER_MARKERS,
  LEVY_NOUNS,
  PAST_AUXILIARIES,
  PAST_WORDS,
  PAUSE_CUES,
  PLAN_WORDS,
  RETROACTIVE_WORDS,
  START_DATE_WORDS,
  START_WORDS,
} from './cues.ts';
import { addDays } from '../dates/days.ts';
import { readDates, type DateReading, type Tense } from '../dates/read.ts';
import { ACT_VERBS } from '../text/act-verbs.ts';
import { phraseAlternation } from '../text/patterns.ts';
import { TRIP_FROM_BEFORE } from '../text/trip-from.ts';

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
  /**
   * The day read as the start of something to come: ahead of the article unless a past word says
   * otherwise. A tariff "from August 1" starts on the next August 1; the start of a pause a
   * duration counts from ("a 90-day pause from May 14") is `date`, the nearest one.
   */
  ahead: string;
  role: DateRole;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * A clock time between an end word and its day ("will expire after midnight on November 10", "ends
 * at 12:01 a.m. EDT on"), or its preposition alone where the date's own text opens with the time.
 */
export const END_CLOCK = String.raw`(?:\s+(?:at|after|just\s+after)(?:\s+(?:midnight|noon|\d[\d:.]*(?:\s*[ap]\.?m\.?)?)(?:\s+[A-Za-z.]+){0,2}?\s+on)?)?`;
const END_BEFORE = new RegExp(
  `\\b(?:${phraseAlternation(END_BEFORE_WORDS)})${END_CLOCK}\\s+(?:on\\s+|at\\s+)?(?:the\\s+)?$`,
  'i',
);
const TO_BEFORE = /\b(?:to|until)\s+(?:the\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** A clock time between a cue and its date: "take effect at 0501 GMT on", "on or after 12:01 a.m. EDT on". */
const CLOCK = '(?:\\s+(?:at\\s+)?(?:midnight|noon|\\d[\\d:.]*)[^;!?,]{0,30}?\\s+on)?';
/**
 * What may stand between a start cue and its date: a preposition ("at" before a date that opens
 * with its clock time: "go into effect at midnight Tuesday"), then "the" or "this coming" ("set to
 * take effect this coming Saturday, November 1").
 */
const DAY_LEAD = '(?:on\\s+|from\\s+|as\\s+of\\s+|at\\s+)?(?:the\\s+|this\\s+(?:coming\\s+)?|coming\\s+)?';
/**
 * An adverb between a start cue and its day, which leaves the day the start's: "will apply
 * retroactively from 12:01 a.m. on November 1" (a backdated start), "will take effect immediately on
 * Tuesday", "comes into force officially on Aug. 1", "go into effect as scheduled on Tuesday"; and a
 * clock time's approach, whose day is the start's too ("starting just past midnight Tuesday").
 */
const START_ADVERB =
  '(?:\\s+(?:retroactively|immediately|officially|formally|automatically|as\\s+(?:scheduled|planned|expected|announced)))?(?:\\s+(?:just|shortly|right|minutes|seconds)\\s+(?:past|after))?';
/**
 * The wait before a start, then the day it comes to ("take effect in three weeks, on Aug. 27",
 * "applicable after 21 days from today, which will be August 27"): the day is the start's.
 */
const WAIT_THEN_DAY = `(?:\\s+(?:in|after|within)\\s+(?:\\d{1,3}|${phraseAlternation(Object.keys(DURATION_NUMBER_WORDS))})\\s+(?:${DURATION_UNITS.join('|')})s?(?:\\s+from\\s+(?:today|now))?\\s*,?(?:\\s+(?:which|that)\\s+(?:will\\s+be|would\\s+be|is))?)?`;
const EFFECT_BEFORE = new RegExp(
  `\\b(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})${START_ADVERB}${WAIT_THEN_DAY}${CLOCK}\\s+${DAY_LEAD}$`,
  'i',
);
/** "is expected to come into effect by August 5": the day something starts by, not one it ends on. */
const EFFECT_BY = new RegExp(`\\b(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})${CLOCK}\\s+by\\s+(?:the\\s+)?$`, 'i');
const START_BEFORE = new RegExp(`\\b(?:${phraseAlternation(START_WORDS)})${START_ADVERB}${CLOCK}\\s+${DAY_LEAD}$`, 'i');
/** "subject to an extra 40% levy since Aug. 6", "in place since April 5": the day a tariff took effect. */
const IN_FORCE_SINCE = new RegExp(
  `\\b(?:${phraseAlternation(LEVY_NOUNS)}|in\\s+(?:place|effect|force))\\s+since\\s+(?:the\\s+)?$`,
  'i',
);
/** "By April 9, Trump had paused …": when something had happened, not an end. */
const BY_THEN = /^\W*by\s+(?:the\s+)?$/i;
/** "As of Sunday, the White House had yet to update …": how things stood that day, not a start. */
const AS_OF_THEN = /^\W*as\s+of\s+(?:the\s+)?$/i;
const HAD_AFTER = /^,\s*(?:[\p{L}'’.-]+\s+){1,5}?had\b/u;
/**
 * A noun, then its date a few words on within the clause, after a linking word: "the deadline for
 * suspending the measures on July 9", "the implementation date is set for August 1". The dots of a
 * letter-by-letter abbreviation ("the deadline for the E.U. is July 9") stay within the clause.
 */
const nounThenDay = (nouns: string, links: string, orPunctuation = '') =>
  new RegExp(
    `\\b(?:${nouns})\\b(?:(?:[^.;:!?]|(?<=\\b[a-z])\\.){0,60}?\\b(?:${links})\\s+(?:on\\s+)?(?:the\\s+)?${orPunctuation})$`,
    'i',
  );
/**
 * "the deadline for a buyer is June 19", "a deadline set for July 9", "the deadline: July 9". An "on"
 * right after a past act ("the deadline of August 1, as he signed an order on Thursday", "was
 * extended on Monday") dates the act, unless the act ends something ("expired on").
 */
const DEADLINE_ON = nounThenDay(
  String.raw`deadlines?|expiry(?:\s+date)?|expiration(?:\s+date)?|end\s+date|cut-?off(?:\s+date)?`,
  String.raw`(?<!\b(?!(?:expir|end|laps|pass|clos)ed\b)[a-z]{2,}ed(?:\s+[\w'’-]+){0,3}\s+)on|is|was|falls|of|set\s+for|at`,
  String.raw`|\s*(?:,|:|—|–|--)\s*`,
);
/**
 * A start noun, then its date ("its scheduled implementation date on Wednesday"), or the date, then
 * the noun ("a February 10 start date"): the day a measure takes effect, told as a deadline is.
 */
const START_DATE = phraseAlternation(START_DATE_WORDS);
const START_DATE_ON = nounThenDay(START_DATE, String.raw`on|is|was|falls|set\s+for|of`);
const START_DATE_AFTER = new RegExp(`^\\s*(?:${START_DATE})\\b`, 'i');
/**
 * A date, then what happens on it: "before Aug. 1, when the higher tariffs kick in", "Friday, the
 * day the pause ends", "Aug. 1 is the date the new tariffs take effect".
 */
const ON_WHICH = String.raw`^\s*(?:,\s*(?:when|the\s+(?:day|date)(?:\s+(?:when|that|on\s+which))?)|\s+is\s+(?:the\s+)?(?:day|date)(?:\s+(?:when|that|on\s+which))?)\s+(?:[\w'’%.-]+\s+){0,8}?`;
const ENDS_ON_IT = new RegExp(`${ON_WHICH}(?:ends?|expires?|lapses?|runs?\\s+out)\\b`, 'i');
const STARTS_ON_IT = new RegExp(`${ON_WHICH}(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})\\b`, 'i');
/**
 * A verb that ends a pause or an exemption, then its object ("will end the de minimis exemption"),
 * or the pause, then the verb ("de minimis treatment will be eliminated", "the exemption ends");
 * suspending an exemption ends it too ("the de minimis exemption will be suspended"). Within one
 * clause.
 */
const PAUSE_WORD = phraseAlternation(PAUSE_CUES.flatMap((c) => c.words));
const EXEMPTION_WORD = phraseAlternation(PAUSE_CUES.find((c) => c.noun === 'exemption')?.words ?? []);
const ENDING_VERB = phraseAlternation(ENDING_VERBS);
const SUSPENDING = 'suspend|suspends|suspending|suspended';
const ENDING =
  `(?:\\b(?:${ENDING_VERB})\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${PAUSE_WORD})|\\b(?:${SUSPENDING})\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${EXEMPTION_WORD})` +
  `|\\b(?:${PAUSE_WORD})\\b[^.;:!?]{0,60}?\\b(?:be|been|is|are|was|were)\\s+(?:${ENDING_VERB})` +
  `|\\b(?:${EXEMPTION_WORD})\\b[^.;:!?]{0,60}?\\b(?:be|been|is|are|was|were)\\s+(?:${SUSPENDING})` +
  `|\\b(?:${PAUSE_WORD})\\b[^.;:!?]{0,60}?\\b(?:end|ends|expire|expires|lapse|lapses|close|closes))\\b`;
/**
 * The construction, then the day it takes effect: "… on May 2", "… effective Aug. 29", "…, taking
 * effect on May 2", or the last day it holds: "could be rescinded after July 9".
 */
const ENDING_BEFORE = new RegExp(
  `${ENDING}[^.;:!?]{0,80}?\\b(?:on|from|after|effective|as\\s+of|starting|beginning|(?:takes?|taking)\\s+effect(?:\\s+on)?)\\s+(?:the\\s+)?$`,
  'i',
);
/** A start date, then the construction: "Effective Aug. 29, the de minimis exemption will be suspended". */
const ENDING_AFTER = new RegExp(`^[^.;:!?]{0,80}?${ENDING}`, 'i');
/** "the Aug. 1 deadline", "July 9's cutoff", "set March 31 as the target date". */
const END_AFTER = new RegExp(
  `^(?:['’]s)?\\s*(?:as\\s+(?:the|a|an|its|their)\\s+)?(?:[\\w-]+\\s+)?(?:${phraseAlternation(END_AFTER_WORDS)})\\b`,
  'i',
);
const FORMER_ON = new RegExp(
  `\\b(?:${phraseAlternation(FORMER_MARKERS)})\\s+(?:${phraseAlternation(PLAN_WORDS)})\\s+(?:the\\s+)?$`,
  'i',
);
/** A day called off in the same breath: "will no longer be implemented on Friday, 1 August, but only on …". */
const NO_LONGER_ON = /\bno\s+longer\b[^,;.]{0,40}\bon\s+(?:the\s+)?$/i;
const FORMER_BEFORE = new RegExp(`\\b(?:${phraseAlternation(FORMER_BEFORE_WORDS)})\\b`, 'i');
/**
 * A date the adjective right before it calls a replaced one: "the original July 8 deadline", "the
 * previous Aug. 1 start".
 */
const FORMER_ADJECTIVE = /\b(?:original|previous|earlier|initial|prior)\s+$/i;
export const EXTENSION = new RegExp(`\\b(?:${phraseAlternation(EXTENSION_WORDS)})\\b`, 'i');
/** How far back a "was due to" may stand from its date ("was due to expire at midnight on"). */
const FORMER_REACH = 40;
const PAST_AUXILIARY = new RegExp(`\\b(?:${phraseAlternation(PAST_AUXILIARIES)})\\b`, 'i');
/** A past word, unless it is a participle in a future or planned passive ("will be applied from", "is to be applied"). */
const PAST = new RegExp(
  `(?<!\\b(?:will|would|shall|to|'ll)\\s+be\\s+)\\b(?:${phraseAlternation(PAST_WORDS)})\\b`,
  'gi',
);
const RETROACTIVE = new RegExp(`\\b(?:${phraseAlternation(RETROACTIVE_WORDS)}|retroactively)\\s+(?:the\\s+)?$`, 'i');
/**
 * "until" before the date: a past start near it does not put the end behind the article ("delayed
 * the date they took effect again, this time until Aug. 7" is days ahead; "began in May and ran
 * until Aug. 12" may be past), so the nearest year; a past end does ("lasted until March").
 */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
const PAST_END = /^(?:expired|ended|lapsed|ran out|lasted)$/i;
/** A verb that looks ahead: "will", "is set to", "are due to". */
const FUTURE_AFTER = /\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|slated|expected)\s+to)\b/i;
/** How far back a past word may stand from its date ("took effect at 12:01 a.m. on"). */
const TENSE_REACH = 40;
/**
 * A passive past whose clause runs on to the date ("was initially placed on Brazilian goods starting
 * on 6 August"): told as done, so the date may lie before the article, however far the verb stands.
 */
const PAST_PASSIVE =
  /\b(?:was|were)\s+(?:\p{L}+ly\s+)?\p{L}+ed\b(?![^,;:!?—–]*\b(?:will|shall|to\s+be)\b)[^,;:!?—–]*$/iu;
const PASSIVE_REACH = 80;
/**
 * "In July, Trump said the U.S. would charge 50% starting Aug. 1": a plan told as it stood when it
 * was told, or on a condition, so its date may lie on either side of the article.
 */
const WOULD = /\bwould\b/i;
/**
 * A plan told in the past ("was due to expire on Saturday", "were set to lapse on Friday") looks
 * ahead from the time of telling: its bare weekday is the coming one, not the last. A past perfect
 * ("had been due to") is not this.
 */
const PLANNED = /\b(?:was|were|is|are)\s+(?:due|set|scheduled|slated|expected|supposed)\s+to\b/i;
/** "90 days after it began on April 9", "two weeks from today": the day a counted time starts from. */
const COUNTED_FROM =
  /\b(?:\d+|an?|one|two|three|four|five|six|\w+teen|\w+ty)[\s-]+(?:day|week|month|year)s?\s+(?:after|from|following|since)\s+(?:[\w'’-]+\s+){0,5}?(?:on\s+)?(?:the\s+)?$/i;

/**
 * A frame that sets what follows in the past ("At the time, Trump said the U.S. would charge a 50%
 * tariff starting Aug. 1"): a plan as it stood then, its day on or before the article, however its
 * verb looks ahead. "At the time of writing" is the present.
 */
const PAST_FRAME = /\b(?:at\s+(?:the|that)\s+time|back\s+then)\b(?!\s+of\b)/i;

/**
 * Past words before a date put it on or before the article ("took effect on Tuesday", "expired on
 * March 3"); otherwise an end or a day a tariff takes effect lies ahead ("ends Aug. 12", "effective
 * Saturday"), and a start or any other date is the nearest one.
 */
function tenseOf(role: DateRole, before: string): Tense {
  // A replaced date may lie on either side of the article ("was due to expire on Aug. 12"), and so
  // may a day a rate applies from retroactively.
  if (role === 'other' || role === 'former' || role === 'former-effect' || RETROACTIVE.test(before)) return 'nearest';
  if (PAST_FRAME.test(before)) return 'past';
  // Matched in the whole text so that the "will be" before a participle is seen past the reach; a
  // past word of a clause that a future verb follows ("which began in May, is set to expire on")
  // does not date it.
  const past = [...before.matchAll(PAST)].filter((m) => m.index + m[0].length > before.length - TENSE_REACH).at(-1);
  if (past && UNTIL_BEFORE.test(before) && !PAST_END.test(past[0])) return 'nearest';
  if (past && !FUTURE_AFTER.test(before.slice(past.index + past[0].length))) return 'past';
  if (
    PAST_AUXILIARY.test(before.slice(-TENSE_REACH)) ||
    PAST_PASSIVE.test(before.slice(-PASSIVE_REACH)) ||
    WOULD.test(before)
  )
    return 'nearest';
  return role === 'start' ? 'nearest' : 'future';
}

/** "a statement from Monday said": when something was said, not when it applies. */
const SAID_AFTER = /^\s*(?:said|says|announced|told|stated|wrote|reported)\b/i;
/**
 * "said on Monday", "announced Tuesday", "Reuters reported on Monday", "rates set on April 2": when
 * something was said or decided, not when it applies ("set" only with "on": "set August 1 as the
 * deadline" names one).
 */
const SAID_BEFORE = new RegExp(String.raw`\b(?:(?:${phraseAlternation(ACT_VERBS)})\s+(?:on\s+)?|set\s+on\s+)$`, 'i');

/**
 * A day before a noun of something said or done ("Tuesday threats to double tariffs", "Friday's
 * ruling"): when that happened. A deadline's own nouns ("the Friday deadline") are not among them.
 */
const ACT_NOUN_AFTER =
  /^(?:['’]s)?\s+(?:threats?|remarks?|comments?|announcements?|statements?|talks|meetings?|calls?|posts?|speech|interview|vote|ruling|decision)\b/i;

/** A date told as when something was said ("said on Monday", "a statement from Monday said", "Tuesday threats"). */
export const whenSaid = (sentence: string, d: Span) =>
  SAID_BEFORE.test(sentence.slice(0, d.start)) ||
  SAID_AFTER.test(sentence.slice(d.end)) ||
  ACT_NOUN_AFTER.test(sentence.slice(d.end));

/**
 * A date that restates a stretch of time ("applicable after 21 days, i.e., August 27", "take effect
 * in three weeks, that is on Aug. 27"): read as if the words before the stretch named the date.
 */
const RESTATED =
  /\s+(?:in|after|within)\s+(?:[\w-]+\s+){1,2}?(?:days?|weeks?|months?)\s*,?\s*(?:i\.\s?e\.|that\s+is|namely)\s*,?\s*(?:on\s+)?$/i;

/** `after` is where the previous date ended: a "was due to" before that one is not about this one. */
function roleOf(sentence: string, span: Span, after: number, extension: boolean): DateRole {
  const before = sentence.slice(0, span.start).replace(RESTATED, ' on ');
  const rest = sentence.slice(span.end);
  const comma = /,\s*$/.test(sentence.slice(span.start, span.end)) || /^\s*,/.test(rest);
  if (BY_THEN.test(before) && comma) return 'other';
  // "extending the deadline for another 90 days, Reuters reported on Monday": the day of the report.
  if (whenSaid(sentence, span)) return 'other';
  // The words after the date, with a comma chrono took into it put back ("Friday, when …").
  const clause = comma ? `,${rest.replace(/^\s*,/, '')}` : rest;
  if (AS_OF_THEN.test(before) && HAD_AFTER.test(clause)) return 'other';
  const effectBy = EFFECT_BY.test(before);
  const isEnd =
    (END_BEFORE.test(before) && !effectBy) ||
    ENDING_BEFORE.test(before) ||
    END_AFTER.test(rest) ||
    DEADLINE_ON.test(before) ||
    ENDS_ON_IT.test(clause) ||
    (extension && TO_BEFORE.test(before));
  if ((extension && FROM_BEFORE.test(before)) || FORMER_ON.test(before) || NO_LONGER_ON.test(before)) return 'former';
  if (COUNTED_FROM.test(before)) return 'start';
  const former =
    FORMER_BEFORE.test(before.slice(Math.max(after, span.start - FORMER_REACH))) || FORMER_ADJECTIVE.test(before);
  if (isEnd) return former ? 'former' : 'end';
  const effect =
    START_BEFORE.test(before) && !TRIP_FROM_BEFORE.test(before)
      ? 'start'
      : EFFECT_BEFORE.test(before) ||
          effectBy ||
          STARTS_ON_IT.test(clause) ||
          IN_FORCE_SINCE.test(before) ||
          START_DATE_ON.test(before) ||
          START_DATE_AFTER.test(rest)
        ? 'effect'
        : 'other';
  if (effect !== 'other' && ENDING_AFTER.test(rest)) return 'end';
  return effect !== 'other' && extension && former ? 'former-effect' : effect;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * How far ahead of the article the day of a plan told in a past frame may lie and still be the
 * coming one: "At the time, he said he would impose the tariff effective Feb. 1", in a January
 * article about last week's threat, is this Feb. 1; told so a year back, it would carry its year.
 */
const FRAMED_PLAN_AHEAD = 61;

/** The day a reading names in `tense`, save a plan told in a past frame whose day is weeks ahead. */
function placed(reading: DateReading, tense: Tense, before: string, published: string): string {
  if (tense === 'past' && PAST_FRAME.test(before) && (WOULD.test(before) || FUTURE_AFTER.test(before))) {
    const ahead = reading.day('future');
    if (ahead <= addDays(published, FRAMED_PLAN_AHEAD)) return ahead;
  }
  return reading.day(tense);
}

/** The day a reading names in the tense its words give; a planned bare weekday lies ahead. */
function dayOf(reading: DateReading, role: DateRole, before: string, published: string): string {
  const tense = tenseOf(role, before);
  if (reading.weekday && tense === 'nearest' && PLANNED.test(before.slice(-TENSE_REACH))) return reading.day('future');
  return placed(reading, tense, before, published);
}

const EXTENSIONS = new RegExp(EXTENSION.source, 'gi');

/**
 * In a sentence that moves an end, an end date before the verb that moves it is the one replaced
 * when another end follows the verb ("the July 9 deadline was pushed back to August 1"), and so is
 * one the verb takes as its object before the new end ("extending the original July 9 deadline to
 * August 1"). Of several moves, the last one with an end after it sets the date ("delayed, pushing
 * the deadline to July 9, and later extended again to Aug. 1"): every end before it was moved on from.
 */
function movedEnds(sentence: string, found: { span: Span; role: DateRole }[]): void {
  const ends = found.filter((f) => f.role === 'end');
  const verb = [...sentence.matchAll(EXTENSIONS)]
    .map((m) => m.index)
    .findLast((v) => ends.some((f) => f.span.start > v));
  if (verb === undefined) return;
  const newEnd = ends.findLast((f) => f.span.start > verb);
  for (const f of ends) if (f !== newEnd) f.role = 'former';
}

/** Dates with a known day ("March 3", "9 April 2026", "next Tuesday") outside the `skip` spans. */
export function datesIn(sentence: string, published: string, skip: readonly Span[] = []): DateMention[] {
  const readings = readDates(sentence, published);
  if (readings.length === 0) return [];
  const extension = EXTENSION.test(sentence);
  const mentions: DateMention[] = [];
  const found: { span: Span; role: DateRole; before: string; reading: DateReading }[] = [];
  let after = 0;
  for (const counted of readings) {
    // A day counted from another whose count is a duration read on its own ("ends 90 days after
    // April 9"): the duration's reader counts from the day it names.
    const overlapping = (r: DateReading) => skip.some((s) => overlaps(s, { start: r.start, end: r.end }));
    const reading = overlapping(counted) && counted.anchor ? counted.anchor : counted;
    const span = { start: reading.start, end: reading.end };
    if (overlapping(reading)) continue;
    const previousEnd = after;
    after = span.end;
    if (reading.until) {
      // A range: "from Aug. 12 to Nov. 10" moves a date when extending, else the pause runs over it.
      const startRole: DateRole = extension ? 'former' : 'other';
      const before = sentence.slice(0, span.start);
      const ahead = reading.day(tenseOf('effect', before));
      mentions.push({ ...span, date: reading.day(tenseOf(startRole, before)), ahead, role: startRole });
      const end = reading.until(tenseOf('end', before));
      mentions.push({ ...span, date: end, ahead: end, role: 'end' });
      continue;
    }
    found.push({
      span,
      role: roleOf(sentence, span, previousEnd, extension),
      before: sentence.slice(previousEnd, span.start),
      reading,
    });
  }
  if (extension) movedEnds(sentence, found);
  for (const { span, role, before, reading } of found)
    mentions.push({
      ...span,
      date: dayOf(reading, role, before, published),
      ahead: placed(reading, tenseOf('effect', before), before, published),
      role,
    });
  return mentions.sort((a, b) => a.start - b.start);
}
