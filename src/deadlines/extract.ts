import { articleRef, sentenceText, type Article } from '../corpus/article.ts';
import {
  ANCHOR_EVENTS,
  CONDITION_WORDS,
  DEAL_WORDS,
  DEFAULT_TOPIC,
  EFFECT_BEFORE_WORDS,
  END_AFTER_WORDS,
  END_BEFORE_WORDS,
  EXTENSION_WORDS,
  FUTURE_WORDS,
  LASTING_WORDS,
  LEVY_NOUNS,
  OBLIGATION_WORDS,
  PAUSE_CUES,
  PAUSE_VERBS,
  PLAN_WORDS,
  PARTICIPLE_CHANGE_VERBS,
  PRESENT_CHANGE_VERBS,
  RATE_CHANGE_VERBS,
  REMOVAL_WORDS,
  RETALIATION_WORDS,
  START_DATE_WORDS,
  START_WORDS,
  TARGET_WORDS,
  TARIFF_WORDS,
  THREAT_WORDS,
  TOPICS,
  TRADE_WORDS,
  DURATION_UNITS,
} from './cues.ts';
import { datesIn, END_CLOCK, EXTENSION, whenSaid, type DateMention } from './dates.ts';
import type { Deadline, DeadlineSource } from './deadline.ts';
import { durationsIn, type DurationMention } from './durations.ts';
import {
  BEGUN,
  effectByMoment,
  effectDates,
  effectDirections,
  isPhaseStep,
  MEASURE,
  PASSIVE_CHANGE_VERB,
  TARIFF,
} from './effects.ts';
import { endWindow, inWindow, type Window } from './window.ts';
import { partiesIn, withHomeParty, HOME_PARTY } from './parties.ts';
import { CHANGES_STATED_RATE } from '../rates/party-cues.ts';
import { addTime, daysBetween } from '../dates/days.ts';
import { phraseAlternation } from '../text/patterns.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

/**
 * One sentence that gives (or used to give) a deadline's date. Mentions with the same `key` (what
 * is paused, between whom; for a tariff taking effect, who imposes it on whom) are about the same
 * thing; see `group.ts`.
 */
export interface DeadlineMention {
  kind: Deadline['kind'];
  key: string;
  /** Party ids; for a tariff taking effect, the imposer first. */
  parties: string[];
  topic: string;
  /** "truce", "pause", …: what the article calls it ("tariff" for one taking effect). */
  noun: string;
  /** The rate that takes effect, when the sentence gives one. */
  percent?: number;
  /** What takes effect is the tariff's removal ("will lift its counter-tariffs … starting September 1"). */
  removal?: boolean;
  /** The date it gives, if it gives one (a sentence may only say what the date used to be). */
  date?: string;
  approximate: boolean;
  /** The sentence extends a pause: it outranks other sentences of the same day. */
  extension: boolean;
  /** Dates the sentence says were replaced ("was due to expire on Aug. 12"). */
  former: string[];
  sentence: string;
  article: DeadlineSource;
  /** Sentence position in the article, for a stable order. */
  position: number;
}

const word = (words: readonly string[]) => new RegExp(`\\b(?:${phraseAlternation(words)})\\b`, 'i');
const PAUSE = new RegExp(PAUSE_CUES.map((c) => `\\b(?<${c.noun}>${phraseAlternation(c.words)})\\b`).join('|'), 'i');
const TRADE = word(TRADE_WORDS);
/**
 * "Trade" or "tariff" naming people or their talks ("the trade minister will be in Washington for two
 * days starting today for tariff discussions"): no measure that starts or lasts.
 */
const ABOUT_PEOPLE = new RegExp(
  String.raw`\b(?:trade|tariffs?)\s+(?:talks|discussions|negotiations|negotiators?|ministers?|ministry|secretary|representatives?|commissioner|chief|officials?|envoys?|delegations?|team)\b`,
  'gi',
);
const measureWords = (text: string) => text.replace(ABOUT_PEOPLE, ' ');
/** Trade told by a word, or by a change of the rate just stated, pointed back to ("reduced that to 10% until July 8"). */
const tradeTold = (text: string) => TRADE.test(measureWords(text)) || CHANGES_STATED_RATE.test(text);
/** A levy told as a tax by its rate ("subject to a 19% tax", "a 30 per cent tax"): news's plain word for a tariff. */
const RATED_TAX = new RegExp(String.raw`\d\s?${PERCENT_UNIT}\s+(?:[\p{L}-]+\s+)?tax(?:es)?\b`, 'iu');
const isTrade = (text: string) =>
  tradeTold(text) || TARIFF.test(measureWords(text)) || MEASURE.test(text) || RATED_TAX.test(text);
const START_DATE = word(START_DATE_WORDS);
const PAUSE_VERB = word(PAUSE_VERBS);
/** An obligation, passive ("has until", "must") or granted to someone ("gave the EU until July 9 to …"). */
const OBLIGATION = new RegExp(
  `${word(OBLIGATION_WORDS).source}|\\b(?:give|gives|gave|giving)\\s+(?:[\\w'’.-]+\\s+){1,5}?until\\b`,
  'i',
);
const CONDITION = word(CONDITION_WORDS);
/** A target date for a deal: a target word and a deal word in one sentence. */
const TARGET = word(TARGET_WORDS);
const DEAL = word(DEAL_WORDS);
const dealTarget = (text: string) => TARGET.test(text) && DEAL.test(text);
const LASTING_WORD = new RegExp(
  `\\b(?:${phraseAlternation(LASTING_WORDS)})${END_CLOCK}\\s+(?:on\\s+|at\\s+)?(?:the\\s+)?$`,
  'i',
);
/**
 * "Through" a day after a verb of lasting (US usage: "is scheduled to run for 150 days, through July
 * 24", "will stay in place through August 2"); alone it may bound a count ("the announcements
 * through Sunday").
 */
const LASTING_THROUGH =
  /\b(?:run|runs|running|ran|stay|stays|stayed|remain|remains|remained|last|lasts|lasted|continue|continues|continued|extend|extends|extended|in\s+(?:place|effect|force))\b[^.;:]{0,40}?\bthrough\s+(?:the\s+)?$/i;
/** Whether the words before an end date tell a measure lasting until it. */
const lasting = (before: string) => LASTING_WORD.test(before) || LASTING_THROUGH.test(before);
/**
 * Cheap tests before chrono, the costly part: a sentence can give a deadline only with a pause or
 * extension word, a duration, an effect or start word, a rate change in the present or with a
 * future marker, a plan word, a levy's start told in the past ("implemented the tariff Tuesday"), or an
 * end word with trade, an obligation or a deal target.
 */
const CUES = word([
  ...PAUSE_CUES.flatMap((c) => c.words),
  ...EXTENSION_WORDS,
  ...EFFECT_BEFORE_WORDS,
  ...START_WORDS,
  ...END_AFTER_WORDS,
  ...START_DATE_WORDS,
  ...DURATION_UNITS.flatMap((u) => [u, `${u}s`]),
]);
/** A tariff change told in the present or as a participle, or a plan word: only beside a tariff word, as both are common words. */
const SCHEDULE = word([...PRESENT_CHANGE_VERBS, ...PARTICIPLE_CHANGE_VERBS, ...PLAN_WORDS]);
const FUTURE = word(FUTURE_WORDS);
const THREAT = word(THREAT_WORDS);
const RATE_CHANGE = word(RATE_CHANGE_VERBS);
const END_WORD = word(END_BEFORE_WORDS);
/** A change in the passive past ("were raised to 35 per cent on Aug. 1"): only beside a tariff word. */
const PASSIVE_CHANGE = new RegExp(`\\b(?:was|were|been)${PASSIVE_CHANGE_VERB}`, 'i');
const mayGiveDate = (text: string) =>
  CUES.test(text) ||
  (RATE_CHANGE.test(text) && (FUTURE.test(text) || THREAT.test(text))) ||
  (PASSIVE_CHANGE.test(text) && TARIFF.test(text)) ||
  BEGUN.test(text) ||
  (SCHEDULE.test(text) && TARIFF.test(text)) ||
  ((tradeTold(text) || OBLIGATION.test(text) || dealTarget(text)) && END_WORD.test(text));
/** What a removal takes away: a tariff, a partner's counter-tariffs, or its "retaliatory measures". */
const REMOVED = `(?:${phraseAlternation([...TARIFF_WORDS, ...RETALIATION_WORDS, 'measures'])})`;
const REMOVING = `(?:${phraseAlternation(REMOVAL_WORDS)})`;
/**
 * A tariff taken away in its sentence: a removal verb before it ("lifted the 40% tariffs"), after
 * it ("the tariff removal applies", "measures will be lifted"), or goods "no longer subject to" it.
 */
const REMOVAL = new RegExp(
  `\\b${REMOVING}\\s+(?:[\\w%.'’-]+\\s+){0,5}?${REMOVED}\\b` +
    `|\\b${REMOVED}\\s+(?:(?:will|would|to|be|been|being|is|are|was|were|has|have)\\s+){0,3}${REMOVING}\\b` +
    `|\\bno\\s+longer\\s+(?:be\\s+)?subject\\s+to\\b`,
  'i',
);
const RETALIATION = word(RETALIATION_WORDS);
const TOPIC_PATTERNS = TOPICS.map((t) => ({ topic: t, pattern: word(t.words) }));
/** "The 90-day clock started on April 9": the day a pause began starts its duration. */
const STARTED =
  /\b(?:started|began|begun|kicked\s+off|took\s+effect|went\s+into\s+effect|came\s+into\s+(?:effect|force))\s+(?:on\s+)?(?:the\s+)?$/i;
const ANCHOR_PHRASE = new RegExp(
  `\\b(?:after|following|since)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(${phraseAlternation(ANCHOR_EVENTS)})\\b`,
  'i',
);

/**
 * A pause as the subject of a start ("The pause on the retaliatory tariffs is expected to come into
 * effect by August 5"): its day is when the pause begins, no tariff's start and no end.
 */
const PAUSE_STARTS = new RegExp(
  `^\\W*(?:the|a|this|that|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${phraseAlternation(PAUSE_CUES.flatMap((c) => c.words))})\\b(?:(?!\\b(?:and|but|while)\\b)[^.;])*?\\b(?:${phraseAlternation(EFFECT_BEFORE_WORDS)})\\b`,
  'i',
);

/** A paragraph that opens a list: it ends in a colon ("… will be implemented in two phases:"). */
const LEAD_IN = /:\s*$/u;
/** A short line of a list (no more than a clause): the list goes on past it. */
const LIST_LINE = /^[^.;!?]{1,100}[.;]?\s*$/u;
/** A list line that is a level from a day: "25% from August 7", "Additional 25% from August 27 (12:01 am)". */
const LIST_STEP = new RegExp(
  String.raw`^\W*(?:[\p{L}-]+\s+){0,2}?\d+(?:\.\d+)?\s?${PERCENT_UNIT}\s+(?:[\p{L}-]+\s+){0,2}?(?:from|starting|beginning|effective|on)\s+[^.;!?]{1,60}[.;]?\s*$`,
  'iu',
);

/** The pause noun a text uses first, if any. */
function pauseNoun(text: string): string | undefined {
  const groups = PAUSE.exec(text)?.groups ?? {};
  return Object.keys(groups).find((noun) => groups[noun] !== undefined);
}

function topicOf(sentence: string) {
  let best: { topic: (typeof TOPICS)[number]; index: number } | undefined;
  for (const { topic, pattern } of TOPIC_PATTERNS) {
    const index = sentence.search(pattern);
    if (index >= 0 && (!best || index < best.index)) best = { topic, index };
  }
  return best?.topic ?? DEFAULT_TOPIC;
}

/** A date right next to the event a duration starts from: "the May 12 talks", "talks in Geneva on May 12". */
function eventDater(event: string): (sentence: string, published: string) => string | undefined {
  const named = new RegExp(`\\b${event}\\b`, 'i');
  const after = new RegExp(`^\\s*(?:[\\w-]+\\s+)?${event}\\b`, 'i');
  const before = new RegExp(`\\b${event}\\s+(?:[\\w-]+\\s+){0,3}?(?:on\\s+)?$`, 'i');
  return (sentence, published) => {
    if (!named.test(sentence)) return undefined;
    const near = (d: DateMention) => after.test(sentence.slice(d.end)) || before.test(sentence.slice(0, d.start));
    return datesIn(sentence, published).find(near)?.date;
  };
}

/**
 * Where a duration starts, only from what its own sentence or paragraph says: a start date ("for
 * 90 days starting August 12"), the date of the pausing itself ("paused the tariffs on April 9 for
 * 90 days"), the dated event the sentence names ("after the talks", dated where the article gives
 * its date), or a start date elsewhere in the paragraph. "Another 90 days" runs from the end date
 * it replaces ("was due to expire on") or a start date, in the sentence or paragraph: never from
 * an end date, which may be its result. Otherwise nothing: a date counted from the wrong day is
 * worse than none.
 */
function durationStart(
  sentence: string,
  dates: readonly DateMention[],
  paragraphDates: readonly DateMention[],
  duration: DurationMention,
  earlier: readonly string[],
  published: string,
): string | undefined {
  // "a 60-day extension on duties which were set to take effect on Friday": put off from that day.
  const putOff = dates.find((d) => d.role === 'former-effect');
  if (putOff) return putOff.date;
  if (duration.more)
    return (
      dates.find((d) => d.role === 'former' || d.role === 'start')?.date ??
      paragraphDates.find((d) => d.role === 'former' || d.role === 'start')?.date
    );
  const own =
    dates.find((d) => d.role === 'start') ??
    dates.find((d) => d.role !== 'end' && STARTED.test(sentence.slice(0, d.start))) ??
    (PAUSE_VERB.test(sentence) ? dates.find((d) => d.role === 'other') : undefined);
  if (own) return own.date;
  const event = ANCHOR_PHRASE.exec(sentence)?.[1]?.toLowerCase();
  if (event) {
    // The sentence itself first ("after the May 12 talks"), then back through the article.
    const dateOf = eventDater(event);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const date = dateOf(earlier[i] ?? '', published);
      if (date) return date;
    }
  }
  return paragraphDates.find((d) => d.role === 'start')?.date;
}

/**
 * A measure named again by a noun that points back to it ("The measure comes into effect next
 * Tuesday", "this decision comes into force on April 14"): in a paragraph about trade, the
 * sentence is about that trade measure.
 */
const MEASURE_AGAIN = /\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:measures?|decision|proclamation|order)\b/i;
/**
 * A paragraph that opens on the order named again, by an article or a possessive ("Trump's most
 * recent executive order will expire …"): after a paragraph about trade, it goes on about that
 * trade measure, though it names no tariff itself.
 */
const ORDER_OPENS =
  /^\W*(?:(?:the\s+)?[\p{L}.-]+['’]s|the|this|that|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:order|proclamation)\b/iu;
/** The change named again is a removal ("The removal takes effect …"). */
const TAKEN_AWAY_STARTS = /^\W*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:removal|elimination|termination)\b/i;
/**
 * A change named again as the subject of its start ("The removal takes effect at 12:01 a.m. on
 * February 7", "The cut will take effect on May 1"): after a paragraph about trade, the start of
 * that trade change.
 */
const CHANGE_STARTS =
  /^\W*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:removal|reduction|cut|increase|hike|rise|suspension|elimination|termination)\s+(?:(?:will|would|is\s+(?:set|due|expected|scheduled)\s+to)\s+)?(?:takes?|took)\s+effect\b/i;

/**
 * Where a measure that lasts a stated time starts ("comes into effect next Tuesday and will be
 * valid for 150 days"; "implemented the tariff Tuesday. The levy will last 150 days"): the day it
 * takes effect, told before the duration in its sentence, else the last such day earlier in its
 * paragraph.
 */
function lastingStart(
  duration: DurationMention,
  effects: readonly DateMention[],
  earlierEffects: readonly string[],
): string | undefined {
  if (!duration.lasting) return undefined;
  return effects.findLast((d) => d.end <= duration.start)?.date ?? earlierEffects.at(-1);
}

/** "a temporary 10% tariff … for 150 days": what ends is the tariff itself, not a pause of one. */
const LEVY = `(?:${phraseAlternation(LEVY_NOUNS)})`;
const TEMPORARY_TARIFF = new RegExp(`\\btemporary\\s+(?:[\\w%-]+\\s+){0,2}?${LEVY}\\b`, 'i');
/**
 * A tariff on every country: "a global tariff", "a worldwide levy", "on all imports", "applies to
 * almost all imports, regardless of origin".
 */
const GLOBAL = new RegExp(
  `\\b(?:global|worldwide|universal|across-the-board)\\s+(?:[\\w%-]+\\s+)?${LEVY}\\b|\\b(?:on|to)\\s+(?:all|nearly\\s+all|almost\\s+all|virtually\\s+all)\\s+(?:imports|(?:trading\\s+)?partners|countries)\\b|\\bregardless\\s+of\\s+(?:origin|(?:the\\s+)?country)\\b`,
  'i',
);
/** An opening that sets a foil against the subject: "Unlike the tariffs on Chinese goods, Section 122 …". */
const FOIL = /^\W*(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to)\s[^,]*,/i;

/**
 * Parties of a sentence, else of its paragraph, else of the title: the first that names a foreign
 * party ("the US president's talks … a further suspension" is about whoever the article is about).
 * A lone foreign party is with the US.
 */
function partiesOf(sentence: string, paragraph: string, title: string): string[] {
  const own = sentence.replace(FOIL, '');
  // "a temporary 10% global tariff", and "The new tariff …" after it: the US on every country, not
  // whichever countries the paragraph goes on to name.
  const lead = paragraph.slice(0, Math.max(0, paragraph.indexOf(sentence)));
  if (!partiesIn(own).some((id) => id !== HOME_PARTY) && (GLOBAL.test(own) || GLOBAL.test(lead))) return [HOME_PARTY];
  for (const text of [own, paragraph.replace(sentence, own), title]) {
    const found = partiesIn(text);
    if (found.some((id) => id !== HOME_PARTY)) return withHomeParty(found);
  }
  return [HOME_PARTY];
}

/** Who imposes the tariff that takes effect on whom: the rates' reading, else the US on the other party. */
function effectParties(
  sentence: string,
  earlierInParagraph: readonly string[],
  parties: readonly string[],
  published: string,
): { parties: string[]; percent?: number }[] {
  const directions = effectDirections(sentence, earlierInParagraph, published);
  const found = directions.map((d) => ({
    parties: [d.imposer, d.target],
    ...(d.percent ? { percent: d.percent } : {}),
  }));
  // Rates read one direction of a list ("from February 1 on imports from the UK, Denmark, Norway
  // …"): the imposer imposes on every other party the sentence names. None: the corpus is about US
  // tariffs, so the US.
  if (directions.length > 1) return found;
  // Counter-tariffs with no rate to read: the partner imposes them on the US.
  const partner = RETALIATION.test(sentence) ? parties.find((p) => p !== HOME_PARTY) : undefined;
  if (directions.length === 0 && partner) return [{ parties: [partner, HOME_PARTY] }];
  const imposer = directions[0]?.imposer ?? HOME_PARTY;
  const named = new Set(directions.flatMap((d) => [d.imposer, d.target]));
  const others = parties.filter((p) => p !== imposer && !named.has(p));
  const percent = directions[0]?.percent;
  found.push(...others.map((p) => ({ parties: [imposer, p], ...(percent ? { percent } : {}) })));
  return found.length > 0 ? found : [{ parties: [imposer] }];
}

/** The deadline mentions of one article, in reading order. */
export function extractMentions(article: Article): DeadlineMention[] {
  const mentions: DeadlineMention[] = [];
  const earlier: string[] = [];
  let articleNoun: string | undefined;
  const { published } = article;
  const pending: { window: Window; mention: DeadlineMention }[] = [];
  const extensions: { duration: DurationMention; mention: DeadlineMention }[] = [];
  let tradeBefore = false;
  let tradeList = false;
  for (const passage of article.passages) {
    const tradeHere = isTrade(passage.text);
    // "The hike will be implemented in two phases:" then "25% from August 7": a line of the list a
    // lead-in about trade opens is that trade's, and its dated levels are steps that take effect.
    const listStep = tradeList && LIST_STEP.test(passage.text);
    // "However, the implementation date is set for August 1": a start date told on its own after
    // the paragraph that names the measure is that measure's.
    const changeStarts = tradeBefore && CHANGE_STARTS.test(passage.text);
    const orderAgain = tradeBefore && ORDER_OPENS.test(passage.text);
    const trade = tradeHere || listStep || changeStarts || orderAgain || (tradeBefore && START_DATE.test(passage.text));
    tradeBefore = tradeHere;
    tradeList = (tradeHere && LEAD_IN.test(passage.text)) || (tradeList && LIST_LINE.test(passage.text));
    if (!mayGiveDate(passage.text) && !listStep && !orderAgain) {
      for (const span of passage.sentences) earlier.push(sentenceText(passage, span));
      continue;
    }
    const pauseParagraph = PAUSE.test(passage.text);
    const measureAgain = (sentence: string) =>
      trade &&
      (MEASURE_AGAIN.test(sentence) ||
        (orderAgain && ORDER_OPENS.test(sentence)) ||
        (changeStarts && CHANGE_STARTS.test(sentence)));
    // What lasts is named before its end: "the campaign was to run until the end of January and
    // aimed to show the effects of tariffs" ends a campaign, not a trade measure.
    const measureLasting = (before: string) => lasting(before) && (tradeTold(before) || measureAgain(before));
    // Dates of every sentence first: a duration may start from a date elsewhere in its paragraph.
    const sentences = passage.sentences.map((span) => {
      const sentence = sentenceText(passage, span);
      const durations = durationsIn(sentence);
      const position = earlier.push(sentence);
      const dates =
        mayGiveDate(sentence) || measureAgain(sentence) || listStep ? datesIn(sentence, published, durations) : [];
      return { sentence, dates, position, durations };
    });
    const paragraphDates = sentences.flatMap((s) => s.dates);
    const paragraphEffects: string[] = [];
    sentences.forEach(({ sentence, dates, position, durations }, index) => {
      const noun = pauseNoun(sentence);
      articleNoun ??= noun;
      const extension = EXTENSION.test(sentence);
      const article_ = { ...articleRef(article), paragraph: passage.paragraph };
      // Parties cost a country scan: only for sentences that give a deadline.
      let memo: string[] | undefined;
      const parties = () => (memo ??= partiesOf(sentence, passage.text, article.title));
      const topic = topicOf(sentence);
      const base = { sentence, article: article_, position, topic: topic.label, extension };

      // A tariff taking effect on a stated day.
      // A start date anchors a pause's duration; with no duration in the sentence it starts a tariff.
      const effects =
        trade && !PAUSE_STARTS.test(sentence)
          ? effectDates(sentence, dates, noun !== undefined && durations.length > 0)
          : [];
      // "originally planned for March 1, will now take effect on April 1": a replaced plan, when the
      // sentence ends nothing.
      const replaced =
        effects.length > 0 && !dates.some((d) => d.role === 'end') ? ['former-effect', 'former'] : ['former-effect'];
      const formerEffects = dates.filter((d) => replaced.includes(d.role)).map((d) => d.date);
      // "originally set to take effect on July 9, now delayed to August 1": the "to" date is the new day.
      const lastEffect =
        effects.at(-1) ?? (formerEffects.length > 0 ? dates.findLast((d) => d.role === 'end') : undefined);
      const moment = !lastEffect && trade && !noun ? effectByMoment(sentence, dates, published) : undefined;
      const effectDate = lastEffect?.date ?? moment;
      const earlierEffects = [...paragraphEffects];
      if (effectDate) {
        paragraphEffects.push(effectDate);
        const former = formerEffects;
        const before = sentences.slice(0, index).map((s) => s.sentence);
        const removal = REMOVAL.test(sentence) || (changeStarts && TAKEN_AWAY_STARTS.test(sentence));
        // A phase-in's earlier steps take effect on their own days, before the last one.
        const steps = lastEffect && isPhaseStep(sentence, lastEffect) ? effects.slice(0, -1).map((d) => d.date) : [];
        for (const who of effectParties(sentence, before, parties(), published))
          for (const date of [...steps, effectDate])
            mentions.push({
              ...base,
              kind: 'takes effect',
              key: [...who.parties, topic.id].join('-'),
              parties: who.parties,
              noun: 'tariff',
              ...(who.percent ? { percent: who.percent } : {}),
              ...(removal ? { removal } : {}),
              date,
              approximate: false,
              former,
            });
      }

      // A pause running out, or another dated end: an ultimatum ("if China does not withdraw it by
      // April 8"), an obligation ("must sell by Sept. 17"), or a trade measure that lasts until a
      // stated day ("duty-free access lapses Sept. 30", "tariffs remain in place until Oct. 14").
      const ends = dates.filter((d) => d.role === 'end' && d !== lastEffect);
      const tradeSentence = tradeTold(sentence) || measureAgain(sentence);
      const ultimatum =
        !noun &&
        ends.length > 0 &&
        (OBLIGATION.test(sentence) ||
          dealTarget(sentence) ||
          (tradeSentence &&
            (CONDITION.test(sentence) || ends.some((d) => measureLasting(sentence.slice(0, d.start))))));
      // Without a pause word, only an extension or a duration of trade measures (or in a paragraph
      // about a pause: "Trump extended it for another 90 days") counts.
      const about = tradeSentence || pauseParagraph;
      if (!noun && !ultimatum && (!about || (!extension && durations.length === 0))) return;
      const lastEnd = ends.at(-1);
      const duration = durations[0];
      let found: Pick<DeadlineMention, 'date' | 'approximate'> | undefined;
      // A measure that lasts from its own start: what ends is the tariff, not a pause of it.
      const lastingFrom = !lastEnd && duration && !noun ? lastingStart(duration, effects, earlierEffects) : undefined;
      if (lastEnd) found = { date: lastEnd.date, approximate: false };
      else if (duration) {
        const others = paragraphDates.filter((d) => !dates.includes(d));
        const start =
          lastingFrom ?? durationStart(sentence, dates, others, duration, earlier.slice(0, position), published);
        if (start) found = { date: addTime(start, duration.length), approximate: true };
      }
      // "an extension on tariffs which were set to take effect on August 1": the day it replaces,
      // history only beside the new day; alone it would read as the day the pause ends.
      const replacedRoles = found ? ['former', 'former-effect'] : ['former'];
      const former = lastEffect ? [] : dates.filter((d) => replacedRoles.includes(d.role)).map((d) => d.date);
      // Parties only now: most sentences that get this far give no date.
      const ending = (): DeadlineMention => ({
        ...base,
        kind: 'ends',
        key: [...parties(), topic.id, ...(ultimatum ? ['deadline'] : [])].join('-'),
        parties: parties(),
        noun: ultimatum
          ? 'deadline'
          : (noun ??
            (lastingFrom && !pauseParagraph
              ? 'tariff'
              : (articleNoun ?? (TEMPORARY_TARIFF.test(sentence) ? 'tariff' : 'pause')))),
        approximate: false,
        former,
      });
      if (found || former.length > 0) mentions.push({ ...ending(), ...found });
      else {
        // "That pause was set to end this week": the day comes from a date the article states in that week.
        const window = endWindow(sentence, published);
        if (window) pending.push({ window, mention: ending() });
        else if (duration?.more) extensions.push({ duration, mention: ending() });
      }
    });
  }
  for (const { window, mention } of pending) {
    const day = onlyDayWithin(window, earlier, mention.sentence, published);
    // Both sentences are cited: the one that says what ends, and the one that gives its day.
    if (day) mentions.push({ ...mention, date: day.date, sentence: `${mention.sentence} … ${day.sentence}` });
  }
  for (const { duration, mention } of extensions) {
    const day = extendedDay(mention, mentions, published);
    if (day)
      mentions.push({
        ...mention,
        date: addTime(day.date, duration.length),
        approximate: true,
        former: [day.date],
        sentence: day.sentence === mention.sentence ? day.sentence : `${mention.sentence} … ${day.sentence}`,
      });
  }
  return mentions;
}

/** How near its article's date the day an extension replaces lies: an extension is news when granted. */
const EXTENDED_DAY_REACH = 7;

/**
 * The day an extension with no start of its own paragraph counts from ("extended the truce by
 * another 90 days", "a 90-day extension of his deadline", "suspend by 6 months the countermeasures,
 * which were due to enter into force on 7 August"): the one day, within a week of the
 * article, on which the article says the same parties' pause had been due to end or their tariff
 * was to start ("had been due to expire on Tuesday", "threatened a 30% duty beginning Aug. 1"). None when
 * the article gives several: it does not say which one was extended.
 */
function extendedDay(extension: DeadlineMention, mentions: readonly DeadlineMention[], published: string) {
  // The same parties either way round: a pause names them as a pair, a start imposer first.
  const pair = (m: DeadlineMention) => [...m.parties].sort().join('-');
  const days = new Map<string, string>();
  for (const m of mentions) {
    if (pair(m) !== pair(extension)) continue;
    // Never a day the pause ends on: that may be the extension's own result.
    const stated = [...m.former, ...(m.kind === 'takes effect' && m.date !== undefined ? [m.date] : [])];
    for (const date of stated)
      if (Math.abs(daysBetween(published, date)) <= EXTENDED_DAY_REACH && !days.has(date)) days.set(date, m.sentence);
  }
  const [day, ...others] = [...days];
  return day && others.length === 0 ? { date: day[0], sentence: day[1] } : undefined;
}

/**
 * The one day the article states, anywhere in it (a quotation too: "there will be no tariff on
 * November 1st"), that falls in an end's window, in a sentence about trade or a pause and not as
 * the day something was said. None when there are several: the window does not say which.
 */
function onlyDayWithin(window: Window, sentences: readonly string[], own: string, published: string) {
  const days = new Map<string, string>();
  for (const sentence of sentences) {
    if (sentence === own || !(TRADE.test(sentence) || TARIFF.test(sentence) || PAUSE.test(sentence))) continue;
    for (const d of datesIn(sentence, published))
      if (inWindow(d.date, window) && !whenSaid(sentence, d) && !days.has(d.date)) days.set(d.date, sentence);
  }
  const [day, ...others] = [...days];
  return day && others.length === 0 ? { date: day[0], sentence: day[1] } : undefined;
}
