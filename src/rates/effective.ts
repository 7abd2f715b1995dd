import { START_WORDS } from './cues.ts';
import { wordsSource } from './words.ts';
import { readDates } from '../dates/read.ts';

/**
 * Words right before a date that make it the day a rate starts: "starting Aug. 1", "from
 * Thursday", "effective November 10", "takes effect on Friday", "kicks in on Aug. 1". A bare "on"
 * counts after a verb of starting only: "said on Thursday" is when it was said.
 */
const START = String.raw`(?:${wordsSource(START_WORDS)}|\b(?:take|takes|taking|took)\s+effect|\bkicks?\s+in|\bcomes?\s+into\s+(?:force|effect)|\bappl(?:y|ies)|\bbegins?|\bstarts?)`;
const START_BEFORE = new RegExp(String.raw`${START}(?:\s+on)?(?:\s+the)?\s*$`, 'iu');
/** "… to 84% on Thursday" in a sentence about a rate to come; but "said on Thursday" is when it was said. */
const ON_BEFORE = /\bon(?:\s+the)?\s*$/iu;
const SAID_ON_BEFORE =
  /\b(?:said|says|announced|announces|told|stated|confirmed|added|declared|wrote|posted|signed|unveiled)(?:\s+[\p{L}.]+)?\s+on(?:\s+the)?\s*$/iu;
/** Cheap test before the dates are read: a start word or "on". */
const HAS_START = new RegExp(String.raw`${START}|\bon\b`, 'iu');

/**
 * The date a rate the sentence schedules takes effect: the first date after the article's own
 * that a start word introduces, read forward from the article's date. Absent when the sentence
 * gives none: the rate is announced, not scheduled.
 */
export function effectiveDate(sentence: string, published: string): string | undefined {
  if (!HAS_START.test(sentence)) return undefined;
  for (const reading of readDates(sentence, published)) {
    const before = sentence.slice(Math.max(0, reading.start - 40), reading.start);
    if (!START_BEFORE.test(before) && !(ON_BEFORE.test(before) && !SAID_ON_BEFORE.test(before))) continue;
    // A weekday after a start word lies ahead; a month and day is the nearest such day ("from Aug. 1" in November is past).
    const day = reading.day(reading.weekday ? 'future' : 'nearest');
    if (day > published) return day;
  }
  return undefined;
}
