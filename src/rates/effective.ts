import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { START_WORDS } from './cues.ts';
import { wordsSource } from './words.ts';

/**
 * Words right before a date that make it the day a rate starts: "starting Aug. 1", "from
 * Thursday", "effective November 10", "takes effect on Friday", "kicks in on Aug. 1". A bare "on"
 * counts after a verb of starting only: "said on Thursday" is when it was said.
 */
const START = String.raw`(?:${wordsSource(START_WORDS)}|\b(?:take|takes|taking|took)\s+effect|\bkicks?\s+in|\bcomes?\s+into\s+(?:force|effect)|\bappl(?:y|ies)|\bbegins?|\bstarts?)`;
const START_BEFORE = new RegExp(String.raw`${START}(?:\s+on)?(?:\s+the)?\s*$`, 'iu');
/** Cheap tests before chrono runs: a start word, and a month, a weekday or a relative day. */
const HAS_START = new RegExp(START, 'iu');
const MAY_HAVE_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar\.|april|apr\.|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next)\b/iu;

/** Noon of the article's day in local time: chrono reads components in local time. */
function reference(published: string): Date {
  const [y = 1970, m = 1, d = 1] = published.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

/**
 * The date a rate the sentence schedules takes effect: the first date after the article's own
 * that a start word introduces, read forward from the article's date. Absent when the sentence
 * gives none: the rate is announced, not scheduled.
 */
export function effectiveDate(sentence: string, published: string): string | undefined {
  if (!HAS_START.test(sentence) || !MAY_HAVE_DATE.test(sentence)) return undefined;
  for (const result of chrono.parse(sentence, reference(published), { forwardDate: true })) {
    const c = result.start;
    if (!c.isCertain('day') && !c.isCertain('weekday')) continue;
    if (!START_BEFORE.test(sentence.slice(Math.max(0, result.index - 40), result.index))) continue;
    const date = DateTime.utc(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1).toISODate();
    if (date && date > published) return date;
  }
  return undefined;
}
