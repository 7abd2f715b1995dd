import { DURATION_UNITS, EXTENSION_WORDS, MORE_WORDS, DURATION_NUMBER_WORDS, PAUSE_CUES } from './cues.ts';
import type { Time } from '../dates/days.ts';
import type { Span } from './dates.ts';
import { phraseAlternation } from '../text/patterns.ts';
import { countOf } from '../text/number-words.ts';

/** A stretch of time in a sentence: "for at least the next 90 days", "a 90-day pause", "by another 30 days". */
export interface DurationMention extends Span {
  length: Time;
  /** Counts from the previous end date ("another 90 days", "a 90-day extension"), not from a start. */
  more: boolean;
  /** "the 90-day pause": one started earlier, on a date the sentence does not give. */
  definite: boolean;
  /** What the sentence names lasts that long itself ("will last 150 days", "will be valid for three months"). */
  lasting: boolean;
}

const NUM = `\\d{1,3}|${phraseAlternation(Object.keys(DURATION_NUMBER_WORDS))}`;
const UNIT = `(${DURATION_UNITS.join('|')})s?`;
const MORE = phraseAlternation(MORE_WORDS);
const NOUN = phraseAlternation([
  ...PAUSE_CUES.map((c) => c.noun),
  'extension',
  'window',
  'period',
  'clock',
  'countdown',
]);
const DASH = '[-\\u2010\\u2011\\u2013\\s]';
/** Every duration names a unit: a cheap test before the costly patterns. */
const ANY_UNIT = new RegExp(`(?:${DURATION_UNITS.join('|')})s?\\b`, 'i');

/** Each pattern captures (more?, number, unit), (number, unit) or (determiner, number, unit, noun). */
const FOR_PATTERN = new RegExp(
  `\\b(?:for|lasts?|lasting|runs?|running)\\s+(?:at\\s+least\\s+|up\\s+to\\s+|about\\s+|roughly\\s+|nearly\\s+|almost\\s+)?(?:the\\s+(?:next|coming|following)\\s+)?(?:(${MORE})\\s+)?(${NUM})\\s+${UNIT}\\b`,
  'gi',
);
const BY_PATTERN = new RegExp(
  `\\b(?:by|another|an\\s+additional|a\\s+further)\\s+(?:(${MORE})\\s+)?(${NUM})\\s+${UNIT}\\b`,
  'gi',
);
/**
 * A verb that moves an end, then the time it adds, with no "for" or "by": "pushed back 75 days",
 * "extended the truce 90 days". Not a time after "after", "within" or "until", which tells when
 * ("requires approval to extend them after 150 days").
 */
const MOVED_PATTERN = new RegExp(
  `\\b(?:${phraseAlternation(EXTENSION_WORDS)})\\s+(?:(?!(?:for|by|after|within|until|before)\\b)[\\w'’-]+\\s+){0,5}?(${NUM})\\s+${UNIT}\\b`,
  'gi',
);
/**
 * An end counted from a day or an event the sentence names: "ends 90 days after April 9", "expires
 * two weeks from today". Not any time after something ("a day after the tariffs took effect").
 */
const AFTER_PATTERN = new RegExp(
  `\\b(?:ends?|ending|expires?|expiring|lapses?|lapsing|runs?\\s+out|running\\s+out)\\s+(?:about\\s+|roughly\\s+|some\\s+)?(${NUM})${DASH}${UNIT}\\s+(?:after|from|following)\\b`,
  'gi',
);
const NOUN_PATTERN = new RegExp(
  `\\b(?:(a|an|the|its|their|this|that)\\s+)?(${NUM})${DASH}${UNIT}(?:-long)?\\s+(?:[\\w-]+\\s+){0,2}?(${NOUN})\\b`,
  'gi',
);

/**
 * Before "for": the measure itself is in force for the time ("valid for", "remain in place for"),
 * from its start when the start comes first ("to take effect on February 24 for up to 150 days").
 */
const IN_FORCE_BEFORE =
  /\b(?:valid|in\s+(?:force|place|effect)|remains?|stays?|appl(?:y|ies)|(?:take|takes|taking|took)\s+effect(?:\s+on\s+[\w.]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,\s*\d{4})?)?)\s+$/i;

/** The time a number and a unit give: `{ months: 3 }` for "three months". */
function time(number: string | undefined, unit: string | undefined): Time {
  return { [`${(unit ?? 'day').toLowerCase()}s`]: countOf(number ?? '', DURATION_NUMBER_WORDS) };
}

/** Durations in a sentence, first to last, none overlapping. */
export function durationsIn(sentence: string): DurationMention[] {
  if (!ANY_UNIT.test(sentence)) return [];
  const found: DurationMention[] = [];
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of sentence.matchAll(FOR_PATTERN)) {
    const lasting = /^last/i.test(m[0]) || IN_FORCE_BEFORE.test(sentence.slice(0, m.index));
    found.push({ ...span(m), length: time(m[2], m[3]), more: m[1] !== undefined, definite: false, lasting });
  }
  for (const m of sentence.matchAll(BY_PATTERN))
    found.push({ ...span(m), length: time(m[2], m[3]), more: true, definite: false, lasting: false });
  for (const m of sentence.matchAll(AFTER_PATTERN))
    found.push({ ...span(m), length: time(m[1], m[2]), more: false, definite: false, lasting: false });
  for (const m of sentence.matchAll(MOVED_PATTERN))
    found.push({ ...span(m), length: time(m[1], m[2]), more: true, definite: false, lasting: false });
  for (const m of sentence.matchAll(NOUN_PATTERN)) {
    const determiner = (m[1] ?? '').toLowerCase();
    const more = (m[4] ?? '').toLowerCase() === 'extension';
    found.push({
      ...span(m),
      length: time(m[2], m[3]),
      more,
      definite: !more && !['a', 'an', ''].includes(determiner),
      lasting: false,
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter(
    (d, i) =>
      Object.values(d.length).some((n) => n > 0) && !found.slice(0, i).some((e) => e.start < d.end && d.start < e.end),
  );
}
