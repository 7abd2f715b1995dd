import { sentenceRates } from '../rates/extract.ts';
import { HAS_PERCENT, ratePercents } from '../rates/percentages.ts';
import {
  EFFECT_BEFORE_WORDS,
  FUTURE_WORDS,
  MEASURE_WORDS,
  PARTICIPLE_CHANGE_VERBS,
  PAST_CHANGE_VERBS,
  PRESENT_CHANGE_VERBS,
  RATE_CHANGE_VERBS,
  TARIFF_WORDS,
  THREAT_WORDS,
} from './cues.ts';
import { whenSaid, type DateMention } from './dates.ts';
import { partyIdOf } from './parties.ts';
import { phraseAlternation } from '../text/patterns.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';
import { MONTH_STEMS, WEEKDAY_STEMS } from '../dates/names.ts';

/**
 * The days on which a tariff takes effect, as a sentence states them: after an effect cue ("takes
 * effect on", "effective", "starting", "from"), or after a rate change the sentence puts in the
 * future ("will be cut to 30% by tomorrow", "is set to rise on Thursday").
 */

/** One of `words`, then up to three words, then a change verb, then up to eight words before "on"/"by". */
const changeOnDay = (words: readonly string[]) =>
  new RegExp(
    `\\b(?:${phraseAlternation(words)})\\s+(?:[\\w-]+\\s+){0,3}?(?:${phraseAlternation(RATE_CHANGE_VERBS)})\\b[^;:!?]{0,80}?\\b(?:on|by)\\s+(?:the\\s+)?$`,
    'i',
  );
/** A change the sentence puts in the future: "will be cut to 30% by". */
const SCHEDULED_CHANGE = changeOnDay(FUTURE_WORDS);
/**
 * A past participle of a change right before "on <day>", with no "be" or modal before it: the day
 * of another levy the participle describes ("would mark a sharp increase from the 10% baseline
 * imposed on April 2"), done before, not the day of the change the future word tells.
 */
const DESCRIBED_BY_PARTICIPLE = new RegExp(
  String.raw`(?<!\b(?:be|being|will|would|shall|to|could|may|might|can|should|must)\s+(?:\w+ly\s+)?)\b(?:${phraseAlternation(PAST_CHANGE_VERBS)})\s+on\s+(?:the\s+)?$`,
  'i',
);
/**
 * A threat of a rate change: "threatened to impose 35 per cent tariffs on Canadian imports on", "his
 * threat to impose a 25 pct tariff on Japanese goods on". The day the threatened rate was to start,
 * told before or after that day.
 */
const THREATENED_CHANGE = changeOnDay(THREAT_WORDS);
/** A day of the month: "threatened to raise tariffs on Monday" more often tells when the threat was made. */
const DAY_OF_MONTH = /\d/;
/**
 * A change still to come named as a noun, with its day: "the planned tariff hike on August 1", "the
 * looming 30% tariffs on EU goods from Aug. 1". The day it was to start, told before or after it.
 */
const PLANNED_NOUN = new RegExp(
  String.raw`\b(?:planned|scheduled|looming|threatened|impending)\s+(?:[\w%-]+\s+){0,3}?(?:hikes?|increases?|rises?|tariffs?|dut(?:y|ies)|lev(?:y|ies))(?:\s+on\s+(?:[\w-]+\s+){1,3}?)?\s+(?:on|from)\s+(?:the\s+)?$`,
  'i',
);
/**
 * The tariff as the subject of a present-tense change or of a plan: "tariffs on EU goods rise to
 * 30% on", "the 50% tariffs on Brazil are scheduled for". Within one clause.
 */
const tariffSubject = (reach: number) =>
  `(?<!\\b(?:on|about|over|of|for|against|in)\\s+(?:[\\w%-]+\\s+){0,2})\\b(?:${phraseAlternation(TARIFF_WORDS)})\\b[^.;:!?,]{0,${reach}}?`;
const TARIFF_SUBJECT = tariffSubject(50);
/** Not after a modal or a negation: "tariffs could rise on Nov. 1" is a possibility, not a schedule. */
const PRESENT_CHANGE = new RegExp(
  `${TARIFF_SUBJECT}(?<!\\b(?:could|might|may|should|can|would|to|not|never)\\s+)\\b(?:${phraseAlternation(PRESENT_CHANGE_VERBS)})\\b[^.;:!?]{0,60}?\\bon\\s+(?:the\\s+)?$`,
  'i',
);
/**
 * A rise to a rate told after the tariff, with its day: "a 25% tariff on sofas, rising to 30% on Jan.
 * 1". The goods between may run long ("applies to upholstered wooden furniture and kitchen cabinets"):
 * the participle closes their list.
 */
const PARTICIPLE_CHANGE = new RegExp(
  `${tariffSubject(90)}(?:,\\s*)?\\b(?:${phraseAlternation(PARTICIPLE_CHANGE_VERBS)})\\s+to\\s+\\d+(?:\\.\\d+)?\\s*${PERCENT_UNIT}[^.;:!?]{0,30}?\\bon\\s+(?:the\\s+)?$`,
  'i',
);
/** A rate change's past participle after its auxiliary, with an adverb between ("were quietly raised"). */
export const PASSIVE_CHANGE_VERB = `\\s+(?:\\w+ly\\s+)?(?:${phraseAlternation(PAST_CHANGE_VERBS)})\\b`;
/** A change told in the past with its day: "the U.S. tariffs were raised to 35 per cent on Aug. 1". */
const PAST_CHANGE = new RegExp(
  `${TARIFF_SUBJECT}\\b(?:was|were|had\\s+been)${PASSIVE_CHANGE_VERB}[^.;:!?]{0,60}?\\bon\\s+(?:the\\s+)?$`,
  'i',
);
/**
 * The next step of a phase-in, after its first step's day: "starting at 10% on Jan. 1, 2027, and
 * rising to 15% on Jan. 1, 2028". Its tariff is the one whose start the sentence already dates.
 */
const PHASE_STEP = new RegExp(
  `\\b(?:${phraseAlternation(PARTICIPLE_CHANGE_VERBS)})\\s+to\\s+\\d+(?:\\.\\d+)?\\s*${PERCENT_UNIT}[^.;:!?]{0,30}?\\bon\\s+(?:the\\s+)?$`,
  'i',
);
const PLANNED_FOR = new RegExp(
  `${TARIFF_SUBJECT}\\b(?:is|are|now|remain|remains)\\s+(?:now\\s+)?(?:set|scheduled|slated|planned|due)\\s+(?:for|on)\\s+(?:the\\s+)?$`,
  'i',
);
/** A tariff word in a paragraph, for a sentence that takes effect without one ("It applies from Monday"). */
export const TARIFF = new RegExp(`\\b(?:${phraseAlternation(TARIFF_WORDS)})\\b`, 'i');
/** A trade measure other than a tariff: its start date is the day it takes effect too. */
export const MEASURE = new RegExp(`\\b(?:${phraseAlternation(MEASURE_WORDS)})\\b`, 'i');

/** The tariff itself, not a rate of interest: a scheduled change needs one in its sentence. */
const LEVY = /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\b/i;
/**
 * A start told in the active past, the levy its object: "implemented the 10% tariff on most imports
 * Tuesday", "commenced the imposition of a global tariff on Tuesday", "began collecting the duties".
 */
const BEGUN_LEVY = String.raw`\b(?:(?:implemented|commenced)\s+(?:the|a|an|its|their|new|higher)\b|(?:began|started|commenced)\s+(?:imposing|collecting|charging|levying|applying|enforcing|to\s+(?:impose|collect|charge|levy|apply|enforce))\b)(?:\s+[\w%.'’-]+){0,8}?\s+${LEVY.source}`;
export const BEGUN = new RegExp(BEGUN_LEVY, 'i');
const BEGUN_ON = new RegExp(`${BEGUN_LEVY}[^;:!?]{0,60}?$`, 'i');
/** "On Aug. 1, …" / "From Monday, …": a date that opens its sentence. */
const OPENING = /^\W*(?:on\s+)?(?:the\s+)?$/i;
/** "On Friday, Japan said …": the day something was said. */
const SPEECH = /\b(?:said|says|announced|told|stated|warned|wrote|posted|confirmed)\b/i;
/** An effect phrase later in the sentence, with no other date after it ("…, the tariffs will take effect"). */
const EFFECT_LATER = new RegExp(`\\b(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})\\b`, 'i');

/**
 * A change the sentence puts in the future after an opening date ("On July 9, US tariff rates are set
 * to increase for many nations"): the opening date is the day of the change, as a start word's is.
 */
const CHANGE_LATER = new RegExp(
  `\\b(?:${phraseAlternation(FUTURE_WORDS)})\\s+(?:[\\w-]+\\s+){0,3}?(?:${phraseAlternation(RATE_CHANGE_VERBS)})\\b`,
  'i',
);

/**
 * "The new executive decision takes effect from 02/24/2026": what takes effect from a day, in a
 * paragraph about trade measures, is one of them even when its sentence names it otherwise.
 */
const EFFECT_FROM = new RegExp(`\\b(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})\\s+from\\s+(?:the\\s+)?$`, 'i');

/**
 * The legal act that sets a trade measure, named in its place: "The executive order, effective
 * retroactively from November 13, was issued on Thursday." In a paragraph about tariffs, its start
 * is theirs ("in order to" is no act).
 */
const TRADE_ACT = /\b(?:(?<!\bin\s)orders?|proclamations?|decrees?)\b/i;

/**
 * The effect dates of a sentence. `anchors` says whether its start dates start a pause's duration
 * ("a 90-day pause from May 14") rather than a tariff; a start date needs a tariff word beside it.
 */
export function effectDates(sentence: string, dates: readonly DateMention[], anchors: boolean): DateMention[] {
  const begun = (d: DateMention) => d.role === 'other' && BEGUN_ON.test(sentence.slice(0, d.start));
  // A threat's day, or a planned change's: the day it was to start.
  const threatened = (d: DateMention) =>
    d.role === 'other' &&
    DAY_OF_MONTH.test(sentence.slice(d.start, d.end)) &&
    (THREATENED_CHANGE.test(sentence.slice(0, d.start)) || PLANNED_NOUN.test(sentence.slice(0, d.start)));
  // `afterEffect`: an earlier date of the sentence is an effect day, which a phase-in's next step follows.
  const isEffect = (d: DateMention, i: number, afterEffect: boolean): boolean => {
    if (whenSaid(sentence, d)) return false;
    const rest = sentence.slice(d.end);
    if (d.role === 'effect') return true;
    if (d.role === 'start')
      return (
        !anchors &&
        (TARIFF.test(sentence) ||
          MEASURE.test(sentence) ||
          TRADE_ACT.test(sentence) ||
          HAS_PERCENT.test(sentence) ||
          EFFECT_FROM.test(sentence.slice(0, d.start)))
      );
    if (!LEVY.test(sentence)) return false;
    const before = sentence.slice(0, d.start);
    if (OPENING.test(before) && /^,|,\s*$/.test(sentence.slice(d.start, d.end) + rest.slice(0, 1)))
      return i === dates.length - 1 && (EFFECT_LATER.test(rest) || CHANGE_LATER.test(rest)) && !SPEECH.test(rest);
    // A change told earlier in the sentence does not date a levy a participle describes.
    const described = DESCRIBED_BY_PARTICIPLE.test(before);
    return (
      (!described && SCHEDULED_CHANGE.test(before)) ||
      threatened(d) ||
      begun(d) ||
      (d.role === 'other' &&
        ((!described && (PRESENT_CHANGE.test(before) || PARTICIPLE_CHANGE.test(before) || PLANNED_FOR.test(before))) ||
          PAST_CHANGE.test(before))) ||
      (afterEffect && isPhaseStep(sentence, d))
    );
  };
  const effects: DateMention[] = [];
  dates.forEach((d, i) => {
    if (isEffect(d, i, effects.length > 0)) effects.push(d);
  });
  // A tariff starts on a day ahead unless a past word says otherwise ("from August 1" in January);
  // a threat's day, and a start told in the active past, are the nearest one.
  return effects.map((d) => (d.date === d.ahead || threatened(d) || begun(d) ? d : { ...d, date: d.ahead }));
}

/** Whether an effect day is a phase-in's next step: then each earlier effect day of its sentence is a step too. */
export const isPhaseStep = (sentence: string, day: DateMention) => PHASE_STEP.test(sentence.slice(0, day.start));

/** A tariff that took effect, or was to: "took effect", "kicked in", "were to take effect". */
const TOOK_EFFECT = String.raw`\b(?:took\s+effect|went\s+into\s+effect|came\s+into\s+(?:effect|force)|entered\s+into\s+force|kicked\s+in|(?:was|were)\s+(?:due\s+|set\s+|scheduled\s+)?to\s+(?:take\s+effect|kick\s+in|come\s+into\s+(?:effect|force)))\b`;
/**
 * The effect told by what happened at the same moment, with no date of its own: "minutes after the
 * tariffs took effect", "hours after the new duties kicked in", "the tariffs took effect overnight".
 */
const JUST_AFTER = new RegExp(
  String.raw`\b(?:(?:just\s+|only\s+|mere\s+)?(?:minutes|hours|moments)\s+after|(?:shortly|just|soon|right|immediately)\s+after|within\s+(?:minutes|hours)\s+of)\s+(?:[\w'’%.-]+\s+){0,10}?${TOOK_EFFECT}` +
    String.raw`|${TOOK_EFFECT}\s+(?:overnight|at\s+midnight|earlier\s+today|this\s+morning)\b`,
  'i',
);
/** "Markets fell on Tuesday as the tariffs took effect": the day of the clause it goes with. */
const AS_IT_TOOK_EFFECT = new RegExp(String.raw`\b(?:as|when)\s+(?:[\w'’%.-]+\s+){0,10}?${TOOK_EFFECT}`, 'i');
/** Percentages, taken out before looking for a date ("25%" is no day of a month). */
const PERCENTAGE = new RegExp(String.raw`\d+(?:\.\d+)?\s*${PERCENT_UNIT}`, 'giu');
/** Clock times and the "11th hour" idiom, taken out too: "at midnight Washington time (0400 GMT)" names no other day. */
const CLOCK_TIME = /\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b|\b\d{4}\s*(?:GMT|UTC)\b|\b11th[-\s]hour\b/giu;
/** Any word that dates a sentence, even without a day: then the article's day is not the one. */
const DATED = new RegExp(
  String.raw`\d|\b(?:${WEEKDAY_STEMS}|yester)day\b|\b(?:${MONTH_STEMS})[a-z]*\.?\b|\b(?:last|next|this|previous)\s+(?:week|month|year)\b`,
  'i',
);

/**
 * The day a tariff took effect when a sentence tells it only by what happened then: the one date
 * the sentence gives ("on Tuesday as the tariffs took effect"), else, for "minutes after" and the
 * like in a sentence dated by nothing, the article's own day. Nothing otherwise.
 */
export function effectByMoment(sentence: string, dates: readonly DateMention[], published: string): string | undefined {
  const just = JUST_AFTER.test(sentence);
  if (!just && !AS_IT_TOOK_EFFECT.test(sentence)) return undefined;
  const others = dates.filter((d) => d.role === 'other');
  if (dates.length === 1 && others.length === 1) return others[0]?.date;
  return just && dates.length === 0 && !DATED.test(sentence.replace(PERCENTAGE, '').replace(CLOCK_TIME, ''))
    ? published
    : undefined;
}

/** Who imposes a tariff on whom: party ids, imposer first. */
export interface EffectDirection {
  imposer: string;
  target: string;
  /** The rate, when the sentence gives one for this direction. */
  percent?: number;
}

/**
 * The directions of the tariffs that take effect: the rates of the sentence, else of the nearest
 * earlier sentence of the paragraph that states one ("China said it would impose 15% on coal … The
 * tariffs take effect next Monday"). Empty when no sentence says.
 */
export function effectDirections(
  sentence: string,
  earlierInParagraph: readonly string[],
  published: string,
): EffectDirection[] {
  // An earlier sentence lends its direction only to the rate it states: "Ottawa imposed a 25%
  // counter-tariff … The U.S. tariffs were raised to 35 per cent on Aug. 1" is not Canada's 35%.
  const own = ratePercents(sentence).map((p) => p.value);
  for (const text of [sentence, ...[...earlierInParagraph].reverse()]) {
    const directions = new Map<string, EffectDirection>();
    for (const rate of sentenceRates(text, published, () => [])) {
      if (text !== sentence && own.length > 0 && !own.includes(rate.percent)) continue;
      const imposer = partyIdOf(rate.imposer);
      const target = partyIdOf(rate.target);
      if (!imposer || !target || imposer === target) continue;
      const key = `${imposer}-${target}`;
      const known = directions.get(key);
      // Several rates one way ("15% on coal, 10% on crude oil"): the title names none of them.
      if (known) delete known.percent;
      else directions.set(key, { imposer, target, percent: rate.percent });
    }
    if (directions.size > 0) return [...directions.values()];
  }
  return [];
}
