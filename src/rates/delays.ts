import { addDays } from '../dates/days.ts';
import { readDates } from '../dates/read.ts';
import { countOf, NUMBER_WORDS } from '../text/number-words.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

/**
 * A start put off: "delayed the date they took effect … until Aug. 7", "pushed back their start to
 * June 20", "postponed implementation for all but the 10% base rate until July 9". The object is
 * the start itself, not the tariffs (those are `PAUSED_THOSE`'s, in extract.ts): what it says is
 * when the rates begin, so a day it gives ahead of the article makes them scheduled from that day.
 * With no day it says too little ("talks have stalled, delaying its implementation": a deal's rate
 * still to come, not a pause), so the rest of the rules read it.
 */
const DELAY_VERB = String.raw`\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off)`;
const START_OBJECT = String.raw`(?:the\s+(?:(?:effective|start|starting)\s+)?date|the\s+start(?:\s+date)?|(?:the|their|its)\s+(?:start|implementation|rollout|effective\s+date)|implementation|the\s+effective\s+date)`;
const DELAYED_START = new RegExp(String.raw`${DELAY_VERB}\s+${START_OBJECT}\b`, 'iu');
/** "for all but 10%", "for all but the 10% base rate": the one level the delay leaves in force. */
const ALL_BUT = new RegExp(String.raw`\bfor\s+all\s+but\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*${PERCENT_UNIT}`, 'iu');
/** The day the delay runs to: "until July 9", "to Aug. 7", "till June 20". */
const UNTIL_BEFORE = /\b(?:until|till|to)(?:\s+the)?\s*$/iu;

export interface DelayedStart {
  /** Where the delay's verb stands: only the rates told before it are put off. */
  at: number;
  /** The day ahead of the article the rates put off start, YYYY-MM-DD: they are scheduled from it. */
  effective: string;
  /** The level the delay leaves in force ("for all but the 10% base rate"). */
  except?: number;
}

/**
 * The start a sentence puts off to a day ahead of the article; undefined when it puts none off, gives
 * no day, or a day already past (the delay is over: how the rates stand is told elsewhere).
 */
export function delayedStart(sentence: string, published: string): DelayedStart | undefined {
  const verb = DELAYED_START.exec(sentence);
  if (!verb) return graceWindow(sentence, published);
  const rest = sentence.slice(verb.index);
  const until = readDates(rest, published).find((d) => UNTIL_BEFORE.test(rest.slice(0, d.start)));
  const day = until?.day('nearest');
  if (day === undefined || day <= published) return undefined;
  const except = ALL_BUT.exec(rest);
  return { at: verb.index, effective: day, ...(except ? { except: Number(except[1]) } : {}) };
}

/** Whether the percentage at `lead` is the level `delay`, told in its sentence, leaves in force ("… for all but the 10% …"). */
export const spared = (delay: DelayedStart, sentence: string, lead: number): boolean =>
  delay.except !== undefined && delay.at < lead && /\ball\s+but\s+(?:the\s+)?$/iu.test(sentence.slice(0, lead));

/**
 * A window granted before a rate starts: "On Aug. 7 he announced doubling the tariff to 50%, but
 * gave a 21-day window to negotiate", "granted them a three-week grace period". The rates told
 * before it start that many days after the day the sentence tells the act on; scheduled while
 * that day is ahead of the article.
 */
const COUNT = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const GRACE_WINDOW = new RegExp(
  String.raw`\b(?:gave|gives|giving|granted|grants|granting|allowed|allowing|with)\s+(?:[\p{L}-]+\s+){0,3}?(?:an?\s+)?${COUNT}[-\s](day|week)\s+(?:window|grace\s+period|reprieve)\b`,
  'iu',
);

function graceWindow(sentence: string, published: string): DelayedStart | undefined {
  const window = GRACE_WINDOW.exec(sentence);
  if (!window) return undefined;
  const told = readDates(sentence.slice(0, window.index), published)[0]?.day('nearest');
  const count = countOf(window[1]!);
  if (told === undefined || !count) return undefined;
  const day = addDays(told, count * (window[2]!.toLowerCase() === 'week' ? 7 : 1));
  return day > published ? { at: window.index, effective: day } : undefined;
}

/** The day a pause runs to: "paused until July 9", "suspended through Aug. 12". */
const PAUSE_END_BEFORE = /\b(?:until|till|through)(?:\s+the)?\s*$/iu;
/** "until July 9 and then August 1": a later end put in place of the first. */
const THEN_BETWEEN = /^\s*,?\s*(?:and|or)\s+(?:then|later)\s+$/iu;

/**
 * True when a pause's end days are all behind the article: "the reciprocal tariffs, which were later
 * paused until July 9 and then August 1" in an August article tells a pause already over, so it
 * holds none of the rates told beside it now (how they stand is told elsewhere).
 */
export function pauseOver(sentence: string, published: string): boolean {
  const readings = readDates(sentence, published);
  const ends = readings.filter((r, i) => {
    const before = readings[i - 1];
    return (
      PAUSE_END_BEFORE.test(sentence.slice(0, r.start)) ||
      (before !== undefined &&
        PAUSE_END_BEFORE.test(sentence.slice(0, before.start)) &&
        THEN_BETWEEN.test(sentence.slice(before.end, r.start)))
    );
  });
  return ends.length > 0 && ends.every((r) => r.day('nearest') < published);
}
