import { sentenceText, type Article } from '../corpus/article.ts';
import { effectiveDate, IMPOSED_IN_PAST, TOOK_EFFECT_WORDS } from './effective.ts';
import type { RateStatus } from './rate-statement.ts';

/**
 * Rates told as what letters or an announcement set for later ("Letters detailing a 25% tax were
 * sent to Japan", "The president also announced he would impose new tariff rates for: …") are not
 * in force on the article's day. Such articles give the start once for all of them, often in
 * another paragraph than the rates ("… a warning that they would kick in Aug. 1", "the rates go
 * into effect Aug. 1"): the letters' rates are scheduled from that day, or only announced without it.
 */

/** A letter the words before a number speak of, as what sets the rate ("letters detailing a 25% tax", "other letters, such as a 50% rate"). */
export const LETTER = /\bletters?\b/iu;
/** Words that tell a rate already charged, whoever first wrote it: "took effect", "in force", "since August". */
const IN_FORCE = new RegExp(
  String.raw`${TOOK_EFFECT_WORDS}|\bhave\s+taken\s+(?:effect|force)\b|\bin\s+(?:effect|force|place)\b|\bsince\b`,
  'iu',
);
/** A lead-in that announces the rates of a list as still to come: "he would impose new tariff rates for:", "will face the following". */
const ANNOUNCED_LEAD_IN =
  /\b(?:would|will|plans?\s+to|intends?\s+to|is\s+to|are\s+to)\s+(?:\p{L}+ly\s+)?(?:impose|charge|levy|face|pay|set|apply)\b|\bupcoming\b/iu;

/**
 * The one start after the article's date that the article gives for rates (every sentence with a
 * start word and such a day agreeing on it), if there is one: the day letters' rates begin.
 */
export function announcedStart(article: Article): string | undefined {
  const days = new Set<string>();
  for (const passage of article.passages)
    for (const span of passage.sentences) {
      const day = effectiveDate(sentenceText(passage, span), article.published);
      if (day) days.add(day);
    }
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * Whether the words before a rate (from `lead` to `end` in `sentence`) tell it as a letter's, and
 * nothing in its sentence says it is charged already, nor its own words that it was imposed before.
 */
export const toldByLetter = (sentence: string, lead: number, end: number) =>
  LETTER.test(sentence.slice(0, lead)) && !IN_FORCE.test(sentence) && !IMPOSED_IN_PAST.test(sentence.slice(end));

/** Whether a list's lead-in announces its rates for later, or as a letter's. */
export const announcedLeadIn = (leadIn: string) => ANNOUNCED_LEAD_IN.test(leadIn) || LETTER.test(leadIn);

/** The status of a rate told as announced for later: scheduled from the article's one start, or only announced. */
export const announcedStatus = (start: string | undefined): { status: RateStatus; effective?: string } =>
  start ? { status: 'scheduled', effective: start } : { status: 'threatened' };
