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
/** "… to 84% on Thursday" in a sentence about a rate to come; but "said on Thursday" is when it was said. */
const ON_BEFORE = /\bon(?:\s+the)?\s*$/iu;
const SAID_ON_BEFORE =
  /\b(?:said|says|announced|announces|told|stated|confirmed|added|declared|wrote|posted|signed|unveiled)(?:\s+[\p{L}.]+)?\s+on(?:\s+the)?\s*$/iu;
/** A date with no year more than half a year ahead is a date of the past ("from Aug. 1" in November). */
const HALF_YEAR_DAYS = 183;
/** Cheap tests before chrono runs: a start word or "on", and a month, a weekday or a relative day. */
const HAS_START = new RegExp(String.raw`${START}|\bon\b`, 'iu');
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
    // chrono may take a leading "on" into the date ("on Thursday"): it belongs to the words before.
    const lead = /^(?:on|from|starting|effective)\s+/iu.exec(result.text)?.[0].length ?? 0;
    const before = sentence.slice(Math.max(0, result.index - 40), result.index + lead);
    if (!START_BEFORE.test(before) && !(ON_BEFORE.test(before) && !SAID_ON_BEFORE.test(before))) continue;
    let date = DateTime.utc(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
    if (!c.isCertain('year') && date.diff(DateTime.fromISO(published, { zone: 'utc' }), 'days').days > HALF_YEAR_DAYS)
      date = date.minus({ years: 1 });
    const day = date.toISODate();
    if (day && day > published) return day;
  }
  return undefined;
}
