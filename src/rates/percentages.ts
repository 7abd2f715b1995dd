import { FROM_BEFORE, THREATENED_LEVEL } from './change.ts';
import { clauseAt, clauseSpans, textOf, type Span } from './clauses.ts';
import { CHANGES_STATED_RATE_TO } from './party-cues.ts';
import {
  CHANGE_WORDS,
  METRIC_WORDS,
  MOVE_NOUNS,
  NOT_RATE_AFTER,
  NUMBER_PREFIXES,
  OTHER_RATE_MODIFIERS,
  QUALIFIERS,
  RATE_VERBS,
  TARIFF_WORDS,
} from './cues.ts';
import type { RateQualifier } from './rate-statement.ts';
import { endsWithWord, startsWithWord, wordsSource } from './words.ts';
import { countryMentions } from '../geo/mentions.ts';
import { PERCENT_UNIT, PERCENT_WORD } from '../text/percent-unit.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/names.ts';

/** A percentage in a sentence that states a tariff rate. */
export interface PercentMention {
  value: number;
  qualifier?: RateQualifier;
  /** Where its wording starts: the qualifier ("over 100%") or the number. */
  lead: number;
  /** Where the number starts and the percent sign or word ends. */
  start: number;
  end: number;
  /** An amount added to a tariff ("added 50% to the tariff", "raised it by 10 percentage points"): a part of the rate. */
  increment?: true;
}

/**
 * A level of "zero" with no unit, where news writes it after a change or a level: "slashing import
 * taxes on U.S. products to zero and …", "kept tariffs at zero." It ends its phrase; "to zero in on" does not.
 * Posts quoted in news shout it ("reduce their Tariffs … to ZERO").
 */
const BARE_ZERO = String.raw`(?<=\b(?:to|at)\s+(?:[Zz]ero|ZERO))(?=\s*(?:[,.;:)—–"”]|$)|\s+(?:and|or|on|for|from|by|in|under|as|with|after|over|within|when|while|if|but|once|starting|beginning|effective|last|this|next|earlier|later|today|yesterday|immediately|now)\b(?!\s+on\b))`;
/** "25%", "25 percent", "25 per cent", "25pc", "25 pct" (wire style), "27.5%", "10 percentage points" (group 2: points), "zero percent". */
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.$,])(\d{1,4}(?:\.\d+)?|[Zz]ero|ZERO)(?:\s?%|\s?-?\s?${PERCENT_WORD}|(\s?-?\s?percentage[\s-]points?)(?![\p{L}])|${BARE_ZERO})`,
  'gu',
);
export const HAS_PERCENT = new RegExp(
  String.raw`(?:\d|\bzero)\s?(?:%|-?\s?(?:${PERCENT_WORD}|percentage\b))|\b(?:tariff|duty)[- ]free\b|\bfree\s+of\s+(?:tariffs|duties)\b|\b(?:to|at)\s+zero\b`,
  'i',
);

/** A percentage's number as written: digits, or "zero". */
const percentValue = (number: string) => (/^zero$/i.test(number) ? 0 : Number(number));

/** "entering Australia tariff-free", "enter duty-free" (group 1: the words that state the zero). */
const SHARE = new RegExp(String.raw`\d\s?${PERCENT_UNIT}\s+of\b`, 'iu');
const ENTER_FREE = /\bent(?:er|ers|ering|ered)\s+(?:[\p{L}.'’-]+\s+){0,3}?((?:tariff|duty)[- ]free)\b/giu;

const TARIFF_WORD = new RegExp(wordsSource(TARIFF_WORDS), 'giu');
/** Case aside, as headlines capitalise: "RBI Holds Repo Rate at 5.25%". */
const OTHER_RATE_BEFORE = new RegExp(`${wordsSource(OTHER_RATE_MODIFIERS)}\\s*$`, 'iu');
const METRIC_WORD = new RegExp(wordsSource(METRIC_WORDS), 'giu');
const PREPOSITION_BEFORE = endsWithWord(['on', 'of', 'from', 'for', 'against', 'to', 'in', 'into', 'with']);
const NOT_RATE_START = startsWithWord(NOT_RATE_AFTER);
const CHANGE_BEFORE = endsWithWord(CHANGE_WORDS);
/**
 * A move told with a word on its size between the verb and the number: "trade fell a whopping 65%",
 * "shares dropped a staggering 40%", "exports rose a modest 2%", "a 19% rate, down just 1% from the
 * 20% threatened". With no tariff word after the number: "added a hefty 25% tariff" states a rate.
 */
const SIZED_CHANGE_BEFORE = new RegExp(
  `${wordsSource(CHANGE_WORDS)}\\s+(?:(?:an?\\s+)?(?:whopping|staggering|stunning|massive|dramatic|remarkable|startling|striking|eye-watering|mere|modest|meagre|meager|record)|just|only|merely|barely|slightly)\\s*$`,
  'iu',
);
/** A change word after an article or possessive is an adjective of the rate, not a move: "an added 39% duty", "the increased 25% tariff". */
const ADJECTIVE_CHANGE_BEFORE = new RegExp(
  `(?<![\\p{L}'’-])(?:an?|the|its|their|his|her|our)\\s+${wordsSource(CHANGE_WORDS)}\\s*$`,
  'iu',
);
/** A rate verb before the number, with an object or "only" between ("charge them 25%", "charge Taipei 15%", "would face only 25%"). */
const RATE_VERB_BEFORE = new RegExp(
  `${wordsSource(RATE_VERBS)}(?:\\s+(?:them|it|us|him|her|only|just|about|roughly|around|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?))?(?:\\s+${wordsSource(NUMBER_PREFIXES)})*\\s*$`,
  'u',
);
/**
 * A tariff word within three words after the number ("25% reciprocal tariff", "25 per cent import
 * duties"), with no conjunction between: in "hit 7.1% as US tariffs weighed" the tariffs are another clause's.
 */
const TARIFF_AFTER = new RegExp(
  `^(?:\\s+(?!(?:as|while|after|before|because|since|when|and|but|or|if|than|despite|amid|though|although)\\b)[\\p{L}.-]+){0,2}?\\s+${wordsSource(TARIFF_WORDS)}`,
  'iu',
);
/**
 * Ranges are no single rate: "10 to 25 percent", "10%-25%", "between 10% and 25%", "tariffs of 20% to 25%", "ranging from
 * 10% to 50%", "ranging 25 percent to 40 percent". "Ranging" with no "from" opens a range only
 * with its first end: "duties ranging up to 50%" is a bound.
 */
const RANGE_START = String.raw`\b(?:between|rang(?:e|es|ing)\s+from)\s+`;
const RANGE_FIRST_END = String.raw`\d+(?:\.\d+)?\s*${PERCENT_UNIT}?\s*(?:and|to)\s+`;
/** "tariffs of 20% to 25%", "at 10 percent to 15 percent": a range given as a level, no change from one to the other. */
const RANGE_OF = String.raw`\b(?:of|at)\s+\d+(?:\.\d+)?\s*${PERCENT_UNIT}\s*to\s+`;
const RANGE_BEFORE = new RegExp(
  String.raw`(?:\d(?:\s*%)?\s*[-–]\s*|\b\d+(?:\.\d+)?\s+to\s+|${RANGE_START}(?:${RANGE_FIRST_END})?|\brang(?:e|es|ing)\s+${RANGE_FIRST_END}|${RANGE_OF})$`,
  'u',
);
const RANGE_AFTER = /^\s*[-–]\s*\d/;
/** A range's end with a country of its own ("ranging from 10% for Britain to 50% for Lesotho") is that country's rate. */
const OWN_PARTY_AFTER = new RegExp(
  String.raw`^\s+(?:for|on)\s+(?:the\s+)?(?!(?:${WEEKDAY_NAMES}|${MONTH_NAMES})\b)\p{Lu}`,
  'u',
);
/**
 * "tariffs of 10% to 15%": a range, unless a "from" makes it a change ("from 10% to 15%"); its top
 * end may be worded as one ("from a baseline of 15% to as high as 50%", "10% to a high of 41%").
 */
const TO_PERCENT_AFTER = new RegExp(
  String.raw`^\s+to\s+(?:about\s+|as\s+(?:high|much)\s+as\s+|a\s+(?:high|maximum|peak)\s+of\s+)?\d{1,4}(?:\.\d+)?\s?${PERCENT_UNIT}`,
  'u',
);
const FROM_END = /\bfrom(?:\s+(?:a|an|the|its|their|about|around|roughly|some|nearly))*\s*$/u;
/** "from" and a word or two before the number ("from threatened 50%"), read with `THREATENED_LEVEL`. */
const FROM_WORDS = /\bfrom\s+(?:(?:a|an|the|its|their)\s+)?\p{Ll}+\s+(?:[\p{L}'’-]+\s+)?$/u;
/**
 * The old level of a change, also with a word of its own after "from": "from the current 27.5 per
 * cent to 15 per cent", "from the original 25% to 15%", "from threatened 50% to 15%".
 */
const fromLevel = (before: string) =>
  FROM_END.test(before) || FROM_BEFORE.test(before) || (FROM_WORDS.test(before) && THREATENED_LEVEL.test(before));
/** "might end up below 10%": where a rate lands, not a rise. */
const END_UP = /\b(?:end|ends|ended|ending|wind|winds|wound)\s+up\s*$/u;
/** "struck down 25% duties", "knocked down the 10% levy": a verb whose object the rate is, not a fall by the number. */
const STRUCK_DOWN = /\b(?:strike|strikes|striking|struck|knock|knocks|knocking|knocked)\s+down\s*$/u;
/** "hit by 50% tariffs", "goods covered by 100% U.S. tariffs": the agent of a passive, not a move by the number. */
const PASSIVE_BY = /(?:\b\p{L}+ed|\bhit|\bstruck|\bcaught)\s+by\s*$/iu;
/** "from 27.5 to 10 per cent": a change, unless a range words it ("ranging from 10 to 41 percent"). */
const FROM_BARE = /(?<!\brang(?:e|es|ing)\s+)\bfrom\s+(\d{1,4}(?:\.\d+)?)\s+to\s+$/u;
const tariffWord = wordsSource(TARIFF_WORDS);
const ownerWords = String.raw`(?:(?:the|a|an|its|their|his|that|this|existing|current|earlier|previous)\s+)*(?:[\p{L}.'’-]+\s+){0,2}?`;
/** Verbs of a purpose a price move serves: "raise prices by 5% to offset tariff costs", "to cover tariffs". */
const PURPOSE_VERB = String.raw`(?:offset|cover|absorb|counter|counteract|mitigate|recoup|recover|cushion|soften|blunt|pay|combat|fight|compensate|reflect|pass|avoid|dodge|beat|escape|cope|deal|account|make)\b`;
/** An amount put onto a tariff: "added 50% to the tariff", "10 percentage points on top of the duty". */
const ONTO_TARIFF = new RegExp(
  // Not the infinitive of a purpose: "raise prices by 5% to offset the tariffs", "… to offset tariff costs".
  String.raw`^\s+(?:to|onto|on\s+top\s+of)\s+(?!\p{Ll}+\s+(?:the|a|an|its|their|his|her|these|those|this|that)\b|${PURPOSE_VERB})${ownerWords}${tariffWord}`,
  'iu',
);
/** A tariff raised by an amount: "increased the tariff on China by 34%", "raise duties by 10 percentage points". */
const RAISED_BY = new RegExp(
  // Not a measure the tariff moves: "a tariff hike would reduce GDP by 1.6%".
  String.raw`\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|add(?:s|ed|ing)?)\s+(?:[^,;.]*?\s)?${tariffWord}\b(?:(?!${wordsSource(METRIC_WORDS)})[^,;.])*?\s+by\s*$`,
  'iu',
);
/**
 * The new level right after the amount of a change: "raise the tariff by 1 percentage point to 25%".
 * That level is the rate; the amount is only how far it moved, no part of it.
 */
const THEN_LEVEL = /^\s+to\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?\d/u;
/** Percentage points of a tariff: "suspending 24 percentage points of that rate". */
const POINTS_OF_TARIFF = new RegExp(String.raw`^\s+of\s+${ownerWords}${tariffWord}`, 'iu');
/**
 * "tariffs add 10% to the price of a car", "add 0.7 percentage points to core inflation": what a
 * tariff does to a price or a measure of the economy, not its rate.
 */
const ADDED_TO_PRICE = new RegExp(
  String.raw`^\s+(?:more\s+)?to\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:price|prices|cost|costs|bills?|${wordsSource(METRIC_WORDS)})(?![\p{L}])`,
  'iu',
);
/**
 * What a tariff does to an economy, a noun before "to" or "on": "a 1% hit to its GDP", "a 0.5% drag
 * on growth" (not the verb: "after 104 percent hit the country").
 */
const ECONOMY_HIT = /^\s+(?:hit|blow|boost|drag)\s+(?:to|on|for)\b/iu;
/** "500 per cent of their value": a duty told as a share of the goods' value is a rate, not a share of something. */
const OF_VALUE = /^\s+of\s+(?:the\s+|their\s+|its\s+)?(?:customs\s+|declared\s+|import\s+)?value\b/iu;
/**
 * "contains 40% American content and 60% foreign", "75% regional value content": what a product is
 * made of, as rules of origin count it, and the rest of it told beside that share.
 */
const CONTENT_AFTER = /^\s+(?:[\p{L}.-]+\s+){0,3}?content\b/iu;
const CONTENT_BEFORE = /\bcontent\s*,?\s*(?:and|or)\s+(?:the\s+)?$/iu;
/**
 * "earn a credit equal to 3.75% of the value", "a 3.75% offset against the parts tariff": what a
 * maker gets back against tariffs, not a rate charged.
 */
const RELIEF = String.raw`(?:tax\s+)?(?:credit|credits|offset|offsets|rebate|rebates|deduction|deductions)`;
const RELIEF_BEFORE = new RegExp(
  String.raw`\b${RELIEF}\s+(?:(?:equal|equivalent|amounting)\s+to|worth|of)\s+(?:up\s+to\s+|about\s+|around\s+)?$`,
  'iu',
);
const RELIEF_AFTER = new RegExp(String.raw`^\s+${RELIEF}\b`, 'iu');
/** "put the odds of a 50% tariff at 30%": the likelihood of a rate, not a rate. */
const ODDS_AT = /\b(?:probability|odds|chances?|likelihood)\b[^,;]*\b(?:at|to)\s*$/iu;
/** "far below the global average of around 16%": an average is no rate anyone charges. */
const AVERAGE_OF = /\baverage\s+of\s*$/iu;
/** "a decline of roughly 62 percent": the size of a move (the qualifier is outside `before`). */
const MOVE_OF = new RegExp(`${wordsSource(MOVE_NOUNS)}\\s+of\\s*$`, 'iu');
/**
 * A trade flow a verb moves, its size told with no "of" ("projected to cut shipments 70%", "could
 * boost exports by 20%"): the size of the move, not a rate (unless a tariff is what is cut).
 */
const FLOW_MOVED_BEFORE = new RegExp(
  `\\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|halv(?:e|es|ed|ing)|trim(?:s|med|ming)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))\\s+(?:(?!${wordsSource(TARIFF_WORDS)})[\\p{L}.'’-]+\\s+){0,2}?(?:exports|imports|shipments|trade|sales|volumes?|flows?|purchases|orders)\\s+(?:by\\s+)?$`,
  'iu',
);
/** How far before a number the patterns that end at it look: enough for "no more than", "ranging from 10% to". */
const WINDOW = 40;
const QUALIFIER_BEFORE = Object.entries(QUALIFIERS).map(([qualifier, words]) => ({
  qualifier: qualifier as RateQualifier,
  pattern: endsWithWord(words),
}));

/**
 * Tariffs named as the cause of a move, or as what it would be without them ("would rise to 3% as a
 * result of the tariffs", "expected 2.2% without the import duties"): the number measures their
 * effect, so that tariff word ties no number to a rate. ("without a tariff" is a rate of zero.)
 */
const CAUSE_BEFORE =
  /\b(?:(?:as\s+a\s+result\s+of|because\s+of|due\s+to|owing\s+to|thanks\s+to)\s+(?:(?:the|these|those|such|any|new|higher)\s+)*|(?:without|absent)\s+(?:the|these|those|such)\s+)(?:[\p{L}-]+\s+)?$/iu;

/** True when `text` holds a tariff word that is not some other rate or tax ("interest rate"). */
export function hasTariffWord(text: string): boolean {
  return lastWords(text).tariff >= 0;
}

/**
 * Where the last tariff word and the last other measure ("inflation", not "on imports"; another
 * rate, "interest rate", is one too) start in `text`; -1 for none.
 */
function lastWords(text: string): { tariff: number; measure: number } {
  let tariff = -1;
  let measure = -1;
  for (const m of text.matchAll(TARIFF_WORD)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (OTHER_RATE_BEFORE.test(before)) measure = m.index;
    else if (!CAUSE_BEFORE.test(before)) tariff = m.index;
  }
  for (const m of text.matchAll(METRIC_WORD))
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) measure = Math.max(measure, m.index);
  return { tariff, measure };
}

/** True when the clause before `clause` ends on a measure, with no tariff word after it. */
function measuredBefore(sentence: string, clauses: readonly Span[], clause: Span): boolean {
  const before = clauses[clauses.indexOf(clause) - 1];
  if (!before) return false;
  const { tariff, measure } = lastWords(textOf(sentence, before));
  return measure > tariff;
}

/**
 * "countries with tariffs below 15%, such as Japan", "partners facing rates above 25%": a bound that
 * sorts partners, not a rate any of them is charged.
 */
const PARTNERS_BY_BOUND =
  /\b(?:countries|nations|economies|partners|exporters|those)\s+(?:with|facing|paying|that\s+(?:face|pay|have)|subject\s+to)\s+(?:[\p{L}-]+\s+)?(?:tariffs?|rates?|duties|levies)\s*$/iu;
/** "the cumulative tariff adds up to 50%": a sum reached, not a bound. */
const ADDS_UP_TO = /\b(?:add|adds|added|adding)\s+up\s+to\s*$/iu;

function qualifierOf(before: string): { qualifier?: RateQualifier; length: number } {
  for (const { qualifier, pattern } of QUALIFIER_BEFORE) {
    if (qualifier === 'up to' && ADDS_UP_TO.test(before)) continue;
    const m = pattern.exec(before);
    if (m) return { qualifier, length: before.length - m.index };
  }
  return { length: 0 };
}

/**
 * The percentages of `sentence` that state a tariff rate: tied to a tariff word, and not a share
 * ("15% of revenue"), a change ("fell 21%", "up 0.6%") or another measure ("inflation at 2.4%").
 * `listGoesOn` tells that the sentence before, in the same paragraph, stated rates: then a number
 * its clause gives a country named before it is one more rate of that list, with no tariff word of
 * its own ("Japan will face 25% tariffs. Chile and Peru are set for 36%, Ghana at 35%.").
 */
export function ratePercents(sentence: string, listGoesOn = false): PercentMention[] {
  const found: PercentMention[] = [];
  let clauses: ReturnType<typeof clauseSpans> | undefined;
  let sentenceHasTariff: boolean | undefined;
  for (const m of sentence.matchAll(PERCENT)) {
    const start = m.index;
    const end = start + m[0].length;
    const { qualifier, length } = qualifierOf(sentence.slice(Math.max(0, start - WINDOW), start));
    const lead = start - length;
    const before = sentence.slice(Math.max(0, lead - WINDOW), lead);
    if ((qualifier === 'over' || qualifier === 'under') && PARTNERS_BY_BOUND.test(before)) continue;
    const after = sentence.slice(end);
    // An increase of a tariff by an amount adds that much as a part of it; a cut by an amount, a
    // level "10 percentage points higher", is no rate anyone charges.
    const points = m[2] !== undefined;
    const raisedBy = RAISED_BY.test(sentence.slice(Math.max(0, lead - 2 * WINDOW), lead));
    if (raisedBy && THEN_LEVEL.test(after)) continue;
    if (ONTO_TARIFF.test(after) || raisedBy || (points && POINTS_OF_TARIFF.test(after))) {
      found.push({ value: percentValue(m[1]!), lead, start, end, increment: true });
      continue;
    }
    // "from 27.5 to 10 per cent": a change whose old level shares the new one's percent sign (with
    // no "from", "10 to 25 percent" is a range, no single rate).
    const bare = qualifier ? null : FROM_BARE.exec(before);
    if (
      (NOT_RATE_START.test(after) && !OF_VALUE.test(after)) ||
      ADDED_TO_PRICE.test(after) ||
      ECONOMY_HIT.test(after) ||
      CONTENT_AFTER.test(after) ||
      CONTENT_BEFORE.test(before) ||
      RELIEF_BEFORE.test(before) ||
      RELIEF_AFTER.test(after) ||
      ODDS_AT.test(sentence.slice(0, lead)) ||
      AVERAGE_OF.test(before) ||
      MOVE_OF.test(before) ||
      FLOW_MOVED_BEFORE.test(before) ||
      (CHANGE_BEFORE.test(before) &&
        !END_UP.test(before) &&
        !STRUCK_DOWN.test(before) &&
        !(PASSIVE_BY.test(before) && TARIFF_AFTER.test(after)) &&
        !ADJECTIVE_CHANGE_BEFORE.test(before)) ||
      (!bare && RANGE_BEFORE.test(before) && !OWN_PARTY_AFTER.test(after)) ||
      RANGE_AFTER.test(after) ||
      (TO_PERCENT_AFTER.test(after) && !fromLevel(before))
    )
      continue;
    const percent = { value: percentValue(m[1]!), lead, start, end, ...(qualifier ? { qualifier } : {}) };
    const accept = () => {
      if (bare?.[1]) {
        const at = lead - before.length + bare.index + bare[0].indexOf(bare[1]);
        found.push({ value: Number(bare[1]), lead: at, start: at, end: at + bare[1].length });
      }
      found.push(percent);
    };
    if (TARIFF_AFTER.test(after)) {
      accept();
      continue;
    }
    if (SIZED_CHANGE_BEFORE.test(before)) continue;
    clauses ??= clauseSpans(sentence);
    const clause = clauseAt(clauses, start);
    // In its clause, the nearest measure before the number is what it measures ("inflation rose to
    // 2.4% as tariffs bit"); a measure and no tariff word anywhere in the clause rules it out too.
    const left = lastWords(sentence.slice(clause.start, lead));
    const whole = lastWords(textOf(sentence, clause));
    if (left.measure > left.tariff || (whole.tariff < 0 && whole.measure >= 0)) continue;
    // A bare "zero" is a rate only after its tariff word: "imports dropped to zero after the tariff" is a flow.
    if (/^zero$/iu.test(m[0]) && left.tariff < 0) continue;
    if (whole.tariff >= 0) accept();
    // A clause of numbers alone measures what the clause before it names: "reduced those quotas in
    // July, from 100 per cent to 50 per cent, and imposed a 25 per cent surtax".
    else if (measuredBefore(sentence, clauses, clause)) continue;
    // A sentence with no tariff word still states rates when a verb says so ("still pay 25%"), and then so
    // do the percentages listed with that one ("charge 30% and 10% respectively").
    // So does a change of the rate just stated, pointed back to ("He later reduced that to 10%").
    else if (
      (sentenceHasTariff ??= hasTariffWord(sentence)) ||
      RATE_VERB_BEFORE.test(before) ||
      CHANGES_STATED_RATE_TO.test(before) ||
      found.length > 0 ||
      (listGoesOn && countryMentions(sentence.slice(clause.start, lead)).length > 0)
    )
      accept();
  }
  // Goods that "enter" a country tariff-free face a rate of zero there ("despite U.S. goods entering
  // Australia tariff-free"). "duty-free access" and "free of tariffs" tell access under a deal or a
  // programme, not a rate: labelled in none of nine sets of news, where every reading was spurious.
  // Not a share of goods ("77% of American goods entering the country tariff-free"), nor goods that
  // might enter so ("a backdoor route for Chinese goods to enter the US tariff-free").
  for (const m of sentence.matchAll(ENTER_FREE)) {
    if (SHARE.test(sentence.slice(0, m.index)) || /\bto\s+$/u.test(sentence.slice(0, m.index))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    found.push({ value: 0, lead: at, start: at, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
