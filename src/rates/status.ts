import {
  AT_ONCE,
  changeStatus,
  CLAUSE_OPENS,
  DEAL_IN_FORCE,
  DEAL_NOUN,
  DEAL_NOUNS,
  dealConditionBefore,
  EXEMPT_FROM,
  FROM_BEFORE,
  HEADLINE_SUBJECT,
  IF_CONDITION,
  HELD_RATE_TO_CHANGE,
  HELD_RATE_CHANGES,
  HELD_RATE_UNCHANGED,
  SET_TO,
  ONCE_CONDITION,
  PROGRESSIVE_BY,
  SHOULD_CONDITION,
  THREATENED_LEVEL,
} from './change.ts';
import { clauseAt, RELATIVE_CLAUSE, type Span } from './clauses.ts';
import {
  ANSWERING,
  ASKED_TO,
  CONDITION_WORDS,
  COUNTERFACTUAL_PAST,
  DUE_TO_CAUSE,
  EXPECTED_TO,
  FORMER_WORDS,
  HEADLINE_VERBS,
  CAPITALISED_NAME,
  LEFT_OUT_WORDS,
  NUMBER_PREFIXES,
  PAST_PERFECT_EXCEPTIONS,
  PAST_PERFECT_VERBS,
  REPLACED_PARTICIPLES,
  SOUGHT_WORDS,
  STATUS_CUES,
  THREAT_AFTER_WORDS,
  THREATENED_ACTS,
} from './cues.ts';
import { HAS_PERCENT, type PercentMention } from './percentages.ts';
import type { RateStatus } from './rate-statement.ts';
import { anyWord, wordsSource } from './words.ts';
import { START_BEFORE, startsLater, TOOK_EFFECT_WORDS } from './effective.ts';
import { delayedStart, spared } from './delays.ts';
import { addDays } from '../dates/days.ts';
import { readDates } from '../dates/read.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';
import { MONTH_STEMS, WEEKDAY_STEMS } from '../dates/names.ts';

/** What `statusOf` reads for one percentage. */
export interface StatusScope {
  sentence: string;
  percent: PercentMention;
  /** Every clause of the sentence, and the percentage's own clause and segment (see `clauses.ts`). */
  clauses: readonly Span[];
  clause: Span;
  segment: Span;
  /** The status of the previous percentage of the sentence, if any. */
  previous?: RateStatus;
  /** The article's date (YYYY-MM-DD): a start date after it makes a rate scheduled. */
  published: string;
}

const prefixes = String.raw`(?:\s+${wordsSource(NUMBER_PREFIXES)})*`;
/** "down from a whopping 39%": after "down"/"up", any two words may lead into the old level. */
const DOWN_FROM = /\b(?:down|up)\s+from(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;
/** A start planned in the past: "were to take effect", "was due to be charged". */
const PAST_START =
  /\b(?:was|were)\s+(?:(?:due|set|scheduled|slated|supposed|expected|going)\s+)?to\s+(?:take\s+effect|start|begin|kick\s+in|come\s+into\s+(?:force|effect)|be\s+(?:imposed|charged|applied|collected|levied))\b/u;
/**
 * A start still to come told of the rate right before it, in the past of a plan or the future of
 * reported speech ("that was due to take effect on Aug. 1", "Trump said would be levied starting
 * Aug. 1"), before any other clause opens.
 */
const START_TO_COME = new RegExp(
  String.raw`${PAST_START.source}|\bwould\s+(?:be\s+(?:imposed|charged|applied|collected|levied)|take\s+effect|start|begin|kick\s+in|come\s+into\s+(?:force|effect))\b`,
  'u',
);
const OTHER_CLAUSE_OPENS = /[;:]|,\s*(?:and|but|while|whereas|although|though)\b/u;
const toStartAfter = (right: string) => START_TO_COME.test(right.slice(0, 140).split(OTHER_CLAUSE_OPENS)[0] ?? '');
/** The participles of putting a rate on hold, shared by the two readings of a pause told after a level. */
const PAUSE_PARTICIPLES = String.raw`paused|suspended|postponed|delayed`;
/** A relative clause right after a level that tells it was put on hold: "the 46% (rate) that was paused in April". */
const PAUSED_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:${PAUSE_PARTICIPLES}|put\s+on\s+hold)\b`,
  'u',
);
/** Words that put a start off or call it off. */
const PUT_OFF = new RegExp(
  wordsSource([
    ...(STATUS_CUES.find((c) => c.status === 'suspended' && c.words.includes('delayed'))?.words ?? []),
    'but',
    'until',
    'instead',
    'called off',
    'scrapped',
    'dropped',
    'averted',
    'before',
  ]),
  'u',
);
/** "15% instead of 27.5%", "rather than the 25%". */
const INSTEAD_BEFORE = new RegExp(
  String.raw`\b(?:instead\s+of|rather\s+than|in\s+place\s+of|replacing)${prefixes}\s*$`,
  'u',
);
/**
 * The level of a change the sentence says does not come: "will stay at 54% instead of rising to
 * 145%", "will continue throughout 2026, instead of increasing to 30%". It was due and is put off.
 */
const AVERTED_CHANGE = new RegExp(
  String.raw`\b(?:instead\s+of|rather\s+than)\s+\p{Ll}+ing\s+(?:[\p{L}-]+\s+){0,3}?to${prefixes}\s*$`,
  'u',
);
const PENDING: readonly RateStatus[] = ['scheduled', 'threatened', 'suspended'];
/**
 * Verbs of telling: an adverb of time before one of them dates the telling, not the level
 * ("previously announced a 25% tariff"); so it does before a threat ("had earlier threatened a 50%
 * tariff": the level was threatened, never in force).
 */
const TELLING = String.raw`\s+(?:announced|unveiled|said|stated|reported|flagged|threatened|warned|proposed|floated)\b`;
/** "the old 145% rate", "the previous 25%" */
const FORMER_BEFORE = new RegExp(String.raw`${wordsSource(FORMER_WORDS)}(?!${TELLING})(?:\s+\S+){0,2}\s*$`, 'u');
/**
 * "will take effect on August 1, replacing the previous tariff of 10%": the former level a change
 * replaces, read as in force where the sentence gives the change a later start.
 */
const REPLACING_FORMER = new RegExp(
  String.raw`\breplac(?:e|es|ing)\s+(?:the|its|their|a|an)\s+${wordsSource(FORMER_WORDS)}(?:\s+\S+){0,2}\s*$`,
  'u',
);
/**
 * The earlier level kept: "continue facing the previous 25 percent tariff", "still pay the old
 * rate of 10%". The level is old beside a new one that does not reach them: in force.
 */
const KEEPS_FORMER = new RegExp(
  String.raw`\b(?:continu(?:e|es|ed|ing)\s+(?:to\s+)?(?:face|facing|pay|paying|be\s+subject\s+to)|still\s+(?:face|faces|facing|pay|pays|paying|subject\s+to)|(?:keep|keeps|kept|keeping|retain|retains|retained|retaining)|remain(?:s|ed|ing)?\s+(?:at|subject\s+to))\s+(?:the|their|its|a)\s+${wordsSource(FORMER_WORDS)}(?:\s+\S+){0,2}\s*$`,
  'u',
);
/**
 * The earlier level a new rate is added to: "in addition to two earlier rounds of 10% tariffs", "on
 * top of the earlier 10% levy". A level stacked on is held; "earlier" dates when it came.
 */
const ADDED_TO_FORMER = new RegExp(
  String.raw`\b(?:in\s+addition\s+to|on\s+top\s+of|atop)\s+(?:[\p{L}-]+\s+){0,2}?${wordsSource(FORMER_WORDS)}(?:\s+\S+){0,2}\s*$`,
  'u',
);
/** The words of an earlier level that are adjectives ("initial", "previous"; not "previously"). */
const FORMER_ADJECTIVES = ['initial', ...FORMER_WORDS.filter((w) => !w.endsWith('ly'))];
/**
 * The adjectives of an earlier level, right after the number in its noun phrase: "the 20% initial
 * tariff", "a 46% original “reciprocal” rate" (as "the initial 20%" before it tells).
 */
const FORMER_AFTER = new RegExp(
  String.raw`^\s+${wordsSource(FORMER_ADJECTIVES)}\s+(?:[\p{L}"“”'‘’-]+\s+){0,2}?(?:tariffs?|rates?|dut(?:y|ies)|lev(?:y|ies)|tax(?:es)?)\b`,
  'u',
);
/**
 * A past perfect before the number ("had raised tariffs … above 100%", "which had reached 125%",
 * "had initially retaliated with 34%"): any regular participle, or an irregular one of the list.
 */
const PAST_PERFECT = new RegExp(
  String.raw`\bhad\s+(?:\p{L}+ly\s+)?(?!${wordsSource(PAST_PERFECT_EXCEPTIONS)})(?:${wordsSource(PAST_PERFECT_VERBS)}|\p{L}{2,}ed\b)`,
  'u',
);
/** A reporting verb a few words before: "Albanese said Trump had imposed 10%" is reported speech, not the past. */
const REPORTED_BEFORE =
  /\b(?:said|says|told|noted|added|stated|argued|claimed|explained|complained|confirmed)\b(?:\s+\S+){0,4}?\s*$/u;

const PART_ADDED_AFTER = /\b(?:adding|added|adds)\b[^.;]*?\b(?:another|additional|extra|further)\b/u;
/**
 * A part added later to a first one ("initially imposed 10% on nearly all countries and later added
 * a 40% penalty on Brazil"): the parts stack, so "initially" tells the first of them, not history.
 */
const ADDED_LATER = /\b(?:later|then|subsequently|afterwards)\s+(?:added|adding|tacked\s+on|piled\s+on|stacked)\b/u;
/**
 * A level told as a state in the simple past, the number right after the copula: "the most
 * shocking of these tariffs was a 31 percent tax", "duties on steel were 25%". A state told in the
 * past held then; what holds now is told in the present. Not a level agreed, announced or set,
 * which the rest of the sentence reads.
 */
const PAST_COPULA =
  /^(?![^]*\b(?:agreed|announced|proposed|set|expected|planned|threatened|offered|due|scheduled)\b)[^]*\b(?:was|were)\s+(?:(?:a|an|the|just|only|merely|barely|about|around|roughly|nearly|almost|approximately|some|under|over|below|above|less\s+than|more\s+than)\s+)*$/iu;
/**
 * A level told as a state in the simple past passive, the number its object: "Vietnamese imports
 * were subject to a 46% blanket tariff", "China was assigned a reciprocal tariff rate of 34%". It
 * held then; a state that holds now is told in the present ("are subject to"). Not reported speech
 * shifted back ("said the goods were subject to 20%"), nor a level a deal or a start sets, nor one
 * told beside "already" ("cars were already facing 25%, while steel was subject to 50%"), which
 * makes the past the backdrop of what happened next, a state still holding.
 */
const PAST_STATE = /\b(?:was|were)\s+(?:\p{L}+ly\s+)?(?:subject\s+to|assigned)\s+(?:[\p{L}'’-]+\s+){0,5}?$/iu;
const SET_OR_STARTED = /\b(?:agreed|deal|agreement|due|scheduled|starting|effective)\b/iu;
const ALREADY = /\balready\b/iu;
const pastState = (left: string, before: string) => {
  const m = PAST_STATE.exec(left);
  return (
    m !== null &&
    !REPORTED_BEFORE.test(left.slice(0, m.index)) &&
    !NOT_HISTORY.test(left) &&
    !SET_OR_STARTED.test(left) &&
    !ALREADY.test(before)
  );
};
/**
 * What a past act answered: "had imposed 25% … in response to Washington's 35% tariffs", "had
 * retaliated against the 25% US tariff". The number is the other side's rate, which the past
 * perfect does not date.
 */
const ANSWERED = new RegExp(String.raw`\b(?:${ANSWERING}|retaliat\p{L}*\s+(?:against|for))\b`, 'u');
/** The words from what answered to the rate answered, at most a few: "Washington's", "the new US". */
const ANSWERED_EACH = new RegExp(ANSWERED.source, 'gu');
const ANSWERED_RATE = /^(?:\s+[\p{L}'’.-]+){0,4}\s*$/u;
/** A past perfect that is not reported speech shifted back: the number was a level since replaced. */
function pastPerfect(left: string): boolean {
  const m = PAST_PERFECT.exec(left);
  return m !== null && !REPORTED_BEFORE.test(left.slice(0, m.index)) && !ANSWERED.test(left.slice(m.index));
}
/**
 * Words that tell a level as history, in the part of the sentence the number owns: "peaked at
 * 145%", "at their peak … reached 145%", "once stood at", "was initially assigned 50%", "was
 * previously subject to", "at one point", "before the truce". Beside a modal or "now" ("will initially be 10%", "initially 46%, now 20%") they are not, nor
 * when they date only the telling ("previously announced a 25% tariff").
 */
const RETROSPECTIVE = new RegExp(
  String.raw`\b(?:peak(?:ed|ing)?|at\s+(?:its|their|the)\s+(?:peak|height|highest)|[Aa]t\s+one\s+point|[Aa]t\s+the\s+time(?!\s+of\s+(?:writing|publication|going))|[Bb]ack\s+then|initial|(?:[Ii]nitially|[Oo]riginally|[Pp]reviously|[Ff]ormerly)(?!${TELLING})|(?<!,\s?)once\s+(?:stood|reached|hit|topped|was|were|had|paid|faced|ran|rose|[a-z]{2,}ed)|as\s+high\s+as|(?:[Bb]efore|[Pp]rior\s+to)\s+(?:the|this|that|last\s+\p{L}+['’]s)\s+(?:\S+\s+)?(?:deal|truce|agreement|pact|accord|ceasefire|cut|reduction|ruling))\b`,
  'u',
);
const NOT_HISTORY = /\b(?:will|would|shall|is\s+to|are\s+to|now|currently|still)\b/u;
/**
 * An opening that dates the whole sentence as history: "At one point, duties were raised to 145%,
 * prompting Beijing to retaliate with tariffs of up to 125%" tells both levels of that time, the
 * answer too, though its own words ("retaliate with") are those of a rate laid.
 */
const OPENS_AS_HISTORY = /^\W*(?:[Aa]t\s+one\s+point|[Aa]t\s+(?:its|their|the)\s+(?:peak|height)|[Bb]ack\s+then)\b/u;
const retrospective = (window: string) => RETROSPECTIVE.test(window) && !NOT_HISTORY.test(window);
/** A verb in the simple past (or a past participle), and words that keep a clause in the present or future. */
const PAST_VERB = /\b(?:was|were|had|paid|stood|hit|rose|fell|ran|[a-z]{2,}ed)\b/u;
const PRESENT_OR_LATER =
  /\b(?:is|are|has|have|will|would|shall|now|currently|still|face|faces|pay|pays|remains?|stands?)\b/u;
/**
 * A time before some event or until some time, said of a level in the past tense: "Before Liberation
 * Day, the average tariff was 1.5%", "Until August, Indian goods faced 25%", "Under the old deal,
 * Canadian steel paid 25%", "paid 2.5% before Trump returned", "Previously, cars faced 27.5% — a base of
 * 2.5% plus a 25% surcharge" (every number of the sentence). The level held then and no longer does.
 */
const OPENS_BEFORE =
  /^\W*(?:(?:[Bb]efore|[Uu]ntil|[Tt]ill|[Pp]rior\s+to|[Uu]p\s+until)\s[^,]{2,60}|(?:[Uu]nder|[Ii]n)\s+(?:the|its|their)\s+(?:old|previous|former|earlier|prior)\s[^,]{2,40}|[Pp]reviously|[Ff]ormerly|[Bb]efore\s+(?:that|then)|[Uu]ntil\s+then),/u;
const BEFORE_AFTER = /\b(?:before|until|till|prior\s+to)\b/u;
function heldBefore(sentence: string, clause: Span, percent: PercentMention): boolean {
  const opener = OPENS_BEFORE.exec(sentence);
  const own = sentence.slice(opener && opener[0].length <= percent.lead ? opener[0].length : clause.start, clause.end);
  const tail = sentence.slice(percent.end, clause.end);
  return (
    ((opener !== null && opener[0].length <= percent.lead) || BEFORE_AFTER.test(tail)) &&
    PAST_VERB.test(own) &&
    !PRESENT_OR_LATER.test(own)
  );
}
/**
 * A level compared with and told in the past: "far below the 145% that halted trade in April",
 * "above the 2.5% its cars paid before". What the comparison is set against is history.
 */
const COMPARED_BEFORE =
  /\b(?:below|above|(?:lower|higher|less|more)\s+than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|an?\s+)?$/u;
/**
 * The compared level's own past verb, with its subject ("that halted", "its cars paid"); "the 10% paid
 * by Britain" is a state, and so is "the 15% levies imposed on Japan", whose plural is the level's own noun.
 */
const PAST_AFTER =
  /^(?:\s+\S+){0,3}?\s+(?:that|which|it|they|he|she|we|(?!(?:tariff|levie|dutie|rate|taxe|charge)s\b)[a-z]+s|\p{Lu}\p{L}+)\s+(?:had\s+)?(?:was|were|paid|stood|hit|rose|fell|ran|[a-z]{2,}ed)\b(?!\s+by\b)/u;
/**
 * Or a participle dated in the past: "above the 24% rate announced on April 2", "the 10% imposed in
 * March", "imposed last week"; "the 15% levies imposed on Japan" names the country, not a day.
 */
const DATED_PARTICIPLE = new RegExp(
  String.raw`^(?:\s+\S+){0,2}?\s+[a-z]{2,}ed\s+(?:on|in|last)\s+(?:(?:${MONTH_STEMS}|${WEEKDAY_STEMS})\p{Ll}*|\d|(?:week|month|year)\b)`,
  'u',
);
const comparedPast = (left: string, right: string) =>
  COMPARED_BEFORE.test(left) &&
  (PAST_AFTER.test(right) || DATED_PARTICIPLE.test(right)) &&
  !PRESENT_OR_LATER.test(right);
/** A court finding a rate unlawful ("ruled the 34% tariff unlawful") ends it, unless it left the rate standing. */
const RULED_BEFORE = /\b(?:ruled|found|declared|deemed|held)\s+(?:that\s+)?(?:\S+\s+){0,3}?$/u;
const RULED_AFTER = /^[^,;]{0,80}?\b(?:illegal|unlawful|unconstitutional|invalid)\b/u;
const LEFT_STANDING = /\b(?:left|leave|leaves|leaving|stay(?:ed|s)?|in\s+place|in\s+effect|pending|remain(?:s|ed)?)\b/u;

/**
 * "taxes which had threatened to cripple carmakers", "threatens to reignite a trade war": the tariff
 * is what threatens, and no tariff is threatened. Blanked to the same length (spans stay valid).
 */
const THREATENS_HARM = new RegExp(
  String.raw`\bthreat(?:en|ens|ened|ening)\s+to\s+(?!${wordsSource(THREATENED_ACTS)})\p{L}+`,
  'gu',
);
/** "followed through on his threat by imposing 25%", "made good on its threat": the threat was carried out, and the rate imposed. */
const THREAT_CARRIED_OUT =
  /\b(?:follow(?:s|ed|ing)?\s+through\s+on|ma(?:de|kes?|king)\s+good\s+on|carr(?:y|ies|ied|ying)\s+out|deliver(?:s|ed|ing)?\s+on)\s+(?:[\p{L}'’-]+\s+){0,3}?threats?\b/gu;
/**
 * "its 25% tariffs that had been in place since March": the past perfect tells a state held before
 * a time past (here the removal the sentence tells), no cue that the rate holds now.
 */
const HELD_BEFORE = /\bhad\s+(?:long\s+)?been\s+in\s+(?:place|force|effect)\b/gu;
/**
 * A restrictive relative clause that dates a start, then the predicate of the rate it follows: "the
 * 25% tariff that took effect in August will rise to 50%", "… that went into effect on April 5 was
 * lifted". The start is history; the predicate tells how the rate stands.
 */
const PREDICATE_VERB = String.raw`(?:was|were|will|would|is|are|has|have|had|remains?|stays?|never)\b`;
const STARTED_RELATIVE = new RegExp(
  String.raw`\b(?:that|which)\s+(?:took\s+effect|(?:went|came)\s+into\s+(?:effect|force)|kicked\s+in|started|began)\b(?:\s+(?!${PREDICATE_VERB})[\p{L}\d.’'-]+){0,4}?(?=\s+${PREDICATE_VERB})`,
  'gu',
);
const blank = (m: string) => ' '.repeat(m.length);
/** The sentence with the words blanked whose cue words tell nothing of the rate's status. */
export const withoutFalseCues = (sentence: string) =>
  sentence
    .replace(THREATENS_HARM, blank)
    .replace(THREAT_CARRIED_OUT, blank)
    .replace(HELD_BEFORE, blank)
    .replace(STARTED_RELATIVE, blank);

/**
 * A start that the news came before: "The news came one day before Trump's 30% tariff was set to
 * take effect", "The deal, sealed days before Washington was due to impose a 30 percent tariff, …".
 * The rate had not started, and the news that came first kept it from starting (what a pause or a
 * deal made of it, the sentence's other words tell), unless the sentence gives its start as still to come.
 */
const BEFORE_CLAUSE = /\bbefore\s[^,;]*/gu;
const PAST_PLAN = /\b(?:was|were)\s+(?:due|set|scheduled|slated|supposed|expected|going)\s+to\b/u;
const startPlannedAfter = (sentence: string, percent: PercentMention) =>
  [...sentence.matchAll(BEFORE_CLAUSE)].some(
    (m) => m.index < percent.lead && percent.end <= m.index + m[0].length && PAST_PLAN.test(m[0]),
  );

/** A number with its percent sign or word. */
const NUMBER_PERCENT = String.raw`\d+(?:\.\d+)?\s?-?\s?${PERCENT_UNIT}`;
/**
 * The first step of a level's history told in the past, when the sentence goes on to a later one:
 * "started at 10%, peaked at 145%", "began at 25% before rising to 50%". A start alone ("started
 * at 10% on Monday") tells no history.
 */
const STARTED_AT = /\b(?:started|began|opened)\s+(?:out\s+)?at\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+)?$/u;
const WENT_ON_TO = new RegExp(
  String.raw`^[^.;]{0,40}?(?:,|\band\b|\bbefore\b)\s+(?:then\s+|later\s+)?(?:\p{L}{3,}ed|\p{L}{3,}ing|rose|fell|hit|went|grew)\s+(?:at|to|as\s+high\s+as)\s+[^.;]{0,20}?${NUMBER_PERCENT}`,
  'u',
);
const startedThenChanged = (left: string, right: string) => STARTED_AT.test(left) && WENT_ON_TO.test(right);
/**
 * A level cut for a time only: "announced a 20% tariff, but halved it to 10% until July 8", "the 25%
 * duty was lowered to 10% until March 1". The old level comes back when that time runs out: it is
 * paused, not replaced (checked against the article's date in `cutUntilLater`).
 */
const CUT_UNTIL = new RegExp(
  String.raw`^[^.;]{0,120}?\b(?:halved|cut|lowered|reduced|slashed|brought\s+down)\s+(?:(?:it|them|the\s+(?:rate|tariffs?|duty|duties|levy|levies))\s+)?to\s+(?:just\s+|only\s+)?${NUMBER_PERCENT}\s+(?<until>(?:until|till)\s+[^,;.]{1,30})`,
  'u',
);
const cutUntilLater = (right: string, published: string) => {
  const until = CUT_UNTIL.exec(right)?.groups?.until;
  return (
    until !== undefined &&
    readDates(until, published, { months: true }).some((reading) => reading.day('nearest') > published)
  );
};
/** "the 24% or 25% Trump had threatened": the words after the second number are the first's too. */
const OR_RATE = new RegExp(String.raw`^\s+or\s+(?:a\s+|an\s+)?${NUMBER_PERCENT}`, 'u');
/**
 * "the 30% Trump had threatened", "the 60 per cent Trump floated", "the 50% tariff rate US President
 * Donald Trump threatened": a subject's title and name count as one word.
 */
const THREAT_AFTER = new RegExp(
  String.raw`^(?:\s+\S+){0,5}?(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+${wordsSource(THREAT_AFTER_WORDS)}`,
  'u',
);
/**
 * The main verb after a threat told in a reduced relative clause: "the 10% duty Trump threatened
 * last week is expected to take effect on Tuesday" is about the start, not the threat.
 */
const STARTS_AFTER =
  /\b(?:(?:is|are|was|were)\s+(?:expected|set|due|scheduled|slated|going)\s+to|will|(?:took|takes|take|went|goes|go|came|comes|come|entered|enters|enter)\s+(?:effect|into\s+(?:force|effect))|kick(?:s|ed)?\s+in)\b/u;
/**
 * A proposal told in a participle right after the level, with when or by whom: "the 20% suggested
 * last April", "a 30% rate mooted by officials" (not "a 25% tariff is hurting, data suggested").
 */
const PROPOSED_RIGHT_AFTER =
  /^\s+(?:(?:tariffs?|rates?|duty|duties|levy|levies)\s+)?(?:suggested|mooted)\s+(?:by|in|last|earlier|on|at|during|back|this)\b/u;
/**
 * The level a change moved from, told as one announced before: "down slightly from the 20% Trump
 * had announced". Overtaken by the change, it was only announced ("had imposed" keeps it history).
 */
const ANNOUNCED_AFTER = new RegExp(
  String.raw`^(?:\s+\S+){0,3}?(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}\s+had\s+(?:\p{L}+ly\s+)?(?:announced|unveiled|set\s+out|planned)\b`,
  'u',
);
/**
 * The level a change moved from, told as a letter's: "down from the 20% in his letter", "from the 32%
 * rate set out in Trump's July letter". Letters announce rates; one a later level replaced was never charged.
 */
const LETTER_LEVEL_AFTER =
  /^\s+(?:(?:tariff|rate|duty|levy)\s+)?(?:(?:set|laid)\s+out\s+|outlined\s+|threatened\s+|stated\s+)?in\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?letters?\b/u;
const threatAfter = (right: string) => {
  if (PROPOSED_RIGHT_AFTER.test(right)) return true;
  const m = THREAT_AFTER.exec(right);
  return m !== null && !STARTS_AFTER.test(right.slice(m.index + m[0].length));
};
/**
 * "the 24% rate … never took effect", "was never implemented", "did not take effect", "will no longer
 * take effect": a rate that never started was only a threat. Not "did not take effect until August",
 * a late start.
 */
const NEVER_STARTED =
  /^[^,;]{0,60}?\b(?:never\s+(?:took|went|came|kicked|started|began|materiali[sz]ed|applied|(?:was|were|been)\s+(?:imposed|applied|collected|implemented))|(?:was|were|has|have|had)\s+never\s+(?:been\s+)?(?:imposed|applied|collected|implemented|enforced)|(?:did\s+not|didn['’]t)\s+(?:take\s+effect|go\s+into\s+effect|come\s+into\s+(?:force|effect)|kick\s+in|materiali[sz]e)(?![^,;]*\b(?:until|till)\b)|(?:(?:will|would|shall)\s+(?:not|no\s+longer)|won['’]t|wouldn['’]t)\s+(?:be\s+(?:imposed|applied|collected|implemented|levied|charged)|take\s+effect|go\s+(?:into\s+effect|ahead)|come\s+into\s+(?:force|effect)|kick\s+in))\b/u;
/**
 * "his decision not to impose a 50% tariff", "would not impose the 50% tariff", "decided against
 * imposing a 50% duty": a rate said not to come was at most a threat. Only an article or a few
 * words of the rate's own between the verb and the number ("will not impose tariffs beyond the 25%"
 * keeps the 25%).
 */
const NOT_IMPOSED_BEFORE =
  /\b(?:(?:will|would|shall|did|does|do|to)\s+not|not\s+to|won['’]t|wouldn['’]t|didn['’]t|against)\s+(?:impos(?:e|es|ed|ing)|levy(?:ing)?|slap(?:ping)?|charg(?:e|ing))\s+(?:(?:a|an|the|any|its|their|his|new|additional|extra|further|proposed|planned|threatened|steep|higher)\s+){0,3}$/iu;
/** "a 30% duty on Mexican goods is on the table": a rate under discussion, as its subject's predicate. */
const DISCUSSED_AFTER =
  /^(?:\s+\S+){0,8}?\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:on\s+the\s+table|under\s+(?:consideration|discussion|review))\b/u;
/** A verb of its own leading to the number ("lifted US levies … to a combined 145%"): a new level, not an ellipsis. */
const CHANGED_TO = new RegExp(
  String.raw`\b(?:\p{L}+(?:ed|ing)|cut|set|put|hit|rose|fell|grew)\b.*\bto(?!\s+lower\s+(?:the|its|their|a|an)\b)${prefixes}\s*$`,
  'u',
);
/** "dropped his threat to impose 100% tariffs", "threats of a 50% levy": a threat, whatever became of it. */
const THREAT_BEFORE =
  /\b(?:threat(?:s|ened)?\s+(?:of|to)|spar(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?from)\s+(?:\S+\s+){0,3}?$/u;
/**
 * "an extension on the June 1st deadline on the 50% Tariff", "ahead of the deadline for a 30% levy":
 * a rate that has a deadline has not started; the deadline is the day it would.
 */
const DEADLINE_OF_RATE = /\bdeadline\s+(?:on|for)\s+(?:(?:the|a|an|its|his|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/**
 * "half of the previously announced 30% tariff", "the originally threatened 32%": a rate the words
 * before it call an earlier announcement, which the news has replaced before it started (unless the
 * sentence goes on to tell what became of it: "… was doubled to 50%"). Not the verb of telling
 * ("previously announced a 40% tariff, which took effect"), which dates only the telling.
 */
const ANNOUNCED_EARLIER =
  /\b(?:the|its|their|his|her|an?)\s+(?:previously|originally|initially|earlier|first)[-\s]+(?:announced|threatened|proposed|floated|mooted|planned|flagged)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * The same told with the verb in the past perfect: "Trump had initially announced a 30% tariff on
 * the EU, but … decided to lower it to 15%". A level first announced and changed before the
 * sentence is done was a threat the change replaced, never a rate to come. (Told in the simple past,
 * "initially announced 145% but then cut it", the level may have been charged in between: it stays
 * the level the change left.)
 */
const FIRST_ANNOUNCED =
  /\bhad\s+(?:previously|originally|initially|first)\s+(?:announced|threatened|proposed|floated|mooted|planned|flagged)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/**
 * "had initially (originally) announced … tariffs of up to 100%": "initially" in the past perfect
 * sets the plan against what came after, whether or not the sentence goes on to tell it; the level
 * was a threat the later course replaced, unless the sentence says it took effect.
 */
const ANNOUNCED_AT_FIRST =
  /\bhad\s+(?:initially|originally)\s+(?:announced|threatened|proposed|floated|mooted|planned|flagged)\b[^.;,]{0,60}$/iu;
const TOOK_EFFECT = new RegExp(TOOK_EFFECT_WORDS, 'iu');
/** The announced level changed further on, pointed back at: "but … lower it to", "later cut the rate to". */
const CHANGED_AFTER_ANNOUNCED =
  /\b(?:but|then|later|before)\b[^.;]*?\b(?:lower|cut|reduc|rais|increas|slash|drop|hik|trim|halv|doubl)\p{L}*\s+(?:it|them|that|this|the\s+(?:rate|tariff|levy|duty))\b/iu;
/**
 * A rise planned once and told as past plan ("levies previously set to rise to 25% from August 1 will
 * be capped at 15%", "originally scheduled to climb to 50%"): the plan was replaced, the level only threatened.
 */
const PLANNED_EARLIER =
  /\b(?:previously|originally|initially|earlier|once)\s+(?:set|scheduled|due|slated|planned|expected|supposed)\s+to\s+(?:rise|increase|climb|jump|go\s+up|be\s+raised|reach|hit)\s+(?:to|as\s+high\s+as)\s+(?:(?:a|an|the)\s+)?$/iu;
/**
 * A plan told in the past perfect: "The US had earlier said it would impose a 25% tariff on Japan
 * starting August 1", "Ottawa had announced that it would levy 25%", "had indicated on the 7th that
 * he would raise …", "had said in April that tariffs would rise to 24%". News tells a plan this way to
 * set it against what came after (a deal, a pause, another rate): it was overtaken before it
 * started, so the level was only threatened. Its start, where one has come, is read apart.
 */
const PLAN_TOLD_EARLIER =
  /\bhad\s+(?:\p{L}+ly\s+|earlier\s+)?(?:said|announced|stated|warned|indicated|signaled|signalled)\s+(?:(?:on|in|last|this|earlier)\s+(?:the\s+)?[\p{L}\p{N}.]+(?:\s+\d{1,2})?\s+)?(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,5}?(?:would|was\s+going\s+to)\s+(?:\p{L}+ly\s+)?(?:impose|charge|levy|apply|slap|put|place|hit|raise|increase|set|rise|climb|jump|double)\b/iu;
/**
 * A level expected for the subject: "China was expected to be subject to a 34% tariff", "Vietnam was
 * set to face a 46% levy", "Japanese goods are expected to face 24%", "Mexico was just one day away
 * from facing a 30% tariff hike". The tense is the first group.
 */
const EXPECTED_LEVEL =
  /\b(is|are|was|were)\s+(?:\p{L}+ly\s+)?(?:(?:expected|supposed|set|due|slated|scheduled)\s+to\s+(?:face|pay|be\s+(?:subject\s+to|hit\s+with|charged|levied\s+with))|(?:(?:just|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?)\s+)?away\s+from\s+(?:facing|paying|being\s+(?:subject\s+to|hit\s+with|charged)))\s+(?:[\p{L}'’-]+\s+){0,4}?$/iu;
/**
 * A level one side asks for in talks: "the EU is pushing for a 10% rate", "while Washington wants
 * 20%", "India is seeking a tariff of 15%", "Seoul had argued for a 12.5% tariff": a proposal, not a rate in force.
 */
const SOUGHT_BEFORE =
  /\b(?:push(?:es|ed|ing)?\s+for|argu(?:e|es|ed|ing)\s+for|seek(?:s|ing)?|sought|wants?|wanted|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for|hop(?:e|es|ed|ing)\s+for|aim(?:s|ed|ing)?\s+for)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:(?:tariff|rate|duty|levy|cap|ceiling)\s+of\s+)?$/u;
/**
 * A new level one side hopes or tries to get: "Japan hopes to secure a 15% rate", "India had hoped
 * to win a 12% tariff". Only a level told as a new one ("a", "an"): "hopes to get its 46% tariff
 * lowered" is the rate in force.
 */
const HOPED_TO_GET =
  /\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying)|want(?:s|ed)?)\s+to\s+(?:secure|get|win|obtain|land|negotiate|clinch|achieve)\s+an?\s+(?:[\p{L}-]+\s+)?(?:(?:tariff|rate|duty|levy)\s+of\s+)?$/u;
/**
 * "a law that allows tariffs up to 15%", "allows a president to impose a temporary import surcharge
 * of up to 15 percent": a cap on what may be charged, not a rate anyone charges.
 */
const ALLOWS_BEFORE =
  /\b(?:allow|allows|allowed|allowing|permit|permits|permitted|authori[sz]es|authori[sz]ed|caps?|capped)\b(?:\s+\S+){0,10}?\s*$/u;
/**
 * Tariffs the words before the number tell as not yet set: "any future U.S. tariffs on chips",
 * "should they be subjected to tariffs in the future", "potential Section 232 duties".
 */
const FUTURE_TARIFFS =
  /\b(?:any\s+(?:new|future)|future|potential|possible)\s+(?:[\p{L}.]+\s+){0,3}?(?:tariffs?|duties|levies)\b|\bin\s+the\s+future\b/iu;
/** A ceiling right before the number: "limits … to 15 percent", "caps … at 15%", "will not exceed 15%", "no greater than 15%". */
const CEILING_BEFORE =
  /(?:\b(?:limit(?:s|ed|ing)?|cap(?:s|ped|ping)?)\b[^,;]*\b(?:to|at)|\bnot\s+(?:to\s+)?exceed|\bno\s+(?:greater|higher|more)\s+than|\ba\s+(?:ceiling|cap)\s+of)\s+$/iu;
/**
 * A condition opening the sentence that undoes what is so: inverted ("Had Ottawa not retaliated, …",
 * "Were the talks to fail, …") or a thing taken away ("Without the trade programme, …", "But for the
 * waiver, …"; not a gerund: "Without naming Canada, …"). What would follow is a what-if. A deal or
 * talks taken away is a threat instead (`CONDITION_WORDS`: "Without a deal, tariffs would rise to 54%").
 */
const COUNTERFACTUAL_OPENS =
  /^\W*(?:(?:Had|Were)\s[^,]{3,80}|(?:Without|But\s+for|If\s+not\s+for)\s(?!\p{L}+ing\b)(?![^,]*\b(?:deal|agreement|accord|pact|talks|negotiations)\b)[^,]{2,60}),/u;
/**
 * The modal of what would follow, anywhere from the condition to the number, with no contrast between
 * ("…, but the 10% still applies"); a plan told in the past is one too ("Without it, tariffs were set
 * to jump to 145%").
 */
const COUNTERFACTUAL_MODAL =
  /^(?![^]*\b(?:but|while|whereas|although|though|yet)\b)[^]*\b(?:would|could|might|(?:was|were)\s+(?:set|due|going|scheduled|slated|poised)\s+to)\b/u;
/**
 * A condition that is a choice of the imposer's own, not the other side's conduct: "Should the U.S.
 * reduce the fentanyl tariff to 10%, …" (a change of its rates), "… if he determines that Britain
 * has not complied" (an official's finding). What a modal says would follow ("average duties would
 * drop to 45%", "may raise the duty to 50%") is a what-if, not a threat, unless a threat is told.
 */
const CHOICE_CONDITION = new RegExp(
  String.raw`${CLAUSE_OPENS}[Ss]hould\s+[^,;]{2,60}?\b(?:raise|lower|cut|reduce|increase|lift|remove|impose|halve|double|scrap|drop|end|restore)\b[^,;]*,|\b(?:if|unless)\s+(?:he|she|they|it|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:determines|finds|decides|concludes|deems)\b`,
  'u',
);
const THREAT_TOLD = /\b(?:threat\p{L}*|warn\p{L}*|vow\p{L}*)\b/iu;
const MODAL = /\b(?:will|would|could|may|might|shall)\b/u;
/** An indirect question the number stands in: "unclear whether …", "asked if …". */
const OPEN_QUESTION = /\bwhether\b[^.;:]*$/u;
/** The question as an infinitive, a choice still to make: "a decision on whether to impose the full 50% rate". */
const WHETHER_TO = /^whether\s+(?:or\s+not\s+)?to\b/u;
/**
 * A speech tag that closes the question before the number: "will decide whether to adjust its
 * countermeasures, an official said Tuesday, a day after Washington raised the levy from 10% to 15%".
 * What follows the tag is the writer's own telling, no part of what is asked.
 */
const QUESTION_CLOSED = /,\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:said|says|told|added|noted|stated)\b/u;
/**
 * A relative clause after the number that tells the rate imposed in the past: "a higher 25% tariff
 * that Trump imposed on the sector", "the 10% duty which was levied in April". It holds already.
 */
const IMPOSED_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?\s+(?:that|which)\s+(?:(?:was|were|has\s+been|have\s+been)|(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*|he|she|they|it|we)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+(?:had|has|have))?)\s+(?:imposed|levied|introduced|slapped|placed)\b/u;
/** Words right beside a rate that say it holds already ("the existing 10%", "10% tariffs already in place"): what the new one is added to. */
const HELD_ALREADY = /\b(?:already|existing|currently|current|in\s+place|in\s+force|remains?|still)\b/iu;
/**
 * ", taking the total levy to 50%", ", bringing the combined duty to 50%": the level a participle
 * says the rate just told brings about, which comes when that rate does.
 */
const RESULT_AFTER = new RegExp(
  String.raw`,\s*(?:taking|bringing|raising|lifting|pushing|putting)\s+(?:[\p{L}'’-]+\s+){1,6}?to${prefixes}\s*$`,
  'u',
);
/** Words of a rate feared or avoided (not proposed or threatened): "bracing for", "fears", "to avoid". */
const FEARED =
  /\b(?:brac(?:e|es|ed|ing)\s+for|fears?|feared|avoid(?:s|ed|ing)?|avert(?:s|ed|ing)?|head\s+off|stave\s+off)\b/u;
/**
 * A deal told of as the one that averts the rate ("The accord aims to avert a 30% tariff …", "the
 * trade pact is meant to avoid …"): a rate the deal struck is there to stop was only a threat,
 * whatever start it had been given ("a deal will avert", one hoped for, decides nothing).
 */
const DEAL_AVERTS = new RegExp(
  String.raw`\b(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?${DEAL_NOUN}\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:avert\p{L}*|avoid\p{L}*|stav\p{L}*\s+off|head\p{L}*\s+off)\s+(?:[\p{L}-]+\s+){0,3}?$`,
  'iu',
);
/**
 * "after agreeing to", "before settling on", "but settled for", "and later settled at", "then
 * landed at": a clause of another act than the one before it, or of a later one in a sequence.
 */
const AFTER_PARTICIPLE =
  /\b(?:after|before)\s+\p{L}+ing\b|\bbut\s+(?:then\s+|later\s+|finally\s+)?\p{L}{3,}ed\b|\b(?:then|later|subsequently|eventually|finally)\s+\p{L}{3,}ed\b/u;
/**
 * The means of an act done, after its rate: "avoided a 25% tariff by agreeing to a 15% rate",
 * "dodged 30%, settling for 15%", "averted 32% with a deal for 19%". The rate of the means is not
 * the one averted; it is the one the act ended on. Not the means of an act wished for or still to
 * come ("hopes to avoid 25% by agreeing to 15%"), whose rate is a proposal too.
 */
const MEANS_OPENS = new RegExp(
  String.raw`\bby\s+\p{L}+ing\b|,\s*(?:settling|agreeing|accepting|opting)\b|\b(?:with|through)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${DEAL_NOUN}\b`,
  'u',
);
const WISHED = /\b(?:hop|seek|want|aim|tr(?:y|ie)|plan)\p{L}*\s+to\b/u;
/** Where the words of another rate begin. */
const OTHER_RATE = new RegExp(NUMBER_PERCENT, 'gu');
/**
 * The words since the sentence's last rate before the number: its own lead-in, though its segment
 * starts at its noun phrase ("imposed 45% after initially imposing a 35% tariff").
 */
const sinceOtherRate = (sentence: string, percent: PercentMention) =>
  sentence.slice(0, percent.lead).split(OTHER_RATE).pop() ?? '';
/**
 * The words of the number's own clause since the sentence's last rate: a relative clause or a
 * clause joined on after a comma ("…were originally a response to US duties, which included a 35%
 * tariff") tells its own time, not that of the clause before it.
 */
const ownClauseSince = (sentence: string, percent: PercentMention) =>
  sinceOtherRate(sentence, percent)
    .split(/[;]|,\s+(?=(?:which|who|and|but|while|whereas)\b)/u)
    .pop() ?? '';
/**
 * Whether the words around a rate (from `from` to `to` in `text`) say it holds already. The words of
 * a rate beside it are that rate's: in "an additional 40% tariff on the 10% duties already in force"
 * only the 10% holds already.
 */
export function heldAlready(text: string, from: number, to: number): boolean {
  const left = text.slice(Math.max(0, from - 20), from);
  const lastOther = [...left.matchAll(OTHER_RATE)].pop();
  const right = text.slice(to, to + 30);
  const nextOther = right.search(OTHER_RATE);
  return HELD_ALREADY.test(
    `${lastOther ? left.slice(lastOther.index + lastOther[0].length) : left} ${nextOther < 0 ? right : right.slice(0, nextOther)}`,
  );
}

/**
 * A relative clause that tells a level in the present ("…, which are both facing 50% duties", "…,
 * which now pay 25%"): what the goods bear now, whatever a verb of the clause before did or seeks.
 */
const PRESENT_STATE = /\b(?:is|are|now|currently|still|remains?|fac(?:e|es|ing)|pays?|paying)\b/u;
const CONDITION = anyWord(CONDITION_WORDS);
const CONDITIONAL_MODAL = /\b(?:will|would)\b/u;
/**
 * A relative clause in the past right before the number ("…, which negotiated a 15% tariff"): it
 * tells a fact of the country it describes, which the cues, condition and modal before it do not reach.
 */
const PAST_RELATIVE = /(?:^|,)\s*(?:which|who)\s+(?:had\s+|has\s+|have\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b[^,]*$/u;
/**
 * So does an aside with "with" after a listed name ("…, or Britain, with a 10% tariff"), not one
 * after a verb's object ("hit Peru, with …").
 */
const LISTED_WITH =
  /(?:\b(?:or|and)|,)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s+with\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+)?$/u;
/**
 * A condition after the number on a deal, talks or a response ("faces 25% unless it reaches a deal",
 * "pays 30% if talks fail", "face 35% if deals are not struck"): a threat in any tense. Other
 * conditions ("25% if the goods do not comply") limit the rate instead, and so do deals already made
 * ("have rates around 15% unless special deals apply"): an exception, not a threat.
 */
const DEAL_CONDITION_AFTER = new RegExp(
  String.raw`${wordsSource(CONDITION_WORDS)}(?:\s+\S+){0,8}?\s+(?:${DEAL_NOUNS}|retaliates?|retaliated|hits?\s+back|responds?)\b(?!${DEAL_IN_FORCE})`,
  'u',
);
/**
 * The words after a number with a list's ", respectively," left out: an aside, after which the clause
 * goes on ("35% and 30% tariffs, respectively, if deals are not struck").
 */
const RESPECTIVELY_ASIDE = /^([^,;]*),\s*respectively\s*,([^,;]*)/u;
const pastRespectively = (rest: string) => {
  const m = RESPECTIVELY_ASIDE.exec(rest);
  return m ? `${m[1]!}${m[2]!}` : '';
};
/** A condition before the clause, as the sentence's opening word too ("If talks fail, …", "Should talks fail, …"). */
const CONDITION_OPENS = new RegExp(wordsSource(CONDITION_WORDS), 'iu');
const conditionBefore = (text: string) => CONDITION_OPENS.test(text) || SHOULD_CONDITION.test(text);
/** "the current 25% tariff", "from the current steep level of 39%": the sentence calls the level the one in force. */
const CALLED_CURRENT = /(?<!\bthen[-\s])\b(?:current|existing)\s+(?:[\p{L}-]+\s+){0,3}?$/iu;
/** A modal of the future before "no longer": the end it tells is still to come. */
const MODAL_AHEAD = String.raw`(?:\b(?:will|would|shall)\s+|['’]ll\s+)`;
/** What a party no longer does of a rate: "no longer face", "no longer be subject to", the rate right after. */
const NO_LONGER_BEARS = String.raw`(?:no\s+longer|used\s+to)\s+(?:be\s+)?(?:fac(?:e|es|ing)|pay(?:s|ing)?|subject|charg(?:e|es|ed|ing)|hit|levied|taxed|covered|bear(?:s|ing)?|attract(?:s|ing)?)\b(?:\s+[\p{L}'’-]+){0,4}?\s*$`;
/**
 * "no longer subject to the 40% tariff", "goods no longer facing the 40% duty", "cars used to face a
 * 2.5% tariff": a rate that held and holds no more. Not one that will stop ("will no longer face
 * 25% from Friday"): it holds until then.
 */
const NO_LONGER_BEFORE = new RegExp(String.raw`(?<!${MODAL_AHEAD})\b${NO_LONGER_BEARS}`, 'iu');
/**
 * "the 25% tariff on Canadian goods is no longer in force", "… are no longer being collected", "…
 * no longer applies": the rate the clause's subject holds, told as held no more. Not "will no
 * longer apply from Friday".
 */
const NO_LONGER_AFTER =
  /^[^,;:]{0,60}?\b(?:(?:is|are|was|were)\s+no\s+longer\s+(?:in\s+(?:force|effect|place)|valid|(?:being\s+)?(?:collected|charged|applied|levied|enforced))|(?<!\b(?:will|would|shall|may|might|could|does|do|did)\s+)no\s+longer\s+(?:appl(?:y|ies)|holds?)\b)\b/iu;
/**
 * "Peruvian goods will no longer face the 30% tariff from June 1", "the 30% tariff will no longer
 * apply once the deal takes effect": an end still to come. The rate holds until then, whatever start
 * the sentence gives (it is the day the rate ends, not the day it begins).
 */
const NO_LONGER_AHEAD_BEFORE = new RegExp(`${MODAL_AHEAD}${NO_LONGER_BEARS}`, 'iu');
const NO_LONGER_AHEAD_AFTER = new RegExp(
  String.raw`^[^,;:]{0,60}?${MODAL_AHEAD}no\s+longer\s+(?:apply|be\s+in\s+(?:force|effect|place))\b`,
  'iu',
);
const endsAhead = (left: string, right: string) =>
  (NO_LONGER_AHEAD_BEFORE.test(left) || NO_LONGER_AHEAD_AFTER.test(right)) && !THREATENED_LEVEL.test(left);
/**
 * "the 25% tariff on Canadian goods expired on Tuesday", "… has lapsed", "… came to an end": the
 * number as the subject of a verb of ending, told in the past, held and holds no more. Not an end
 * still to come ("will expire"), nor the end of a pause, exemption or deal on the rate ("the pause on
 * the 34% tariff expired"), which sets the rate going again.
 */
const ENDED_AFTER =
  /^[^,;:]{0,60}?\b(?:(?:has|have|had)\s+(?:now\s+)?(?:expired|lapsed|ended|run\s+out)|expired|lapsed|ended(?!\s+up)|ran\s+out|came\s+to\s+an\s+end|(?:was|were|has\s+been|have\s+been)\s+(?:terminated|discontinued))\b/iu;
/** A hold on a rate (a pause, an exemption, a deal): its end is not the rate's end, and may set the rate going. */
const ENDED_HOLD =
  /\b(?:pause|suspension|truce|reprieve|exemption|exclusion|waiver|deadline|delay|grace|window|moratorium|freeze|extension|exception|deal|agreement|talks)s?\b/iu;
const endedAfter = (left: string, right: string) => {
  const m = ENDED_AFTER.exec(right);
  return m !== null && !MODAL.test(m[0]) && !ENDED_HOLD.test(left) && !ENDED_HOLD.test(m[0]);
};
/**
 * The level a new rate is added to, told with who imposed it: "on top of the 20% levies he placed
 * on China earlier this year", "on top of the 25% tariff that Trump slapped on Peru in March". It is
 * held, whatever the tense of the rate added ("will go on top of …"). Only after "on top of": a
 * rate told with its imposer elsewhere may have been lifted since ("A 25% tariff Trump imposed in
 * March was lifted in May").
 */
const ON_TOP_BEFORE = /\bon\s+top\s+of(?:\s+(?:the|a|an|its|his|their|existing))?\s*$/iu;
const IMPOSED_BY_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+(?:tariffs?|duties|duty|levies|levy|penalty|penalties|rates?)\s+(?:that\s+|which\s+)?(?:he|she|they|it|the\s+\p{L}+|\p{Lu}[\p{L}.]+(?:\s+\p{Lu}\p{L}+)?)\s+(?:had\s+)?(?:already\s+)?(?:imposed|placed|put|slapped|levied|applied|charged)\b`,
  'u',
);
const addedToHeld = (sentence: string, percent: PercentMention) =>
  ON_TOP_BEFORE.test(sentence.slice(0, percent.lead)) && IMPOSED_BY_AFTER.test(sentence.slice(percent.end));

/**
 * "will hold its levy on Chinese imports at 30%", "leaving tariffs on steel at 25%": a rate kept
 * where it is, in force whatever the tense of the keeping.
 */
const HELD_AT = new RegExp(
  String.raw`\b(?:hold|holds|holding|maintain|maintains|maintaining|leave|leaves|leaving|keep|keeps|keeping)\s+(?![Oo]ff\b)(?:[\p{L}'’.-]+\s+){1,6}?at${prefixes}\s*$`,
  'u',
);
/**
 * A determiner or possessive before a cue word makes it a noun ("the drop", "Tuesday's drop followed
 * …") or an adjective, with an adverb of degree between too ("faces a comparatively lower 10% rate").
 */
const ARTICLE_BEFORE = /(?:\b(?:[Aa]|[Aa]n|[Tt]he)|\p{L}['’]s)\s+(?:(?:much|far|even|\p{Ll}+ly)\s+)?$/u;
/**
 * "lower" right before a rate noun and "of" the number is the adjective, not the verb that replaced
 * the number: "will see lower rates of 15%", "received lower tariffs of 4%" (the verb takes the
 * number after "to": "lower tariffs to 15%"; one with "of" is an infinitive: "agreed to lower …").
 */
const ADJECTIVE_OF =
  /^\s+(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|tax(?:es)?)\s+of(?:\s+(?:about|around|just|only|nearly|almost))?\s*$/u;
const lowerAdjective = (before: string, cue: string, rest: string) =>
  /^lower$/iu.test(cue.trim()) && ADJECTIVE_OF.test(rest) && !plannedBefore(before);
/** A noun of ending, a cue only with "of" and the rate right after it: "news of the removal of the 40% tariffs". */
const ENDING_NOUN = /^(?:removal|elimination)$/iu;
const OF_AFTER = /^\s+of\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** The noun asked for, not done: "called for the removal of", "seeks the elimination of", "a planned removal of". */
const SOUGHT_NOUN =
  /\b(?:(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|argu(?:e|es|ed|ing)|hop(?:e|es|ed|ing)|negotiat(?:e|es|ed|ing))\s+for|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|want(?:s|ed)?|urg(?:e|es|ed|ing)|planned|proposed|possible|potential|eventual)\s+(?:(?:a|an|the|its|their)\s+)?$/iu;
/** An adverb inside a passive: "has also been removed", "was effectively scrapped". */
const ADVERB = String.raw`(?:also|since|now|already|effectively|\p{L}+ly)`;
/** "the 145% tariff … was cut to 30%": the number was replaced since. */
const REPLACED_AFTER = new RegExp(
  String.raw`^(?:\s+\S+){0,8}?\s+(?:was|were|(?:has|have|had)(?:\s+${ADVERB})?\s+been)(?:\s+${ADVERB})?\s+${wordsSource(REPLACED_PARTICIPLES)}`,
  'u',
);
/**
 * A start told in the past, then how long the rate lasts: "a new 15% global tariff took effect on
 * Tuesday and will last 150 days". The future is of its end; the rate is in force.
 */
const STARTED_THEN_LASTS = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:took\s+effect|went\s+into\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|kicked\s+in)\b[^.;]{0,40}?\band\s+(?:will|would|is\s+set\s+to|is\s+due\s+to)\s+(?:last|remain|run|stay|expire|end|lapse)\b`,
  'u',
);
/**
 * "Brazilian coffee, once tariffed at 50%, is now exempt", "Chinese goods, once taxed at 145%, …": a
 * level "once" held, its participle and "at" right before the number. (A bare ", once" opening a
 * clause is a "when": ", once approved, the 15% rate applies".)
 */
const ONCE_AT_BEFORE = /\bonce\s+(?:\p{L}+ed|set|hit|stood)\s+at\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/u;
/**
 * A rate told as one still to come right after its noun: "with another 25% to come on Aug. 27", "a
 * further 25% tariff to follow", "a 10% levy is still to come". Not "to come down to", a change of
 * another level, nor "25% with more to come", which tells of other rates.
 */
const TO_COME_AFTER =
  /^\s*(?:(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|penalty|surcharges?|hikes?|increases?)\s+)?(?:(?:is|are)\s+(?:still\s+|yet\s+)?)?to\s+(?:come|follow)\b(?!\s+(?:down|up|back|off|into|in)\b)/u;
/**
 * A change told only from where it started, after the number: "the 35% tariff was raised from 25%
 * on Aug. 1", "Canada's 35% duty was increased last week from 25 percent". The number is the level
 * the change reached, in force; not one with a "to" after (the number was the old level then).
 */
const CHANGED_FROM_AFTER = new RegExp(
  String.raw`^(?:\s+\S+){0,8}?\s+(?:was|were|(?:has|have|had)\s+been)(?:\s+${ADVERB})?\s+(?:raised|increased|hiked|cut|lowered|reduced|slashed)(?:\s+[\p{L}.]+){0,3}?\s+from\s+\d(?![^,;]*\bto\s+\d)`,
  'u',
);
/** A predicate that gives its subject a level of now: "now pays 15%", "now faces a 20% tariff". */
const NOW_LEVEL_AFTER =
  /^\s+now\s+(?:pays|faces|has|gets|stands\s+at|is\s+(?:charged|subject\s+to))\s+(?:[\p{L}-]+\s+){0,2}?\d/u;
/** A relative clause's words told as now: its level holds whatever the predicate after it does. */
const RELATIVE_NOW = /\b(?:is|are|now|currently|still)\b/u;
/** Where a change came from ("were raised from 25%"), with no new level: the relative's level is the one it reached. */
const fromOnly = (text: string) => /\bfrom\s+\d/u.test(text) && !/\bto\s+\d/u.test(text);
/**
 * "China's tariffs, which rose to 34% last year, were cut to 13% in November", "Lesotho, which was
 * hit with a 50% tariff in April, now pays 15%": a level told in a past relative clause (`lead`, up
 * to the number) whose subject the predicate after it (`predicate`) then changed or gives a level of
 * now.
 */
const replacedAfterRelative = (lead: string, predicate: string) =>
  RELATIVE_CLAUSE.test(lead) &&
  !RELATIVE_NOW.test(lead) &&
  ((REPLACED_AFTER.test(predicate) && !fromOnly(predicate)) || NOW_LEVEL_AFTER.test(predicate));
/**
 * "the 25% tariff … will be replaced by …", "is set to be lifted", "is due to expire on July 24",
 * "will lapse unless Congress extends it": an end still to come leaves the number in force.
 */
const ENDS_LATER =
  /^(?:\s+\S+){0,8}?\s+(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|expected|scheduled|slated)\s+to)\s+(?:be\s+(?:replaced|superseded|lifted|removed|scrapped|dropped|repealed)|expire|lapse|end(?!\s+up)|run\s+out|sunset)\b/u;
/**
 * Whether `predicate` tells the number's end still to come; not for a rate itself still to be imposed
 * ("will impose a 15% tariff that will expire …") nor for a hold on it (`left`: "the pause on …").
 */
const endsLater = (predicate: string, left: string) =>
  ENDS_LATER.test(predicate) && !ENDED_HOLD.test(left) && !MODAL.test(left);
/**
 * "the 25% tariffs on automobiles would continue", "the 10% levy will remain": the number as the
 * subject of a verb of going on, with no new action after it ("will continue to rise" is one), is
 * the rate in force, whatever the modal.
 */
const GOES_ON =
  /^(?:\s+\S+){0,8}?\s+(?:will|would|shall|is\s+to|are\s+to)\s+(?:still\s+)?(?:continue|persist|carry\s+on)\b(?!\s+to\s+(?!apply\b|be\s+(?:charged|collected|applied|levied|imposed)\b))/u;
/** "the incoming 34% rate", "an impending 25% levy": the adjective right before the number (not "incoming goods … 34%"). */
const ARRIVING_BEFORE = /\b(?:the|an?|its|their)\s+(?:incoming|impending)\s+$/iu;
/**
 * "replaced by a 15% rate", "superseded with 10%", "replaced the 25% levy with a 10% one", "to
 * replace them with a 10% tariff": what replaces is the number.
 */
const REPLACED_BY =
  /\b(?:replac|supersed|substitut)(?:e|es|ed|ing)\s+(?:[^,;]{0,60}?\s)?(?:by|with)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * A "when" clause telling the level in the simple past: "in mid-April, when tariffs stood at 145%",
 * "when duties on Chinese goods climbed to 145%". It dates a past event by the level of that time,
 * which is history, not the news. Only verbs that cannot be a present ("hit" can: "when tariffs hit
 * 50% on Friday").
 */
const WHEN_STOOD =
  /\bwhen\s+(?:[\p{L}\p{N}'’.-]+\s+){1,8}?(?:stood|reached|topped|peaked|soared|climbed|spiked|jumped|rose|surged)\s+(?:at\s+|to\s+)?(?:(?:about|around|nearly|almost|roughly|a|an|as\s+much\s+as|as\s+high\s+as)\s+)*$/u;
/** Gerunds of a change to a new level, as a later act is told after "before": "before lifting them to 125%". */
const CHANGING = String.raw`(?:raising|lifting|hiking|increasing|boosting|doubling|cutting|lowering|reducing|slashing|bringing|pushing)`;
/** What such a gerund changes: the rate told before, not another. */
const CHANGED_OBJECT = String.raw`(?:(?:it|them|the\s+(?:rate|levy|levies|tariffs?|duty|duties)|tariffs|duties|levies)\s+)?`;
/**
 * "raised to 145% in April before being cut to 30%", "raised tariffs to 84% before lifting them to
 * 125% a day later": a later change replaced the number. The window of the number may end right
 * after the gerund's object, where the new level's own lead-in ("to") starts.
 */
const CHANGED_LATER = new RegExp(
  String.raw`^[^,;]{0,40}?(?:,\s*)?\bbefore\s+(?:(?:being|it\s+was|they\s+were)\s+(?:${ADVERB}\s+)?${wordsSource(REPLACED_PARTICIPLES)}|${CHANGING}\s+${CHANGED_OBJECT}(?:(?:again|further|up|down|back)\s+)*(?:to\s+\d|\s*$))`,
  'u',
);

/**
 * The number's own adverb of an earlier time, closing its clause ("down from 20% before", "from
 * levies totalling 27.5% previously, following a deal"), or "before" with a short noun phrase of what
 * came since ("pushed the rate to 50% before the recent change"). It dates the level earlier than
 * what the sentence tells: the level that held until then. "before the deal takes effect" has a
 * verb of its own and dates nothing.
 */
const BEFORE_ALONE = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:before|previously|formerly|beforehand)\s*(?:[.,;:)]|$)/u;
const BEFORE_EVENT =
  /^(?:\s+[\p{L}-]+){0,2}?\s+before\s+(?:the|this|that|its|their|his|her|last\s+\p{L}+['’]s)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*(?:[.,;:)]|$)/u;
/** Before an event, the level is history only when its clause tells it in the past ("face 145% before the truce expires" is not). */
const heldUntilLater = (left: string, right: string) =>
  BEFORE_ALONE.test(right) ||
  (BEFORE_EVENT.test(right) && PAST_VERB.test(left) && !MODAL.test(left) && !PRESENT_OR_LATER.test(left));

/**
 * A time still to come right after a level ("rising to 35% next year", "climbing to 30% in the new
 * year", "to 25% in 2027", "raise it to 50% after one week", "to 40% within two weeks", "in a
 * week"): that level starts then, so the sentence tells a change to come. Only a few words after the
 * number, so that a later clause's own time ("…, and will climb again next year") is not read as
 * its start.
 */
const LATER_TIME_AFTER = new RegExp(
  String.raw`(?:${PERCENT_UNIT})(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:early\s+|late\s+|later\s+)?next\s+(?:week|month|year)|in\s+the\s+(?:new\s+year|coming\s+(?:weeks|months))|later\s+this\s+(?:month|year)|in\s+(20\d\d)|(?:after|within|in)\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?))\b`,
  'giu',
);
/** A year needs no tense; "next year" after a past verb ("climbed to 25% in the new year") is the one gone. */
const laterTimeAfterLevel = (sentence: string, published: string) =>
  [...sentence.matchAll(LATER_TIME_AFTER)].some((m) =>
    m[1] ? m[1] > published.slice(0, 4) : toldAhead(sentence.slice(0, m.index)),
  );
/**
 * A participle of a rise after an act that laid a level ("hit Colombia with 25%, rising to 50% in a
 * week"): what comes after the act. Not after a change to a level ("raised it to 54%, rising to …"),
 * whose own time the rise's would take.
 */
const RISING_AFTER_ACT =
  /^(?![^,]*\bto\s+[\d.]+\s*(?:%|per)).*,\s*(?:rising|climbing|increasing|jumping|going\s+up|escalating)\s+to\s+[\d.]+\s*$/su;
/**
 * Whether words up to a time with no year may tell it ahead: not after a past verb with no modal
 * ("raised it to 25% on March 4" in December is the March gone), unless a participle of a rise
 * after that act holds the level.
 */
const toldAhead = (left: string) =>
  MODAL.test(left) || SET_TO.test(left) || RISING_AFTER_ACT.test(left) || !PAST_VERB.test(left);

/**
 * A number's unit, then a bare "on": "starting at 10% on Jan. 1, 2027", "rising to 15 per cent on
 * March 1", past the "respectively" that closes a list ("rising to 30% and 50%, respectively, on Jan. 1").
 */
const UNIT_THEN_ON = new RegExp(String.raw`(${PERCENT_UNIT})(?:,?\s+respectively,?)?\s+on\s+(?:the\s+)?`, 'giu');

/** A year written out: "Jan. 1, 2027" needs no guess of which year. */
const YEAR = /\b\d{4}\b/u;

/**
 * The ends of the numbers in `sentence` that a month and day after `published` follows right after
 * "on": the day that level starts. A weekday is left out ("raised to 125% on Wednesday" is as often
 * the day just past), and so is a day with no year after a past verb and no modal ("raised it to 25%
 * on March 4" in December is the March gone).
 */
function dueAtNumbers(sentence: string, published: string): number[] {
  return [...sentence.matchAll(UNIT_THEN_ON)].flatMap((m) => {
    const reading = readDates(sentence.slice(m.index + m[0].length), published)[0];
    const left = sentence.slice(0, m.index);
    const ahead =
      reading?.start === 0 &&
      !reading.weekday &&
      reading.day('nearest') > published &&
      (YEAR.test(reading.text) || toldAhead(left));
    return ahead ? [m.index + m[1]!.length] : [];
  });
}

/** True when `text` names a start date before `published` that needs no guess of its year or week ("effective 4 June 2025" in a June 20 article). */
function startedEarlier(text: string, published: string): boolean {
  return readDates(text, published, { months: true }).some(
    (reading) =>
      !reading.weekday && START_BEFORE.test(text.slice(0, reading.start)) && reading.day('nearest') < published,
  );
}

const CUES = STATUS_CUES.map(({ status, words }) => ({ status, pattern: new RegExp(wordsSource(words), 'u') }));
const HYPOTHETICAL_CUE = CUES.find((c) => c.status === 'hypothetical');
const PREVIOUS_CUES = new RegExp(
  wordsSource(STATUS_CUES.filter((c) => c.status === 'previous').flatMap((c) => c.words)),
  'gu',
);

/** "lower than Canada's 35%": a comparison, not a verb that lowers the number. */
const THAN_AFTER = /^\s+than\b/u;
/** After a verb, an amount it moved by ("dropped 4%"): the verb is about that amount, not a later number. */
const AMOUNT_AFTER = /^\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\d/u;
/**
 * After a verb, what a rate does rather than the rate ("to reduce the impact of tariffs", "cut the
 * cost of the levies"): cushioning its effect leaves the rate where it is.
 */
const EFFECT_OF_AFTER =
  /^\s+(?:the|its|their|some\s+of\s+the)\s+(?:[\p{L}-]+\s+)?(?:impact|effects?|burden|costs?|sting|blow|pain|damage|fallout|toll|hit)\s+of\b/u;
/**
 * A plan, promise, attempt or possibility right before a verb ("plans to scrap", "will lift", "may
 * reduce", "negotiations to reduce"), or a refusal ("refusal to lift", "declined to cut"): a change
 * not made. Not "would": "a truce that would lower the tariffs" is told after the fact as often as before.
 */
const PLANNED_BEFORE = new RegExp(
  String.raw`\b(?:(?:will|shall|may|might|could|would)\s+(?:take\s+steps|work|move|seek|try|act)\s+to|will|shall|may|might|could|(?:plans?|planning|set|going|due|wants?|wanted|aims?|intends?|promised|pledged|vowed|agreed|agrees|expected|hopes?|hoped|seeks?|tried|threatened|offered|proposed|moved|refus(?:al|e|es|ed|ing)|declin(?:e|es|ed|ing)|unwilling|reluctan(?:ce|t)|${SOUGHT_WORDS.join('|')})\s+to)\s+(?:\p{L}+ly\s+)?$`,
  'u',
);
/** A plan right before a verb, or one party asking another to act ("urged Washington to remove"). */
const plannedBefore = (text: string) => PLANNED_BEFORE.test(text) || ASKED_TO.test(text) || EXPECTED_TO.test(text);
/** "would remove … from Sept. 1": with a later start date, "would" is the future too. */
const WOULD_BEFORE = /\bwould\s+(?:\p{L}+ly\s+)?$/u;
/** A conjunction that opens another clause between a verb and the number ("shares dropped after the 25% tariff …"). */
const SUBORDINATE =
  /\b(?:after|when|since|because|before|while|once|until|as(?!\s+(?:much|high|well|many|part|such)\b))\b/u;

/**
 * A verb that replaces the number it governs ("scrapped its 25% levy", "cut the 145% tariff to
 * 30%"); a "to" between verb and number makes the number the new level instead ("cut to 10%"). A
 * replacement still to come ("plans to scrap its 25% levy", "will lift the 25% duty") leaves the
 * number in force: `pending`.
 */
function replacedBefore(left: string, later = false): 'replaced' | 'pending' | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of left.matchAll(PREVIOUS_CUES)) {
    const rest = left.slice(m.index + m[0].length);
    const noun = ENDING_NOUN.test(m[0]);
    if (
      (noun ? OF_AFTER.test(rest) : !ARTICLE_BEFORE.test(left.slice(0, m.index))) &&
      !AMOUNT_AFTER.test(rest) &&
      !EFFECT_OF_AFTER.test(rest) &&
      !THAN_AFTER.test(rest) &&
      !SUBORDINATE.test(rest) &&
      !lowerAdjective(left.slice(0, m.index), m[0], rest)
    )
      last = m;
  }
  if (last === undefined || /\bto\b/u.test(left.slice(last.index + last[0].length))) return undefined;
  const before = left.slice(0, last.index);
  return plannedBefore(before) || SOUGHT_NOUN.test(before) || (later && WOULD_BEFORE.test(before))
    ? 'pending'
    : 'replaced';
}

/**
 * A pause verb whose object is something other than a rate ("the 145% tariff that halted trade"),
 * or a pause told as not reaching the rate ("the pause does not extend to the 25% auto tariffs").
 */
const PAUSED_OTHER =
  /\b(?:pause|suspension|truce|reprieve|delay|postponement)\s+(?:(?:does|did|will|would)\s+not|doesn['’]t|didn['’]t|won['’]t)\s+(?:extend\s+to|apply\s+to|cover|include)\b|\b(?:during|throughout|for\s+the\s+(?:duration|length)\s+of)\s+(?:the|a|this|that)\s+(?:\S+\s+)?(?:pause|suspension|truce|reprieve)\b|\b(?:halt(?:s|ed|ing)?|froze|frozen|freez(?:es|ing)|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|delay(?:s|ed|ing)?)\s+(?:\S+\s+){0,2}?(?:trade|shipments|purchases|orders|talks|negotiations|deliveries|imports|exports|flights|production|investment|sales|buying|business|work)\b/gu;

/** An aside that tells since when a rate holds: ", in place since March,", ", in force since April,". */
const IN_PLACE_ASIDE = /^\s*(?:in\s+(?:place|force|effect)\b|since\b)/u;

/** A window that holds only the words leading into the number: its verb is in the part of the sentence before. */
const LEAD_IN_ONLY = /^\s*(?:(?:the|a|an|its|their|his|her|this|that)\s*)?$/iu;
/** A replacing verb with the number as its object: "the 30% rate replaced the 145% tariff", "supersedes the 50% levy". */
const REPLACING_OBJECT = new RegExp(String.raw`${PREVIOUS_CUES.source}((?:\s+(?!to\b)\S+){0,2}?)\s*$`, 'u');
function objectOfReplacing(whole: string): RateStatus | undefined {
  const m = REPLACING_OBJECT.exec(whole);
  const object = m?.[1] ?? '';
  if (
    !m ||
    ARTICLE_BEFORE.test(whole.slice(0, m.index)) ||
    /\d/u.test(object) ||
    lowerAdjective(whole.slice(0, m.index), m[0].slice(0, m[0].length - object.length), object)
  )
    return undefined;
  return plannedBefore(whole.slice(0, m.index)) ? 'current' : 'previous';
}

/**
 * "tariffs that kept changing", "a rate that keeps rising": "keep" before a gerund tells something
 * going on, not a rate kept as it is ("kept existing tariffs in place" keeps one).
 */
const KEPT_DOING = /\b(?:keep|keeps|kept|keeping)\s+(?:on\s+)?(?!existing\b)\p{Ll}{2,}ing\b/gu;

/**
 * Whether a cue's `pattern` holds in the words left or right of the number, with the words of
 * `other` blanked: the cue's word told of something else ("the tariff that halted trade").
 */
const onEitherSide = (pattern: RegExp, left: string, right: string, other?: RegExp) =>
  [left, right].some((side) => pattern.test(other ? side.replace(other, ' ') : side));

/** True when a window holds a word of pause, threat, plan or condition: its "until" or past verb is not history. */
const pending = (window: string) =>
  CUES.some(
    (c) => c.status !== 'current' && c.status !== 'previous' && c.pattern.test(window.replace(PAUSED_OTHER, ' ')),
  );

/**
 * The status the cue words of a window give a number that sits between `left` and `right`, if any;
 * `conditioned` when a condition opens the sentence before the window ("If Canada signs, it will be
 * hit with 100%"), `'deal'` when that condition is on a deal or talks (a threat with any verb).
 */
function cueStatus(
  left: string,
  right: string,
  published: string,
  conditioned: boolean | 'deal' = false,
): RateStatus | undefined {
  let replaced: ReturnType<typeof replacedBefore> | null = null;
  // A wish or plan to remove or lower the number ("had sought to lower the 25% duty") leaves it in force.
  if (!HYPOTHETICAL_CUE?.pattern.test(left) && replacedBefore(left, startsLater(right, published)) === 'pending')
    return 'current';
  const found = CUES.find(({ status, pattern }) => {
    switch (status) {
      case 'hypothetical':
        return pattern.test(left) && !COUNTERFACTUAL_PAST.test(left);
      case 'threatened':
        return (
          pattern.test(left) ||
          COUNTERFACTUAL_PAST.test(left) ||
          conditioned === 'deal' ||
          ((conditioned || CONDITION.test(`${left} ${right}`) || SHOULD_CONDITION.test(left)) &&
            CONDITIONAL_MODAL.test(left))
        );
      case 'previous':
        replaced = replacedBefore(left);
        return replaced !== undefined || REPLACED_AFTER.test(right);
      case 'scheduled':
        return onEitherSide(pattern, left, right, DUE_TO_CAUSE) || startsLater(`${left} ${right}`, published);
      case 'suspended':
        return onEitherSide(pattern, left, right, PAUSED_OTHER);
      case 'current':
        return onEitherSide(pattern, left, right, KEPT_DOING);
      default:
        return onEitherSide(pattern, left, right);
    }
  });
  return found?.status === 'previous' && replaced === 'pending' && !REPLACED_AFTER.test(right)
    ? 'current'
    : found?.status;
}

/**
 * A window counted from now: "the rate for the next 90 days will be 10%", "will face 10% during
 * this period". With no start date given, the window opens with the news, so the level it holds
 * is in force (its "will" is the window's, not a start to come).
 */
const RUNS_FOR_NEXT =
  /\b(?:for|over|during)\s+the\s+(?:next|coming)\s+(?:\d+|\p{L}+)[\s-](?:days?|weeks?|months?)\b|\bduring\s+this\s+(?:period|window|pause)\b/iu;
/** The number as what the rate will stand at: "will be 10%", "will face a 10% tariff". */
const WILL_STAND = /\bwill\s+(?:be|face|pay|stand\s+at)\s+(?:(?:a|an|the|just|only)\s+)?$/u;

/**
 * "will now face a 15% tariff", "will now have a reduced tariff of 18%": the level from now on, in
 * force with the news unless the sentence gives a later start ("now" is the day, "will" the
 * lasting).
 */
const WILL_NOW_FACE =
  /\bwill\s+now\s+(?:face|pay|have|be\s+(?:subject\s+to|charged|taxed\s+at))(?:\s+[\p{L}-]+){0,4}?\s*$/u;

/** A clause that gives an example of what the one before tells. */
const EXAMPLE_OPENS = /^\s*(?:including|such\s+as|among\s+them)\b/u;
/** A threat or warning as a verb (not "the threatened countries"). */
const THREAT_VERB =
  /(?<!\b(?:the|a|an|its|their|his|her|these|those)\s)\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?)\b/iu;
/** A clause that goes on with the subject of the one before an aside: "… countries — including China — would face 10%". */
const PREDICATE_OPENS = /^\s*(?:would|will|could|might|may|shall|face|faces|faced)\b/u;

/**
 * An example of what a threat or warning names is threatened, whatever start the threat gave it:
 * "threatened these allies with new tariffs, including a 10% surcharge set to take effect in
 * February"; so is the predicate after an example aside, which goes on with the threat's subject:
 * "warning that countries supporting BRICS — including China and India — would face an additional
 * 10% tariff".
 */
function exampleOfThreat(sentence: string, clauses: readonly Span[], clause: Span): boolean {
  const text = (span: Span) => sentence.slice(span.start, span.end);
  let at = clauses.findIndex((c) => c.start === clause.start);
  const example = (i: number) => i >= 0 && EXAMPLE_OPENS.test(text(clauses[i]!));
  if (!example(at) && !(PREDICATE_OPENS.test(text(clause)) && example(at - 1))) return false;
  at -= 1;
  while (example(at)) at -= 1;
  return at >= 0 && THREAT_VERB.test(text(clauses[at]!));
}

/** A subject told as a start that was still to come: "duties that were due to come into effect". */
const UNSTARTED_SUBJECT =
  /\b(?:was|were)\s+(?:due|set|scheduled|slated|supposed)\s+to\s+(?:take|come\s+into|go\s+into)\s+effect\b/iu;
const CONTRAST_OPENS = /^\W*(?:but|while|whereas|yet)\b/u;
const CONTRAST_VERB =
  /\b(?:but|whereas)\s+(?:(?:he|she|it|they|we|the\s+\S+|\p{Lu}\p{L}+)\s+)?(?:would|will|could|may|might|also|is|are|was|were|has|have|had|did|does)\b/gu;
/**
 * The aside of a partner left out of a measure, up to its own rate: "paused … for all countries
 * except China (which will be tariffed at 125%)", "except China, whose rate rises to 125%". The
 * aside tells the partner's own rate; the measure's words before it (the pause) are not its.
 */
const LEFT_OUT_ASIDE = new RegExp(
  String.raw`\b${LEFT_OUT_WORDS}\s+(?:the\s+)?${CAPITALISED_NAME}\s*(?:\(|,\s+(?=(?:which|who|whose)\b))(?=[^()]*$)`,
  'gu',
);

/** An aside opened by a past participle, with its predicate still to come: "The tariff, paused in March, took effect …". */
const PARTICIPLE_ASIDE =
  /^\s*(?:\p{Ll}{2,}ed|set|cut|hit|put|announced|delayed|paused)\b(?![^,;]*\b(?:is|are|was|were|will)\b)/u;

/** The verbs that announce a rate, in the past and the present ("announced", "rolls out"). */
const ANNOUNCING = String.raw`announced|announces|unveiled|unveils|rolled\s+out|rolls\s+out`;
/** The determiners and "new" between an announcing verb and the rate's number. */
const ANNOUNCED_OBJECT = String.raw`(?:(?:a|an|the|its|new)\s+)*$`;
/**
 * A rate announced, with nothing saying it has started: "Trump on Wednesday announced a 20% tariff
 * on Vietnamese goods" is news of a rate to come (trackers' "announced"), not one in force; so is
 * "Trump's announcement of a 25% levy".
 */
const ANNOUNCED_BEFORE = new RegExp(
  String.raw`\b(?:${ANNOUNCING}|announcing|unveiling|rolling\s+out|announcement\s+of)\s+(?:[^,;]{0,40}?\s)?${ANNOUNCED_OBJECT}`,
  'u',
);
/**
 * A rate added to what a clause before announced: "announced new tariffs on several countries,
 * including Japan and Brazil, as well as a 50% tariff on copper". The announcing verb governs the
 * added object across the list between, as long as no verb of its own comes in between.
 */
const ANNOUNCED_WITH_LIST = new RegExp(
  String.raw`\b(?:${ANNOUNCING})\s+(?![^;]*\b(?:is|are|was|were|will|would|has|have|had|took|takes|said|says)\b)[^;.]*,\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s+${ANNOUNCED_OBJECT}`,
  'u',
);
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/**
 * A headline's infinitive: "U.S. to Impose 35% Tariff on Canadian Goods", "Canada to face 35%
 * tariff". Headlines write the future this way (in title case too).
 */
const HEADLINE_FUTURE = new RegExp(
  String.raw`${HEADLINE_SUBJECT}${wordsSource([...HEADLINE_VERBS, ...HEADLINE_VERBS.map(capitalised)])}(?![^,;]*\b(?:is|are|was|were|has|have|had)\b)`,
  'u',
);
/**
 * A change told as under way in reported speech: "announced he was raising tariffs … to 25%", "said
 * it is cutting its duty to 10%": a plan, like an announcement, until an article says it started.
 */
const REPORTED_PLAN =
  /\b(?:announced|announces|said|says|told\s+\S+|declared|wrote)\s+(?:(?:on|last|this)\s+\p{L}+\s+)?(?:that\s+)?(?:he|she|it|they|we|the\s+\S+(?:\s+\S+)?|\p{Lu}\p{L}+)\s+(?:was|were|is|are)\s+(?:raising|imposing|hiking|increasing|lowering|cutting|reducing|slapping|putting|adding|doubling|restoring|reinstating)\b[^;.]*$/u;
/**
 * A rate in what a party still waits for ("Seoul is still waiting on an executive order covering its
 * deal, including a 15% tariff", "exporters are awaiting the proclamation of the 10% rate"): it has
 * not started.
 */
const AWAITED_BEFORE =
  /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:waiting\s+(?:on|for)|awaiting)\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:orders?|proclamations?|decrees?|notices?|implementation|signature|signing|go-ahead|approval)\b[^;.]*$/u;
/**
 * A promise or an agreement to set a level ("secured a pledge from Washington to assess a 15%
 * tariff", "promised to cap duties at 10%", "both sides agreed to set the rate at 15%"): a deal's
 * term, a rate to come. Not one kept where it is ("agreed to keep tariffs at 10%": `HELD_AT`).
 */
const PLEDGED_BEFORE =
  /\b(?:pledge[sd]?|promise[sd]?|commitments?|committed|agree[sd]?|agreeing)\s+(?:from\s+[^,;]{1,40}?\s+)?to\s+(?:impose|assess|charge|apply|levy|set|cap|limit|fix)\b[^,;.]*$/u;
/**
 * A rate a bill or one of its provisions sets out ("One provision includes raising duties on Iranian
 * goods to 300%", "the bill would impose 500%"): proposed, until the sentence says it became law. A
 * provision of an order, a proclamation or a deal is not a bill's.
 */
const SETS_OUT = String.raw`[^;:.]{0,60}?\b(?:includes?|including|calls?\s+for|proposes?|would|seeks?|sets?|imposes?|mandates?|requires?|provides?\s+for)\b[^;:.]*$`;
const IN_BILL = new RegExp(String.raw`\b(?:bill|legislation|draft\s+law|amendment)s?\b${SETS_OUT}`, 'iu');
const IN_PROVISION = new RegExp(String.raw`\bprovisions?\b${SETS_OUT}`, 'iu');
const OTHER_INSTRUMENT = /\b(?:order|proclamation|deal|agreement|accord|pact|framework|statute)\b/iu;
const ENACTED = /\b(?:into\s+law|enacted|became\s+law|becomes\s+law|in\s+force|in\s+effect|took\s+effect)\b/iu;
const inBill = (left: string, sentence: string) =>
  (IN_BILL.test(left) || (IN_PROVISION.test(left) && !OTHER_INSTRUMENT.test(sentence))) && !ENACTED.test(sentence);
/**
 * A deal's terms told in the present ("The deal sets a 15% tariff", "a framework deal … that imposes
 * a 15% tariff", "The agreement, announced on Sunday, sets …") or by a participle after it
 * ("announced a trade framework with Japan on Tuesday, placing a 15% tax on …"): the deal's level, which starts later
 * unless the sentence says it has or dates the deal well before the article ("Deal in June
 * establishes a 10% tariff" in August), as a deal's change does (`change.ts`).
 */
const DEAL_TERMS_BEFORE = new RegExp(
  String.raw`\b${DEAL_NOUN}\b(?:(?:,[^,;]{1,60},)?(?:\s+[\p{L}\p{N}]+){0,3}?\s+(?:that\s+|which\s+)?(?:\p{L}+ly\s+)?(?:sets|imposes|caps|fixes|establishes|places|puts)|(?:\s+[\p{L}\p{N}.]+){0,6},\s+(?:setting|imposing|capping|fixing|establishing|placing|putting))\s+(?:[\p{L}-]+\s+){0,3}?$`,
  'u',
);
/** True when the sentence names a day more than `days` days before the article. */
const toldBefore = (sentence: string, published: string, days: number) =>
  readDates(sentence, published, { months: true }).some((d) => d.day('past') < addDays(published, -days));
/** A day the sentence names more than a week before the article: an announcement told as history ("in April, Trump announced …"). */
const toldLongAfter = (sentence: string, published: string) => toldBefore(sentence, published, 7);
/** A start told as coming at once: "will take effect immediately", "goes into force immediately". */
const STARTS_AT_ONCE =
  /\b(?:take|takes|go|goes|come|comes|kick|kicks)\s+(?:into\s+)?(?:effect|force|in)\s+immediately\b|\bimmediately\s+(?:take|takes|go|goes|come|comes|kick|kicks)\s+(?:into\s+)?(?:effect|force|in)\b/u;
const IN_FORCE_WORDS =
  /\b(?:took\s+effect|takes\s+effect|went\s+into\s+effect|in\s+effect|in\s+force|in\s+place|kicked\s+in|imposed|now|currently|already|since|effective\s+immediately|immediately)\b/u;
/**
 * The sentence up to the next rate after the number: the words after that one are its own
 * ("announced a tariff of 34% on China, which would come on top of 20% levies he imposed on the
 * country earlier this year" tells the 20% imposed, and earlier, not the 34%).
 */
function upToNextRate(sentence: string, percent: PercentMention): string {
  const next = sentence.slice(percent.end).search(OTHER_RATE);
  return next < 0 ? sentence : sentence.slice(0, percent.end + next);
}

/**
 * A clause that says something of its own: a conjunction or a new subject opens it (", although he
 * paused …"), or "with" and other rates than the number's (", with higher rates to kick in later").
 */
const OWN_CLAUSE =
  /^\s*(?:and|but|or|although|though|while|whereas|despite|after|before|as|because|since|when|if|unless|so|yet|[\p{Lu}"“‘']|(?:he|she|it|they|we|i|you|this|that|these|those)\b|with\s+(?:even\s+)?(?:higher|lower|steeper|bigger|larger|further|other|additional|separate|more)\b)/u;

/**
 * Where the clauses after the percentage's own stop speaking of it: at the end of its segment, or
 * before the first clause with a subject or conjunction of its own (", to take effect Thursday"
 * qualifies the rate; ", and Beijing said it would respond" does not).
 */
function tailEnd(sentence: string, clauses: readonly Span[], clause: Span, segment: Span): number {
  const next = clauses.find(
    (c) => c.start >= clause.end && c.start < segment.end && OWN_CLAUSE.test(sentence.slice(c.start, c.end)),
  );
  return next ? next.start : segment.end;
}

/**
 * The first words of the status cues and the words of the conditions, which the patterns match in
 * lower case; "May" is the month as often as the modal.
 */
const CUE_WORDS = new Set(
  [
    ...STATUS_CUES.flatMap((c) => c.words.map((w) => w.split(' ')[0] ?? w)),
    ...CONDITION_WORDS.flatMap((w) => w.split(' ')),
  ].filter((w) => w !== 'may'),
);
const TITLE_WORD = /\b\p{Lu}\p{Ll}+\b/gu;
const LONG_WORD = /\b\p{L}{4,}\b/gu;
const LABELLED_ITEM = /^\W*\p{Lu}[\p{L}\s.-]{1,30}:\s+(\p{Lu}\p{Ll}+)\b/u;
/**
 * A headline in title case ("US Will Impose 50% Tariff on Brazil", "Trump Threatens 100% Tariff")
 * with its cue words in lower case, as a sentence writes them (the same length, so spans hold).
 */
function inSentenceCase(sentence: string): string {
  const lowerCue = (w: string) => {
    const lower = w.toLowerCase();
    return CUE_WORDS.has(lower) && lower.length === w.length ? lower : w;
  };
  const words = sentence.match(LONG_WORD) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 3 && capitalised >= words.length * 0.6) return sentence.replace(TITLE_WORD, lowerCue);
  // A list item after its label ("Japan: Set to face a 15% tariff"): the capital only opens the item.
  return sentence.replace(LABELLED_ITEM, (m, word: string) => m.slice(0, m.length - word.length) + lowerCue(word));
}

/** "retroactive to Nov. 1", "will take retroactive effect Nov. 14", "will be applied retroactively", "backdated". */
const RETROACTIVE = /\b(?:retroactive(?:ly)?|backdated)\b/u;
/** Days a start must lie before the article to have passed: a day or two is the lag of a report on the order. */
const STARTED_DAYS = 7;

/**
 * The number's own words telling it has held since a time past: "the 10% tariff imposed since
 * April", "the 25% levy in place since March". A modal or a threat around it ("could handle the
 * 10% tariff imposed since April") speaks of coping with the rate or of another, not of this one.
 */
const HELD_SINCE_AFTER =
  /^(?:\s+[\p{L}-]+){0,4}?\s+(?:imposed|levied|charged|applied|collected|in\s+(?:place|force|effect))\s+since\b/u;

/**
 * How the rate a percentage states stands as of its article (see `statusAsTold`). A rate told as
 * to come whose start the sentence gives as a week or more before the article's day ("Beginning
 * Nov. 14, Swiss goods will face 15%" in December) or as retroactive is in force: articles report
 * an order that backdates a rate, or the terms of one that has started, in the order's future tense.
 */
export function statusOf(scope: StatusScope): RateStatus {
  const { sentence, published, percent } = scope;
  // "unveiled 10% and up to 50%, although he later delayed the effective date for all but 10% until
  // July 9": the levels told before a start put off are put off with it, but the one it spares.
  const delay = delayedStart(sentence, published);
  if (delay && spared(delay, sentence, percent.lead)) return 'current';
  const status = statusAsTold(scope);
  if ((status === 'threatened' || status === 'hypothetical') && HELD_SINCE_AFTER.test(sentence.slice(percent.end)))
    return 'current';
  if (delay && percent.end < delay.at && delay.except !== percent.value && PUT_OFF_LEVELS.includes(status))
    return 'scheduled';
  const started =
    (RETROACTIVE.test(sentence) || startedEarlier(sentence, addDays(published, -STARTED_DAYS))) &&
    !startsLater(sentence, published);
  return status === 'scheduled' && started ? 'current' : status;
}

/** A change told in the past tense in the number's own clause: "he raised the levy from". */
const DONE_CHANGE =
  /(?<!\b(?:be|been|being|to|will|would|could|may|might|should|shall)\s+)\b(?:raised|lowered|increased|hiked|reduced|lifted|slashed|doubled|halved)\b[^,;]*$/u;

/** The statuses a start put off changes: a level told as history, a threat or a what-if keeps its own. */
const PUT_OFF_LEVELS: readonly RateStatus[] = ['current', 'scheduled', 'suspended'];

/**
 * A level the same sentence then says was put on hold, in a clause of its own ("had been facing a 30%
 * tariff, which Trump postponed for 90 days", "was threatened with 25%, but it was paused"): the pause
 * is the last news of it, whatever tense or threat told the level. Only the level's own noun phrase
 * comes between, and the verb holds nothing else ("but Trump suspended the duty on beef" is another
 * rate); not when the sentence goes on to a start or an end after the pause. Wider than
 * `PAUSED_AFTER` (read only beside a change from the level), so it is read first, for any level.
 */
const PUT_ON_HOLD_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}'’-]+){0,6}?(?:,\s*(?:which|but)|\s+(?:which|that|but|until|before))\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+|(?:he|she|they|it|the\s+\p{Ll}+)\s+)?(?:(?:later|then|since|subsequently|quickly)\s+)?(?:(?:has|have|had)\s+(?:since\s+)?)?(?:(?:was|were|been)\s+)?(?:${PAUSE_PARTICIPLES}|put\s+(?:(?:it|them)\s+)?on\s+hold)(?=\s+(?:it|them|(?:most|all|some)\s+of\s+them|for|until|in|on|by|last|this|after|indefinitely|again)\b|\s*(?:[,.;]|$))`,
  'u',
);
const RESUMED_AFTER =
  /\b(?:took\s+effect|kicked\s+in|came\s+into\s+(?:force|effect)|resumed|reinstated|restored|reimposed|lifted|ended|expired|scrapped)\b/u;
function putOnHoldAfter(after: string): boolean {
  const m = PUT_ON_HOLD_AFTER.exec(after);
  return m !== null && !RESUMED_AFTER.test(after.slice(m[0].length));
}
/**
 * A level something kept a rate from reaching: "The agreement prevented U.S. tariffs from jumping to
 * 145 per cent", "the truce stopped duties from climbing to 50%". It never held: a rise that was due
 * and is put off, as one told "instead of rising to".
 */
const PREVENTED_RISE = String.raw`\b(?:prevent|stop|avert|block|keep|kept|spare)\w*\b.*\bfrom\s+\p{L}+ing\s+(?:back\s+)?`;
const PREVENTED_LEVEL = new RegExp(
  String.raw`${PREVENTED_RISE}(?:up\s+)?(?:to|as\s+high\s+as)\s+(?:an?\s+|the\s+)?$`,
  'su',
);
/** "from shooting up to 145%": the number's qualifier holds the "up to". */
const PREVENTED_UP_TO = new RegExp(String.raw`${PREVENTED_RISE}$`, 'su');
const prevented = (upToLead: string, percent: StatusScope['percent']) =>
  PREVENTED_LEVEL.test(upToLead) || (percent.qualifier === 'up to' && PREVENTED_UP_TO.test(upToLead));

/**
 * A rate someone failed to avert: "failed to avert the 39% tariff", "could not avoid a 50% levy". It
 * came, whatever the averting words say; it starts when the sentence says, or holds already.
 */
const FAILED_TO_AVERT =
  /\b(?:(?:fail(?:s|ed|ing)?|unable|(?:did\s+not|didn['’]t)\s+manage)\s+to|(?:could|did)\s+not|couldn['’]t|didn['’]t)\s+(?:avert|avoid|stave\s+off|head\s+off|prevent|stop|escape|dodge)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * A raised level a party is spared: "continue facing the previous 25% tariff rather than the
 * increased 50% rate", "pay 10% instead of the new 25%". Others pay it; on this party it never holds.
 */
const SPARED_RAISE =
  /\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+)?(?:increased|higher|raised|new|hiked|doubled|tripled|steeper)\s+$/iu;

/**
 * How the rate a percentage states stands as of its article, from the verbs and tense around it.
 * Tried in order: wording right at the number ("down from 54%", "the 30% Trump had threatened"),
 * its clause, a relative clause after it (", which are suspended until July"), the clauses after it
 * in its segment (", to take effect on Thursday"), a start date anywhere in the sentence (",
 * starting on Tuesday"), a verb leading to it ("raised … to 125%": current), the previous percentage
 * of the sentence ("… would have climbed to 24% and the one on Korean goods to 25%"); a rate nothing
 * qualifies is current.
 */
function statusAsTold(scope: StatusScope): RateStatus {
  const { percent, clauses, clause, segment, previous, published } = scope;
  const sentence = inSentenceCase(scope.sentence);
  // A contrasting clause with a verb of its own tells its own rate: "would pause tariffs on most countries but would raise …".
  const contrast = [...sentence.slice(clause.start, percent.lead).matchAll(CONTRAST_VERB)].pop();
  const leftOut = [...sentence.slice(clause.start, percent.lead).matchAll(LEFT_OUT_ASIDE)].pop();
  const opens = leftOut ? leftOut.index + leftOut[0].length : contrast?.index;
  const left = sentence.slice(clause.start + (opens ?? 0), percent.lead);
  const right = sentence.slice(percent.end, clause.end);
  // The number's own words (up to the next rate) and whether they name a day long before the
  // article: read once, for the rules of plans and announcements below (chrono is slow).
  let ownText: string | undefined;
  let ownLong: boolean | undefined;
  // Whether the sentence gives a start after the article's day: asked by many rules below, read once.
  let later: boolean | undefined;
  const laterInSentence = () => (later ??= startsLater(sentence, published));
  const ownWords = () => (ownText ??= upToNextRate(sentence, percent));
  const ownInForce = () => IN_FORCE_WORDS.test(ownWords());
  const ownToldLongAfter = () => (ownLong ??= toldLongAfter(ownWords(), published));
  if (
    HELD_RATE_TO_CHANGE.test(left) ||
    CALLED_CURRENT.test(left) ||
    HELD_AT.test(left) ||
    addedToHeld(sentence, percent) ||
    ADDED_TO_FORMER.test(sentence.slice(0, percent.lead))
  )
    return 'current';
  if (NO_LONGER_BEFORE.test(left) || NO_LONGER_AFTER.test(right) || ONCE_AT_BEFORE.test(left)) return 'previous';
  if (endsAhead(left, right)) return 'current';
  if (CHANGED_FROM_AFTER.test(sentence.slice(percent.end)) || STARTED_THEN_LASTS.test(sentence.slice(percent.end)))
    return 'current';
  if (TO_COME_AFTER.test(sentence.slice(percent.end))) return 'scheduled';
  if (OPENS_AS_HISTORY.test(sentence) && !NOT_HISTORY.test(sentence)) return 'previous';
  // "Should Washington lower the tariff to 12%, …", "If they charge us 50%, …", "After the tariffs
  // come down to 25%, …": the number in the condition itself.
  const inCondition = [SHOULD_CONDITION, IF_CONDITION, ONCE_CONDITION]
    .map((c) => c.exec(sentence))
    .some((c) => c && c.index < percent.lead && percent.end < c.index + c[0].length);
  if (inCondition || SPARED_RAISE.test(sentence.slice(0, percent.lead))) return 'hypothetical';
  if (endedAfter(left, right)) return 'previous';
  if (FAILED_TO_AVERT.test(left)) return laterInSentence() ? 'scheduled' : 'current';
  if (prevented(sentence.slice(0, percent.lead), percent)) return 'suspended';
  if (putOnHoldAfter(sentence.slice(percent.end))) return 'suspended';
  if ((HELD_RATE_CHANGES.test(right) || HELD_RATE_UNCHANGED.test(right)) && !THREATENED_LEVEL.test(left))
    return 'current';
  if (AVERTED_CHANGE.test(sentence.slice(0, percent.lead))) return 'suspended';
  // "The deal averts a 30% tariff … that was due to start on August 1": whatever start it had been given.
  if (DEAL_AVERTS.test(left)) return 'threatened';
  // A ceiling on tariffs not yet set ("limits any future tariffs on chips to 15%") is no rate anyone charges.
  const upToLead = sentence.slice(0, percent.lead);
  if (CEILING_BEFORE.test(upToLead) && FUTURE_TARIFFS.test(upToLead)) return 'hypothetical';
  const orRate = OR_RATE.exec(sentence.slice(percent.end));
  if (
    threatAfter(orRate ? sentence.slice(percent.end + orRate[0].length) : right) ||
    NEVER_STARTED.test(right) ||
    THREAT_BEFORE.test(left) ||
    DEADLINE_OF_RATE.test(left) ||
    (NOT_IMPOSED_BEFORE.test(left) && !percent.qualifier) ||
    (DEAL_CONDITION_AFTER.test(right) && !SET_TO.test(left)) ||
    DEAL_CONDITION_AFTER.test(pastRespectively(sentence.slice(percent.end))) ||
    DISCUSSED_AFTER.test(right) ||
    SOUGHT_BEFORE.test(left) ||
    HOPED_TO_GET.test(left)
  )
    return 'threatened';
  if (ANNOUNCED_EARLIER.test(left) && !PAST_VERB.test(right)) return 'threatened';
  if (FIRST_ANNOUNCED.test(left) && CHANGED_AFTER_ANNOUNCED.test(sentence.slice(percent.end))) return 'threatened';
  if (ANNOUNCED_AT_FIRST.test(left) && !TOOK_EFFECT.test(sentence.slice(percent.end))) return 'threatened';
  if (PLANNED_EARLIER.test(left)) return 'threatened';
  // The day of the telling ("had indicated on the 7th that …") is no start; a "now" of the change
  // that overtook the plan ("…, but has now lowered it") is not the plan's.
  const toldEarlier = PLAN_TOLD_EARLIER.exec(left);
  if (
    toldEarlier &&
    !startedEarlier(sentence.replace(toldEarlier[0], ' '), published) &&
    (!ownInForce() || CHANGED_AFTER_ANNOUNCED.test(sentence.slice(percent.end)))
  )
    return 'threatened';
  // A level expected is a plan, not a state: to come when told in the present ("are expected to face
  // 24%"); once expected when told in the past with no start that has come, unless a start still to
  // come makes it reported speech of a plan that holds ("said … were set to face 25% from August 1").
  const expected = EXPECTED_LEVEL.exec(left);
  if (expected && !startedEarlier(sentence, published) && !ownInForce())
    return /^(?:is|are)$/iu.test(expected[1]!) || laterInSentence() ? 'scheduled' : 'threatened';
  if (exampleOfThreat(sentence, clauses, clause)) return 'threatened';
  // The level a planned change starts from held when the news came: "hours before Washington was set to
  // raise tariffs from 30% to 54%" kept 30% in force.
  if (startPlannedAfter(sentence, percent) && !laterInSentence() && !FROM_BEFORE.test(left)) return 'threatened';
  // The rate an act answered ("will hit back … in response to Washington's 34% levy") is in force
  // when answered, whatever the tense of the act, unless its own words say otherwise.
  const upToNumber = sentence.slice(0, percent.lead);
  const answered = [...upToNumber.matchAll(ANSWERED_EACH)].pop();
  const answeredRate = answered ? upToNumber.slice(answered.index + answered[0].length) : undefined;
  if (answeredRate !== undefined && ANSWERED_RATE.test(answeredRate) && !pending(answeredRate)) return 'current';
  if (percent.qualifier === 'up to' && ALLOWS_BEFORE.test(sentence.slice(0, percent.lead))) return 'hypothetical';
  if (
    RULED_BEFORE.test(left) &&
    RULED_AFTER.test(right) &&
    !MODAL.test(left) &&
    !CONDITION.test(left) &&
    !LEFT_STANDING.test(sentence.slice(percent.end))
  )
    return 'previous';
  const counterfactual = COUNTERFACTUAL_OPENS.exec(sentence);
  if (counterfactual && COUNTERFACTUAL_MODAL.test(sentence.slice(counterfactual[0].length, percent.lead)))
    return 'hypothetical';
  // "it remains unclear whether the new 35% tariff will be … added on top of …": an open question
  // states no level, unless the number is told as one already held ("the existing 25%").
  const asked = OPEN_QUESTION.exec(sentence.slice(0, percent.lead));
  if (
    asked &&
    !QUESTION_CLOSED.test(asked[0]) &&
    (MODAL.test(sentence.slice(asked.index)) || WHETHER_TO.test(sentence.slice(asked.index)))
  ) {
    if (heldAlready(sentence, percent.lead, percent.end) || IMPOSED_AFTER.test(right)) return 'current';
    // A rate someone is deciding whether to impose is one proposed: a threat.
    return MODAL.test(sentence.slice(asked.index)) ? 'hypothetical' : 'threatened';
  }
  const own = clauseAt(clauses, percent.start);
  // The whole clause before the number, where the segment of a number in a list is cut at its lead-in ("replaced the …").
  const wholeLeft = sentence.slice(own.start, percent.lead);
  // What would follow from the imposer's own choice is a what-if (the clause's modal, not its segment's: "… — would drop to 45%").
  if (
    CHOICE_CONDITION.test(sentence) &&
    /\b(?:would|could|may|might)\b/u.test(wholeLeft) &&
    !THREAT_TOLD.test(sentence)
  )
    return 'hypothetical';
  const before = clauses[clauses.indexOf(own) - 1];
  const after = clauses[clauses.indexOf(own) + 1];
  const clauseText = sentence.slice(clause.start, clause.end);
  if (
    before &&
    RELATIVE_CLAUSE.test(clauseText) &&
    !MODAL.test(clauseText) &&
    !PRESENT_STATE.test(clauseText) &&
    replacedBefore(sentence.slice(before.start, before.end)) === 'replaced'
  )
    return 'previous';
  // The number as the level a change moves from ("from 25%", "down from a whopping 39%") or the one
  // a new level replaces ("instead of 27.5%"), read once for the rules below.
  const from = FROM_BEFORE.test(left);
  const changedFrom = from || DOWN_FROM.test(left);
  const instead = INSTEAD_BEFORE.test(left);
  const exempt = EXEMPT_FROM.test(left);
  // "down from a threatened 46%", "instead of the proposed 20%": the level replaced was only a threat.
  // So was one its own words give as still to start: "down from the 30% rate that was due to take
  // effect on Aug. 1", "a drop from the 25% rate Trump said would be levied starting Aug. 1", and
  // one a letter set ("down from the 20% in his letter").
  if (
    (changedFrom || instead) &&
    !exempt &&
    (THREATENED_LEVEL.test(left) ||
      toStartAfter(sentence.slice(percent.end)) ||
      ANNOUNCED_AFTER.test(right) ||
      LETTER_LEVEL_AFTER.test(right))
  )
    return 'threatened';
  // "down from the 46 percent that was paused in April": the level replaced was on hold, not in force.
  if ((changedFrom || instead) && !exempt && PAUSED_AFTER.test(sentence.slice(percent.end))) return 'suspended';
  const headline = HEADLINE_FUTURE.exec(sentence);
  // What the headline's verb replaces ("US to lift 25% tariff") is still in force.
  if (headline && headline[0].length <= percent.lead && !changedFrom && !instead)
    return replacedBefore(left) ? 'current' : 'scheduled';
  if (REPORTED_PLAN.test(sentence.slice(segment.start, percent.lead)) && !from && !ownInForce()) return 'scheduled';
  if (
    PROGRESSIVE_BY.test(sentence.slice(segment.start, percent.lead)) &&
    !from &&
    !IN_FORCE_WORDS.test(sentence.slice(0, percent.end)) &&
    !AT_ONCE.test(sentence)
  )
    return 'scheduled';
  if (
    (PLEDGED_BEFORE.test(left) ||
      AWAITED_BEFORE.test(sentence.slice(0, percent.lead)) ||
      (DEAL_TERMS_BEFORE.test(sentence.slice(segment.start, percent.lead)) && !ownToldLongAfter())) &&
    !from &&
    !ownInForce()
  )
    return 'scheduled';
  if (inBill(left, sentence)) return 'threatened';
  if (cutUntilLater(sentence.slice(percent.end), published)) return 'suspended';
  if (heldUntilLater(wholeLeft, right)) return 'previous';
  // "Duties that were due to come into effect on other goods will be cut to 15% from 25%": the level
  // moved from never started; it was a plan the change replaces.
  if (changedFrom && UNSTARTED_SUBJECT.test(sentence.slice(0, percent.lead))) return 'threatened';
  // The level a change still to come moves from ("is raising … to 125%, up from 84%") holds till
  // then: the rule after `changeStatus` below, which would otherwise read the change as done.
  // Not when the change has a past verb of its own: it is done, whatever the rate before it ("… the
  // new 15% tariff …, a day after he raised the levy from 10% to 15%").
  if (previous && PENDING.includes(previous) && (changedFrom || instead) && !exempt && !DONE_CHANGE.test(left))
    return 'current';
  // "will impose an extra 25% …, taking the total to 50%": the total comes with the part added to it,
  // and goes with it ("had been added to a 25% tariff, bringing the total to 50%").
  if (
    (previous === 'scheduled' || previous === 'threatened' || previous === 'previous') &&
    RESULT_AFTER.test(sentence.slice(segment.start, percent.lead))
  )
    return previous;
  // A threat or pause changed later stays what it was ("threatened a 20% tariff before raising it to 40%").
  // Its clause may close on a time before the change told after it ("to 145% in April, before lowering them …").
  if (
    (CHANGED_LATER.test(right) || CHANGED_LATER.test(sentence.slice(percent.end))) &&
    !MODAL.test(left) &&
    !pending(left)
  )
    return 'previous';
  if (endsLater(right, left) || GOES_ON.test(right)) return 'current';
  const next = clauses.find((c) => c.start >= percent.end);
  if (
    next &&
    replacedAfterRelative(sentence.slice(clause.start, percent.lead), ` ${sentence.slice(next.start, next.end)}`)
  )
    return 'previous';
  // "was replaced by a 15% rate": the number is the new level, in force once the replacing is done.
  if (REPLACED_BY.test(wholeLeft)) {
    // "plans to replace …", "agreed to replace …": a replacing still to be done, as "will replace".
    const replacing = wholeLeft.slice(0, wholeLeft.search(REPLACED_BY));
    return MODAL.test(replacing) || plannedBefore(replacing) ? 'scheduled' : 'current';
  }
  if (((RUNS_FOR_NEXT.test(sentence) && WILL_STAND.test(left)) || WILL_NOW_FACE.test(left)) && !laterInSentence())
    return 'current';
  if (WHEN_STOOD.test(sentence.slice(segment.start, percent.lead))) return 'previous';
  const dueAt = dueAtNumbers(sentence, published);
  const change = changeStatus({
    sentence,
    percent,
    windowStart: segment.start,
    startsLater: laterInSentence() || dueAt.length > 0 || laterTimeAfterLevel(sentence, published),
    published,
    startedEarlier: startedEarlier(sentence, published),
    toldMonthsAfter: toldBefore(sentence, published, 60),
  });
  if (change) return change;
  // The level a new one replaces ("15% instead of 27.5%", "to 15%, down from 27.5%") is still in
  // force while the new one is to come.
  if ((changedFrom && !exempt) || instead) return previous && PENDING.includes(previous) ? 'current' : 'previous';
  // The former level a change still to come replaces holds until the change starts.
  if (REPLACING_FORMER.test(left) && laterInSentence()) return 'current';
  // A past perfect level that a part was later added to ("had set 25% …, before adding another 25%") still holds.
  const added = PART_ADDED_AFTER.test(sentence.slice(percent.end));
  if (
    (FORMER_BEFORE.test(left) && !KEEPS_FORMER.test(left)) ||
    // Not a phase-in's first step ("a 10% initial tariff, rising to 25% in June"): a time to come.
    (FORMER_AFTER.test(right) && !NOT_HISTORY.test(sentence) && !laterInSentence()) ||
    (pastPerfect(left) && !added) ||
    (retrospective(ownClauseSince(sentence, percent)) && !ADDED_LATER.test(sentence)) ||
    startedThenChanged(left, sentence.slice(percent.end)) ||
    (heldBefore(sentence, clause, percent) && !pending(sentence.slice(clause.start, clause.end))) ||
    (comparedPast(wholeLeft, right) && !pending(right)) ||
    PAST_COPULA.test(left) ||
    pastState(left, sentence.slice(0, percent.lead))
  )
    return 'previous';
  // A start told in the past ("came minutes after the 10% tariffs were to take effect") has come,
  // unless the sentence says it was put off or called off, or gives a later date.
  if (
    PAST_START.test(sentence.slice(clause.start, tailEnd(sentence, clauses, clause, segment))) &&
    !PUT_OFF.test(sentence.slice(percent.end)) &&
    !laterInSentence()
  )
    return 'current';
  const relative = after && RELATIVE_CLAUSE.test(sentence.slice(after.start, after.end)) ? after : undefined;
  // An aside opened by a participle (", paused until April 2,") is background: the predicate after it
  // says how the rate stands.
  const aside =
    after &&
    PARTICIPLE_ASIDE.test(sentence.slice(after.start, after.end)) &&
    after.end < tailEnd(sentence, clauses, clause, segment)
      ? after
      : undefined;
  // So is a relative clause in the past perfect, or one that tells of a rate of its own ("The new 25%
  // rate — which is above the 24% announced in April — will be charged from August").
  const relativeText = relative ? sentence.slice(relative.start, relative.end) : '';
  const ownRate = HAS_PERCENT.test(relativeText);
  const background = relative && (/\bhad\b/u.test(relativeText) || ownRate) ? relative : aside;
  // "The 25% tariff, which took effect in March, was raised to 35%", "Canada's 25% tariffs, in place
  // since March, were removed": the predicate after the relative clause or aside tells what became
  // of the number.
  const between =
    relative ?? aside ?? (after && IN_PLACE_ASIDE.test(sentence.slice(after.start, after.end)) ? after : undefined);
  const predicate = between ? clauses[clauses.indexOf(between) + 1] : undefined;
  // A number's segment ends at the next number, so the predicate after a relative clause with a
  // rate of its own lies past it.
  const tail = ownRate && predicate ? predicate.end : tailEnd(sentence, clauses, clause, segment);
  const predicateText = predicate ? ` ${sentence.slice(predicate.start, predicate.end)}` : '';
  if (REPLACED_AFTER.test(predicateText)) return 'previous';
  if (endsLater(predicateText, left)) return 'current';
  const object = LEAD_IN_ONLY.test(left) ? objectOfReplacing(wholeLeft) : undefined;
  if (object) return object;
  if (
    (ANNOUNCED_BEFORE.test(left) || ANNOUNCED_WITH_LIST.test(sentence.slice(0, percent.lead))) &&
    !ownInForce() &&
    !pending(`${left}${right}`) &&
    !ownToldLongAfter()
  )
    return 'scheduled';
  // ", including a 30% levy on South Africa": an example of what the clause before tells, in its status.
  const example = before && EXAMPLE_OPENS.test(clauseText) ? sentence.slice(before.start, before.end) : undefined;
  const asideAt =
    PAST_RELATIVE.exec(left)?.index ?? (LISTED_WITH.test(sentence.slice(0, percent.lead)) ? left.length : undefined);
  const fromCues =
    (asideAt !== undefined
      ? cueStatus(left.slice(asideAt), right, published)
      : cueStatus(
          left,
          right,
          published,
          dealConditionBefore(sentence.slice(0, percent.lead))
            ? 'deal'
            : conditionBefore(sentence.slice(0, clause.start)),
        )) ??
    (example ? cueStatus(example, '', published) : undefined) ??
    (relative && !background ? cueStatus('', sentence.slice(relative.start, relative.end), published) : undefined) ??
    cueStatus('', sentence.slice(background ? background.end : clause.end, tail), published);
  // "The 25% tariff will take effect immediately": a start at once has come, though told ahead.
  if (fromCues === 'scheduled' && STARTS_AT_ONCE.test(sentence) && !CONDITION.test(sentence) && !laterInSentence())
    return 'current';
  // "Indian goods now face a 50% tariff, effective August 27": a start after the article's day, in the
  // words that go on speaking of the rate, outweighs a present tense ("now face", "is") that tells
  // the news, unless the words at the number say it holds already or a change to come ends it
  // ("would remove its 25% counter-tariffs from Sept. 1").
  if (
    fromCues === 'current' &&
    replacedBefore(left, true) === undefined &&
    startsLater(sentence.slice(percent.end, tailEnd(sentence, clauses, clause, segment)), published) &&
    !heldAlready(sentence, percent.lead, percent.end)
  )
    return 'scheduled';
  // "The tariff will be phased in, starting at 10% on Jan. 1, 2027, and rising to 15% on Jan. 1,
  // 2028": a day ahead right after the number is when that level starts, whatever the tense around it.
  if ((fromCues === undefined || fromCues === 'current') && dueAt.includes(percent.end)) return 'scheduled';
  // "exporters are bracing for the 50% tariff that kicks in on Wednesday": a rate feared or avoided
  // that the sentence gives a start for is set to come.
  if (
    fromCues === 'threatened' &&
    FEARED.test(left) &&
    !DEAL_AVERTS.test(left) &&
    startsLater(sentence.slice(percent.end), published)
  )
    return 'scheduled';
  // "With the incoming 34 percent rate …": an adjective of arrival right at the number tells a rate
  // still to start, where a present tense around it tells only the news.
  if ((fromCues === undefined || fromCues === 'current') && ARRIVING_BEFORE.test(left)) return 'scheduled';
  if (fromCues) return fromCues;
  if (laterInSentence()) return 'scheduled';
  if (CHANGED_TO.test(left)) return 'current';
  // A level told as history passes its status on to no level set against it ("… the initial 46%, but double the 10% …").
  if (previous === 'previous' && CONTRAST_OPENS.test(sentence.slice(segment.start, percent.lead))) return 'current';
  // "was spared a 30% tariff after agreeing to a 15% rate": a participle clause tells another act
  // than the rate before it, and passes none of its status on.
  if (previous && AFTER_PARTICIPLE.test(sinceOtherRate(sentence, percent))) return 'current';
  if (
    previous &&
    MEANS_OPENS.test(sinceOtherRate(sentence, percent)) &&
    !WISHED.test(sentence.slice(0, percent.lead)) &&
    !MODAL.test(sentence.slice(0, percent.lead))
  )
    return 'current';
  return previous ?? 'current';
}
