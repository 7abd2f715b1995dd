/**
 * A change of a rate from one level to another ("cut tariffs from 145% to 30%", "plans to double
 * the 25% duty to 50%", "the 125% duties will drop to 10%"): the old level and the new one, and
 * whether the change has happened or is still to come. A change that has happened makes the old
 * level previous and the new one current; one still to come (planned, agreed, paused, threatened)
 * leaves the old level current and makes the new one scheduled, threatened or suspended.
 */
import {
  ANSWERING,
  ASKED_TO,
  CONDITION_WORDS,
  COUNTERFACTUAL_BEFORE,
  EXPECTED_TO,
  NUMBER_PREFIXES,
  PLAN_WORDS,
  QUALIFIERS,
  SOUGHT_WORDS,
  UNREALISED_WORDS,
} from './cues.ts';
import type { PercentMention } from './percentages.ts';
import type { RateStatus } from './rate-statement.ts';
import { wordsSource } from './words.ts';
import { startsLater as startsAfter } from './effective.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';
import { MONTH_STEMS } from '../dates/names.ts';

/** Verbs and nouns of a change of level. */
const CHANGE_VERBS = [
  'raise',
  'raises',
  'raised',
  'raising',
  'increase',
  'increases',
  'increased',
  'increasing',
  'hike',
  'hikes',
  'hiked',
  'hiking',
  'double',
  'doubles',
  'doubled',
  'doubling',
  'triple',
  'triples',
  'tripled',
  'tripling',
  'halve',
  'halved',
  'halving',
  'cut',
  'cuts',
  'cutting',
  'lower',
  'lowers',
  'lowered',
  'lowering',
  'reduce',
  'reduces',
  'reduced',
  'reducing',
  // "have declined from a peak of 145% down to 30%": the level's own verb of a fall.
  'decline',
  'declines',
  'declined',
  'declining',
  'decrease',
  'decreases',
  'decreased',
  'decreasing',
  'reduction',
  'slash',
  'slashes',
  'slashed',
  'slashing',
  'soften',
  'softens',
  'softened',
  'softening',
  // "lifted its levy to 125%", "pushed tariffs to 145%": a verb leading to a new level.
  'lift',
  'lifts',
  'lifted',
  'lifting',
  'push',
  'pushed',
  'pushing',
  'boost',
  'boosted',
  'boosting',
  'drop',
  'drops',
  'dropped',
  'dropping',
  'fall',
  'falls',
  'fell',
  'fallen',
  'falling',
  'rise',
  'rises',
  'rose',
  'risen',
  'rising',
  'climb',
  'climbs',
  'climbed',
  'climbing',
  // Every form of the verbs of a steep rise: "the tariff jumps from 10% to 25%" is the same change.
  'jump',
  'jumps',
  'jumped',
  'jumping',
  'soar',
  'soars',
  'soared',
  'soaring',
  'surge',
  'surges',
  'surged',
  'surging',
  // "duties plummet from 39% to 15%": a steep fall is a fall.
  'plunge',
  'plunges',
  'plunged',
  'plunging',
  'plummet',
  'plummets',
  'plummeted',
  'plummeting',
  'reach',
  'reached',
  'go up',
  'went up',
  'bring down',
  'brought down',
  'bringing down',
  'bring up',
  'brought up',
  'roll back',
  'rolls back',
  'rolled back',
  'rolling back',
  'adjust',
  'adjusted',
  'change',
  'changed',
];
/** "reached a deal", "changed the agreement": the verb's object is a deal, not a level. */
const NOT_A_DEAL = String.raw`(?!\s+(?:an?|the|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|pact|truce|understanding|framework|settlement|compromise|consensus)\b)`;
/** "brings this tariff down to 15%", "brought duties back down to 10%": the particle after a short object. */
const BROUGHT_DOWN = String.raw`\b(?:bring|brings|bringing|brought)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:back\s+)?(?:down|up)(?=\s+to\b)`;
const CHANGE = new RegExp(`(?:${wordsSource(CHANGE_VERBS)}|${BROUGHT_DOWN})${NOT_A_DEAL}`, 'giu');
/**
 * The old level of a change called a threat or a plan: "cut the threatened 25% tariff to 15%", "lowers
 * the planned tariff from 36% to 19%": it never held, and the change replaces a threat.
 */
const THREATENED_WORDS = String.raw`(?:threatened|proposed|floated|mooted|planned|looming)`;
const THREATENED_OBJECT = new RegExp(String.raw`\b${THREATENED_WORDS}\b`, 'u');
/** The same words right before the old level with no change verb: "down from a threatened 46%", "instead of the proposed 20%". */
export const THREATENED_LEVEL = new RegExp(String.raw`\b${THREATENED_WORDS}\s+(?:[\p{L}'’-]+\s+)?$`, 'u');
/**
 * A change still to come whose object is a rate its imposer holds ("will “adjust” its 25% counter
 * tariffs if no deal is reached", "may raise their existing 10%", "plans to raise the 10% tariff",
 * "has no intention to raise the 10% tariff", "hinted at lowering the 145% tariff"), or one given a
 * time to change ("gave the EU three weeks to lower its 10% tariff", "has until August 1 to cut its
 * 10% tariff"): the held rate is in force.
 */
export const HELD_RATE_TO_CHANGE = new RegExp(
  String.raw`\b(?:will|would|could|may|might|shall|plans?\s+to|threatens?\s+to|vows?\s+to|intends?\s+to|intent(?:ion)?\s+to|hint(?:s|ed|ing)?\s+at|(?:days|weeks|months)\s+to|until\s+[\p{L}\p{N}.]+(?:\s+\d{1,2})?\s+to)\s+["“]?${wordsSource(CHANGE_VERBS)}["”]?\s+(?:its|their|his|her|the)\s+(?:existing\s+|current\s+)?$`,
  'iu',
);

/**
 * A rate as the subject of a change still to come: "the 145% tariff on Chinese goods will come down",
 * "145% China tariffs may drop", "the 25% levy could be lowered", "India's 25% rate is set to
 * double". The number is the level the change would move from, so it holds now (as the object of one
 * does, above).
 */
export const HELD_RATE_CHANGES = new RegExp(
  String.raw`^(?:\s+[\p{L}'’.-]+){0,5}?\s+(?:will|would|could|may|might|can|(?:is|are)\s+(?:set|due|expected|likely|poised)\s+to)\s+(?:\p{L}+ly\s+)?(?:come\s+down|go\s+(?:down|up)|drop|fall|decline|ease|rise|climb|double|triple|be\s+(?:lowered|reduced|cut|slashed|eased|halved|raised|increased|hiked|doubled))\b`,
  'iu',
);

/**
 * A rate as the subject of a change denied: "10 per cent tariffs on energy were also not set to
 * change", "the 25% levy will not be raised", "won't change". The rate stays, so it holds now.
 */
export const HELD_RATE_UNCHANGED = new RegExp(
  String.raw`^(?:\s+[\p{L}'’.-]+){0,8}?\s+(?:(?:will|would|is|are|was|were)\s+(?:also\s+)?not|won['’]t|wouldn['’]t|isn['’]t|aren['’]t|weren['’]t)\s+(?:also\s+)?(?:(?:set|expected|due|going|likely)\s+to\s+)?(?:change|rise|go\s+up|be\s+(?:changed|raised|increased|affected|touched))\b`,
  'iu',
);

/** Words between a change verb and a future or unreal reading of it, by the status of the new level. */
const PENDING_CUES: readonly { status: RateStatus; words: readonly string[] }[] = [
  {
    status: 'hypothetical',
    words: ['could have', 'would have', 'might have', 'may have', 'would otherwise', 'could otherwise'],
  },
  {
    status: 'suspended',
    words: [
      // Every tense of the verb: an order "suspends for one year the scheduled increase … to 34%" in the present.
      'pause',
      'pauses',
      'paused',
      'pausing',
      'suspend',
      'suspends',
      'suspended',
      'suspending',
      'delay',
      'delays',
      'delayed',
      'delaying',
      'postpone',
      'postpones',
      'postponed',
      'postponing',
      'hold off',
      'holds off',
      'held off',
      'holding off',
    ],
  },
  {
    status: 'threatened',
    words: [
      'threaten',
      'threatens',
      'threatened',
      'threatening',
      'threat',
      'warned',
      // "had vowed to raise tariffs on Brazil to 50% unless …": a vow of a change is a threat of it.
      'vow',
      'vows',
      'vowed',
      'vowing',
      // "hints at cutting China tariffs to 80%": a change hinted at is one floated.
      'hints at',
      'hinted at',
      'hinting at',
      'could',
      'might',
      'may',
      'potentially',
      'possibly',
      'proposed',
      'proposes',
      'proposal',
      'offered',
      'considering',
      'weighing',
      ...SOUGHT_WORDS.map((w) => `${w} to`),
      ...UNREALISED_WORDS,
      // "declined to cut the 25% tariff to 10%": a change refused is one that did not happen.
      'declined to',
      'declines to',
      'refused to',
      'refuses to',
      'unwilling to',
    ],
  },
  {
    status: 'scheduled',
    words: [
      'will',
      'would',
      'shall',
      "'ll",
      'going to',
      'set to',
      'due to',
      'scheduled to',
      'slated to',
      // The British news future: "Britain is to cut its tariff on US beef to 5%", "are to be cut to 15%".
      'is to',
      'are to',
      ...PLAN_WORDS,
      'agreed to',
      'agrees to',
      'agreement to',
      'deal to',
      // "revealed his decision to double tariffs": news of a decision, until an article says it started.
      'decision to',
      'pledged to',
      'promised to',
      'expected to',
      'to take effect',
      // A proclamation in the first person ("I am hereby increasing … from 15% to 25%") announces.
      'hereby',
    ],
  },
];
const PENDING = PENDING_CUES.map(({ status, words }) => ({ status, pattern: new RegExp(wordsSource(words), 'iu') }));

/** An article and one word of colour before the number: "from a whopping 50%", "to an eye-watering 145%". */
const COLOURED = String.raw`(?:\s+(?:a|an|the|its|their)\s+[\p{Ll}-]+)?`;
const prefixes = String.raw`${COLOURED}(?:\s+(?:${wordsSource([...NUMBER_PREFIXES, 'initial', 'current', 'existing', 'earlier', 'previous', 'prior', 'original', 'present', ...Object.values(QUALIFIERS).flat()])}))*`;
/** The old level named as a rate "of" the number: "from the sector-specific rate of 25 percent", "from a level of 39%". */
const LEVEL_OF = String.raw`\s+(?:a|an|the|its|their)(?:\s+[\p{L}'’-]+){0,2}?\s+(?:rate|level)\s+of`;
/**
 * Verbs whose "from" names a cause, not an old level: "may suffer from the 19% levies", "benefits
 * from the 10% rate", "losses stemming from the 50% tariff". The rate is the one that holds.
 */
const CAUSED_BY = String.raw`suffer(?:s|ed|ing)?|benefit(?:s|ed|ted|ing|ting)?|recover(?:s|ed|ing)?|reel(?:s|ed|ing)?|stem(?:s|med|ming)?|result(?:s|ed|ing)?|aris(?:e|es|ing)|arose`;
/** The old level: "from 25%", "from an initial 31%", "down from the rate of 25%". */
export const FROM_BEFORE = new RegExp(
  String.raw`(?<!\b(?:rang(?:e|es|ing)|${CAUSED_BY})\s+)\bfrom(?:${prefixes}|${LEVEL_OF})\s*$`,
  'iu',
);
/**
 * "exempting some goods from its 125% tariffs", "drugs are exempt from a 39% tariff", "cushions
 * exporters from 50% tariffs": goods taken out of a rate, or a party shielded from its cost, while
 * the rate stays; no change of level, and no limit on it.
 */
export const EXEMPT_FROM =
  /\b(?:exempt\w*|exclud\w*|shield\w*|cushion(?:s|ed|ing)?|protect(?:s|ed|ing)?|insulat(?:e|es|ed|ing)|shelter(?:s|ed|ing)?|spar(?:e|es|ed|ing)|carv(?:e|es|ed|ing)\s+out|relief|reprieve|respite)\b[^,;]*\bfrom(?:\s+\S+){0,2}?\s*$/iu;
/**
 * The new level: "to 50%", "to a combined 145%", "to a total of 125%" (not "up to 50%": a bound, nor
 * "to lower the 25% duty": a verb).
 */
const TO_BEFORE = new RegExp(
  String.raw`(?<!\bup\s)\bto(?!\s+lower\s+(?:the|its|their|a|an)\b)(?:\s+an?\s+(?:total|maximum|level|rate|high)\s+of)?${prefixes}\s*$`,
  'iu',
);
/** A few words between a change verb and its object ("hiked the 10% rate", "cut its 25% levy"). */
const OBJECT_BETWEEN = /^(?:\s+[\p{L}.'’-]+){0,3}\s*$/u;
/**
 * "… rate to various higher levels", "… levy to 10%": the number before is the old level. A "to"
 * before a day is a time ("a reduced 15% rate on autos retroactive to Nov. 1"). An aside in brackets
 * may come between: "the 27.5% car tariff (a 2.5% base plus a 25% surcharge) to 15%".
 */
const TO_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,4}?(?:\s*\([^()]{1,80}\))?\s+to\b(?!\s+(?:${MONTH_STEMS})[a-z]*\.?\s+\d)`,
  'u',
);
/** A word of the subject, in quotation marks too ("the 20% “reciprocal” tariffs"). */
const SUBJECT_WORD = String.raw`["“]?[\p{L}.-]+["”]?`;
/**
 * The old level as the subject: "the 125% duties will drop to 10%", "Cambodia's rate, set at 49%
 * in April, was lowered to 19%" (an aside between commas, not a new clause with a conjunction), or
 * the subject's level in brackets: "reciprocal tariffs (25 per cent) have been reduced to 18 per cent".
 */
const SUBJECT_CHANGE_AFTER = new RegExp(
  String.raw`^\)?(?:\s+${SUBJECT_WORD}|,\s+(?!(?:and|but|while|whereas|although|though|which)\b)${SUBJECT_WORD}){0,8}?,?\s+(?:(?:will|would|shall|could|may|might|is|are|was|were|has|have|had|set|due|going|expected)\s+(?:to\s+)?(?:be\s+|been\s+)?)?${wordsSource(CHANGE_VERBS)}\s+(?:\p{L}+\s+){0,3}?to\b`,
  'iu',
);

/**
 * The old level as the subject with a relative clause of its own before the change: "the 10% tariff
 * that Trump placed on Chinese imports in February was doubled to 20%". The clause may be longer than
 * the words allowed above; the change after it is told with an auxiliary or in the past.
 */
const RELATIVE_SUBJECT_CHANGE_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,3}?\s+(?:that|which)(?:\s+[\p{L}.'’-]+){1,10}?\s+(?:will|would|shall|could|may|might|is|are|was|were|has|have|had)\s+(?:be\s+|been\s+)?${wordsSource(CHANGE_VERBS)}\s+(?:\p{L}+\s+){0,3}?to\b`,
  'iu',
);

/**
 * A topic set before the clause and taken up by a pronoun: "As for the 20 percent tariffs on all
 * other goods from the bloc, those have been reduced to 10 percent". The topic runs to its comma
 * however long it is; the pronoun is the old level as the change's subject.
 */
const TOPIC_BEFORE = /^\s*(?:as\s+for|as\s+to|as\s+regards|when\s+it\s+comes\s+to)\b[^,;]*$/iu;
const TOPIC_CHANGE_AFTER = new RegExp(
  String.raw`^[^,;]*,\s+(?:those|these|they|it|that|this)\s+(?:(?:will|would|shall|could|may|might|is|are|was|were|has|have|had)\s+(?:be\s+|been\s+)?)?${wordsSource(CHANGE_VERBS)}\s+(?:\p{L}+\s+){0,3}?to\b`,
  'iu',
);

/**
 * ", raising the total to 50%", ", doubling tariffs to 50%": a participle after a comma with an
 * object of its own tells what the main clause's act did, not a change of the number before it
 * ("imposed an additional 25%, raising the total to 50%" keeps the 25%).
 */
const PARTICIPLE_WITH_OBJECT = new RegExp(
  String.raw`,\s+${wordsSource(CHANGE_VERBS.filter((verb) => verb.endsWith('ing')))}\s+(?:[\p{L}-]+\s+){1,3}?to$`,
  'iu',
);

/** A later start date keeps a change to come ("to 10%, effective November 10" in a November 4 article). */
export interface ChangeScope {
  sentence: string;
  percent: PercentMention;
  /** The start of the percentage's clause-or-sentence window the change verb is looked for in. */
  windowStart: number;
  /** True when the sentence gives a start date after the article's date. */
  startsLater: boolean;
  /** The article's date (YYYY-MM-DD): a level whose own words start it after this is a level to come. */
  published: string;
  /** True when the sentence names a day months before the article ("In October, he agreed to …" in January). */
  toldMonthsAfter?: boolean;
  /** True when the sentence gives a start date before the article's date: a plan told with it has been carried out. */
  startedEarlier?: boolean;
}

/**
 * A clause break: the words that make a change pending stand in the change verb's own clause ("… but
 * would raise"; "… will not go away became clear when Trump slashed …").
 */
const CLAUSE_BREAK = /[,;:—–]|\s-\s|\b(?:which|but|whereas|when|after|because|once)\b/gu;
/** Where a condition may open a clause: the sentence's start, a comma or dash, "that", "and", "but". */
export const CLAUSE_OPENS = String.raw`(?:^\W*|[,;:—]\s*|\b(?:that|and|but)\s+)`;
/**
 * A condition told by inversion: "Should talks fail, …", "warned that should Beijing retaliate, …".
 * "should" opens its clause and a comma closes the condition; a modal of advice follows its subject
 * ("the tariff should stay") or a verb ("and should be lowered").
 */
export const SHOULD_CONDITION = new RegExp(
  String.raw`${CLAUSE_OPENS}[Ss]hould\s+(?!(?:be|have|not|also|still|never|only|probably|likely|now|rather)\b)\p{L}[^,;]{2,80},`,
  'u',
);
/**
 * A condition opening a clause, up to its comma: "If the US imposes a 25% tariff on Mexican goods,
 * Mexico will respond". Not "if any", "if approved" and the like, which qualify the rate after them.
 */
export const IF_CONDITION = new RegExp(
  String.raw`${CLAUSE_OPENS}[Ii]f\s+(?!(?:any|so|not|only|necessary|needed|possible|implemented|approved|confirmed|enacted|passed)\b)\p{L}[^,;]{2,100},`,
  'u',
);
/**
 * A change told in the present after "once", "after" or "until", up to its comma: "Once the duties
 * fall to 20%, exporters will recover", "After the tariffs come down to 25 per cent, the report
 * recommends …": a level still to come, on which what follows depends ("after the tariff fell to
 * 20%" is told in the past, and stays what happened).
 */
export const ONCE_CONDITION = new RegExp(
  String.raw`${CLAUSE_OPENS}(?:[Oo]nce|[Aa]fter|[Uu]ntil)\s+[^,;]{0,60}?\b(?:come|comes|fall|falls|drop|drops|rise|rises|go|goes|is|are)\s+(?:(?:down|up|back|cut|reduced|lowered|raised|increased)\s+)?to\s[^,;]{1,40},`,
  'u',
);
/** What a condition may be on: the one list for a condition after the number and one before it. */
export const DEAL_NOUNS = String.raw`deals?|agreements?|accords?|talks|negotiations`;
/** After a deal word, words that tell deals already made: "unless special deals apply". */
export const DEAL_IN_FORCE = String.raw`\s+(?:apply|applies|exist|exists|(?:is|are)\s+in\s+place)\b`;
/**
 * A condition on a deal or talks closed by a comma before the number: "If no deal is struck by
 * Friday, goods from Thailand face a 36% tariff", "Without a deal, Swiss exports pay 31%". A threat in
 * any tense, as after the number.
 */
const CONDITION_CLOSED = new RegExp(String.raw`${wordsSource(CONDITION_WORDS)}[^,;]*[,;]`, 'giu');
const DEAL_WORD = new RegExp(String.raw`\b(?:${DEAL_NOUNS})\b`, 'u');
const DEAL_MADE = new RegExp(`${DEAL_WORD.source}${DEAL_IN_FORCE}`, 'u');
export const dealConditionBefore = (text: string) =>
  [...text.matchAll(CONDITION_CLOSED)].some((m) => DEAL_WORD.test(m[0]) && !DEAL_MADE.test(m[0]));
/** A verb in the simple past at the start of the text: a change told as done. */
const PAST_CHANGE = /^(?:\p{L}+ed|rose|fell|went|came|grew|brought)\b/u;
/** With a condition ("if talks fail", "should talks fail"), a change to come is a threat. */
const CONDITION = new RegExp(wordsSource(CONDITION_WORDS), 'iu');
const conditional = (text: string) => CONDITION.test(text) || SHOULD_CONDITION.test(text);
/**
 * A plan told as set, in the present: "is set to jump", "are scheduled to rise". It tells ahead as a
 * modal does, and a condition after it ("unless countries reach a deal") only tells how it could
 * still be avoided.
 */
export const SET_TO = /\b(?:is|are)\s+(?:set|scheduled|slated)\s+to\b/iu;

/**
 * A commitment with a time, place or party between it and its verb: "agreed in July to cut",
 * "pledged on Sunday to lower", "reached an agreement with the US to reduce" (in a headline's title
 * case too: "Agrees with EU to Reduce"), or one that binds a party: "a protocol committing them to
 * reduce", "commits Washington to cut".
 */
const AGREED_TO =
  /\b(?:agreed|agrees|pledged|pledges|promised|promises|vowed|vows|agreement|deal|pact|accord|understanding)\s+(?:[\p{L}\p{N}.]+\s+){1,3}?to\s+(?:\p{L}+ly\s+)?$|\bcommit(?:s|ted|ting)?\s+(?:[\p{L}\p{N}.]+\s+){0,3}?to\s+(?:\p{L}+ly\s+)?$/iu;

/** The nouns a deal goes by as the subject of its terms. */
export const DEAL_NOUN = String.raw`(?:deal|agreement|pact|accord|framework)`;
/**
 * A deal as the subject of a change in the present: "The agreement drops tariffs from 39% to 15%",
 * "the pact cuts duties to 10%", with an aside or a participle of its making between ("The
 * agreement, announced on Sunday, cuts …", "A deal reached on July 27, 2025 reduces …"). The present
 * tells the deal's terms, which start later unless the sentence says they have.
 */
const DEAL_SUBJECT = new RegExp(
  String.raw`\b${DEAL_NOUN}(?:,(?![^,;]*\b(?:effect|force|kicked)\b)[^,;]{1,60},|\s+(?:\p{L}+ed|struck|made)\b[^,;]{0,40}?(?:,\s*\d{4})?)?\s+(?:\p{L}+ly\s+)?$`,
  'iu',
);
const PRESENT_VERB = /^\p{L}+s\b/u;

/** A headline's subject and "to" ("U.S. to …", "Canada to …"): headlines write the future with an infinitive. */
export const HEADLINE_SUBJECT = String.raw`^\W*(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){1,4}to\s+`;
const HEADLINE_TO = new RegExp(`${HEADLINE_SUBJECT}$`, 'u');

/** A commitment with no future word: "agreed to lower", "a deal to cut". */
const COMMITTED = /\b(?:agreed|agrees|agreement|deal|decision|pledged|promised|commit(?:s|ted|ting)?)\b/iu;
const FUTURE = /\b(?:will|would|shall|'ll|going\s+to|set\s+to|due\s+to|plans?\s+to|planned|expected\s+to)\b/iu;

const PARTICIPLE = /^\p{L}+ing\b/u;
/** Nothing, or only an adverb of sequence, between a clause break and a participle: ", later lowering it". */
const SEQUENCE_ONLY = /^\s*(?:(?:later|then|subsequently|eventually|afterwards|finally)\s*)?$/iu;
/** A threat told before the number, in its own words: "first threatened a 50% tariff". */
const THREAT_OWN = /\bthreat(?:en(?:s|ed|ing)?|s)?\b/iu;

/** The month May with its day: "30 May 2025", "May 14". */
const MAY_DATE = /\b\d{1,2}(?:st|nd|rd|th)?\s+May\b|\bMay\s+\d{1,2}\b/gu;
/** A day with its year and their commas ("until October 15, 2019, its increase"): the commas close no clause. */
const YEAR_COMMAS = new RegExp(String.raw`\b(?:${MONTH_STEMS})[a-z]*\.?\s+\d{1,2},\s+\d{4}\b,?`, 'gu');
const masked = (m: string) => m.replace(/,/gu, ' ');

/**
 * A change told as a noun ("its increase in tariffs", "the Oct. 1 tariff increase", "Trump's hike"),
 * not a verb after its subject ("the US will increase").
 */
const CHANGE_NOUN = /^(?:increases?|hikes?|cuts?|reduction|rise|jump|drop|boost)\b/iu;
const NOUN_BEFORE =
  /\b(?:a|an|the|its|their|his|her|this|that|\p{L}+['’]s)\s+(?:(?!(?:will|would|shall|may|might|could|can|to|has|have|had|did|does|do)\b)[\p{L}\p{N}.'’-]+\s+){0,3}$/iu;
/** The new level of a change: "… to 30%". */
const TO_LEVEL = new RegExp(String.raw`\bto\s+(?:[\p{L}-]+\s+){0,2}?\d+(?:\.\d+)?\s?-?\s?${PERCENT_UNIT}`, 'iu');
/**
 * What the sentence tells became of a change told as a noun, after it: "the tariff increase from
 * 25% to 30% … will be delayed until Oct. 15", "… an increase to 30%, scheduled for Oct. 1".
 */
const NOUN_FATE: readonly { status: RateStatus; pattern: RegExp }[] = [
  {
    status: 'suspended',
    pattern: /\b(?:delayed|postponed|paused|suspended|deferred|put\s+off|pushed\s+back|on\s+hold)\b/u,
  },
  { status: 'threatened', pattern: /\b(?:threatened|proposed|floated|mooted)\b/u },
  {
    status: 'scheduled',
    pattern:
      /\b(?:scheduled|slated|planned|set\s+to|due\s+to|(?:will|is\s+to|are\s+to)\s+(?:take\s+effect|kick\s+in|start|begin|apply))\b/u,
  },
];
/** Where another clause opens after the change ("… came after talks were suspended"): its verbs are not the change's. */
const OTHER_CLAUSE = /[;]|\b(?:after|when|while|because|since|as|but|which|who|although|though)\b/u;
function nounFate(sentence: string, verbAt: number): RateStatus | undefined {
  const rest = sentence.slice(verbAt);
  if (!CHANGE_NOUN.test(rest) || !NOUN_BEFORE.test(sentence.slice(0, verbAt))) return undefined;
  const level = TO_LEVEL.exec(rest);
  const after = (level ? rest.slice(level.index + level[0].length) : rest).split(OTHER_CLAUSE)[0] ?? '';
  return NOUN_FATE.find(({ pattern }) => pattern.test(after))?.status;
}

/**
 * A change verb in the progressive ("is raising", "I am increasing", "said he was cutting"): news of
 * a change announced, as a proclamation or a post tells it, not one carried out.
 */
const PROGRESSIVE = String.raw`\b(?:am|is|are|was|were|['’]m|['’]re)\s+(?:(?:now|hereby|also|\p{L}+ly)\s+)?`;
const PROGRESSIVE_BEFORE = new RegExp(`${PROGRESSIVE}$`, 'iu');
/** The same with the amount it changes by: "I am increasing the tariff on Canada by 10%", "was hiking tariffs by an extra 10%". */
export const PROGRESSIVE_BY = new RegExp(
  String.raw`${PROGRESSIVE}${wordsSource(CHANGE_VERBS.filter((verb) => verb.endsWith('ing')))}[^;.,]*?\bby(?:\s+(?:an?|another|additional|extra|further))*\s*$`,
  'iu',
);

/**
 * A change that comes at once, and so has come: "immediately slashed", "is raising … effective
 * immediately" (not "did not immediately respond", news's line on a comment not yet given).
 */
export const AT_ONCE = /\b(?:(?<!\bnot\s+|n['’]t\s+)immediately|at\s+once|with\s+immediate\s+effect)\b/iu;

/**
 * A change called off right before its verb: "would refrain from raising the rates from 25 to 30
 * percent", "reversed course … on a pledge to double tariffs … to 50%", "cancelled the planned
 * increase", "scrapped plans to raise", "backed off his threat to raise". The new level was
 * announced and dropped: a threat. The change is what was called off: an infinitive, a gerund after
 * "from" or a noun, with no other clause between ("and", "then").
 */
const CALLED_OFF = new RegExp(
  String.raw`\b(?:cancel\p{L}*|scrap(?:s|ped|ping)?|abandon\p{L}*|shelv(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|refrain\p{L}*\s+from|revers(?:e|es|ed|ing)\s+course|back(?:s|ed|ing)?\s+(?:off|away\s+from)|drop(?:s|ped|ping)?\s+(?:(?:the|its|his|her|their|a)\s+)?plans?)\s+(?:(?!(?:and|then|but)\b)[\p{L}\p{N}'’.-]+\s+){0,7}$`,
  'iu',
);

const calledOff = (sentence: string, before: string, verbAt: number) =>
  CALLED_OFF.test(before) && (/\b(?:to|from)\s+$/u.test(before) || CHANGE_NOUN.test(sentence.slice(verbAt)));

/** A negation right before a change verb, with its auxiliary: "not", "will not be", "has never been", "won't be". */
const DENIED_BEFORE = /\b(?:not|never|n['’]t)\s+(?:(?:be|been|being|get|got)\s+)?$/iu;
/** The denied verb's own "to" a few words on ("not increased to", "not be raised … to"), not "do not fall under …". */
const DENIED_CHANGE_TO = /^\p{L}+\s+(?:[\p{L}-]+\s+){0,3}?to\b/u;

/** Only an opening quotation mark before the verb: it opens the sentence. */
const GERUND_OPENS = /^[\s"“‘']*$/u;
/** A change verb in "-ing" whose clause's own verb, before any comma, is a modal. */
const GERUND_SUBJECT = /^\p{L}+ing\b[^,;:—–]*?\b(?:will|would|could|might|may)\b/u;

/** A participle after a comma, then "and" right before the verb read: `(, )rolling back … and `. */
const JOINED_PARTICIPLE = /(,\s+)\p{Ll}{3,}ing\b[^,;]{0,80}?\band\s+$/u;
const PARTICIPLE_AT = /^\p{Ll}{3,}ing\b/u;

/** A decision to change named as what an act answers: "in response to Washington's decision to ". */
const ANSWERED_DECISION = new RegExp(String.raw`(?:${ANSWERING})\s+(?:[\p{L}'’.-]+\s+){0,5}?decision\s+to\s+$`, 'u');

/** How the words before a change verb read it: done (undefined) or still to come (its status). */
function pendingStatus(
  sentence: string,
  verbAt: number,
  startsLater: boolean,
  toldMonthsAfter = false,
  startedEarlier = false,
): RateStatus | undefined {
  const once = ONCE_CONDITION.exec(sentence);
  if (once && once.index <= verbAt && verbAt < once.index + once[0].length) return 'hypothetical';
  // ", rolling back its 125% rate and dropping it to 10%": a second participle joined by "and"
  // reads as the first, however far the verb both go on from ("will reduce the tariff, …").
  const joined = JOINED_PARTICIPLE.exec(sentence.slice(0, verbAt));
  if (joined && PARTICIPLE_AT.test(sentence.slice(verbAt)))
    return pendingStatus(
      sentence,
      joined.index + (joined[1] ?? '').length,
      startsLater,
      toldMonthsAfter,
      startedEarlier,
    );
  // "on 30 May 2025", "May 14": the month, not the modal.
  const before = sentence
    .slice(Math.max(0, verbAt - 80), verbAt)
    .replace(MAY_DATE, (m) => ' '.repeat(m.length))
    .replace(YEAR_COMMAS, masked);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  let own = before.slice((breaks.at(-1)?.index ?? -1) + 1);
  // ", raising them to 40%", ", later lowering it to 30%": a participle right after the break (or
  // after an adverb of sequence) goes on with the clause before it.
  if (SEQUENCE_ONLY.test(own) && PARTICIPLE.test(sentence.slice(verbAt)))
    own = before.slice((breaks.at(-2)?.index ?? -1) + 1);
  if (calledOff(sentence, before, verbAt)) return 'threatened';
  // "Lowering the tariffs from 39% to 15% will avoid price rises", "Raising duties to 50% would hurt
  // consumers": a change as the subject of a modal is weighed, not told as made.
  if (GERUND_OPENS.test(sentence.slice(0, verbAt)) && GERUND_SUBJECT.test(sentence.slice(verbAt)))
    return 'hypothetical';
  // "will still be taxed at 25%, not increased to 50%", "will not be raised to 30%": a change denied
  // does not come; its new level is a what-if, and the level it would have left holds.
  if (DENIED_BEFORE.test(before) && DENIED_CHANGE_TO.test(sentence.slice(verbAt))) return 'hypothetical';
  // "urged Washington to remove", "wants India to cut … to 10%": a change asked of another party is
  // a proposal; one counted on ("expects Beijing to drop … by March") is to come.
  if (ASKED_TO.test(before)) return 'threatened';
  if (EXPECTED_TO.test(before)) return 'scheduled';
  // "in response to Trump's decision to raise tariffs to 145%": a decision answered has been made;
  // it is to come only where the sentence gives it a later start.
  if (ANSWERED_DECISION.test(before) && !startsLater) return undefined;
  // "would have risen to 50%": a counterfactual past tells a level set out and dropped.
  const ownCue = COUNTERFACTUAL_BEFORE.test(own)
    ? 'threatened'
    : PENDING.find(({ pattern }) => pattern.test(own))?.status;
  // "replaced them immediately, while threatening to raise them to 15%": a threat in the verb's own
  // clause stays one, whatever else the sentence says came at once.
  if (ownCue === 'threatened') return ownCue;
  // "will see tariffs immediately slashed", "effective immediately, … will charge a reduced tariff,
  // lowering it from 25% to 18%": a change to come at once has come, wherever the sentence says so;
  // not one with a later start of its own ("would immediately impose 20% and raise it to 40% after
  // two weeks": what comes at once is the first level).
  if (AT_ONCE.test(sentence) && !startsLater) return undefined;
  const found =
    ownCue ??
    (startsLater ||
    (PROGRESSIVE_BEFORE.test(own) && PARTICIPLE.test(sentence.slice(verbAt)) && !AT_ONCE.test(sentence)) ||
    AGREED_TO.test(own) ||
    HEADLINE_TO.test(sentence.slice(0, verbAt)) ||
    (DEAL_SUBJECT.test(before) && PRESENT_VERB.test(sentence.slice(verbAt)))
      ? 'scheduled'
      : nounFate(sentence, verbAt));
  // "In October, Trump agreed to lower tariffs to 15%", told in January: a commitment kept since.
  if (found === 'scheduled' && toldMonthsAfter && !startsLater && COMMITTED.test(own) && !FUTURE.test(own))
    return undefined;
  // "plans to raise the duty to 50%, effective 4 June" told on June 20: the start has come.
  if (found === 'scheduled' && startedEarlier && !startsLater && !conditional(sentence)) return undefined;
  // "Without a deal, Vietnam's tariff rises from 10% to 46%": a change told in the present after a
  // condition on a deal is what comes if talks fail, a threat as a level after one is.
  if (
    found === undefined &&
    dealConditionBefore(sentence.slice(0, verbAt)) &&
    !PAST_CHANGE.test(sentence.slice(verbAt))
  )
    return 'threatened';
  // "is set to jump to 50% on Jan. 1, …, with the levy on wood rising to 30%, unless countries reach a
  // deal": a change already set keeps its start.
  return found === 'scheduled' && conditional(sentence) && !SET_TO.test(sentence.slice(0, verbAt))
    ? 'threatened'
    : found;
}

/**
 * A level told as imposed or faced still to come, right before it: "would immediately impose a",
 * "will put 25%", "would hit Colombia with", "will face".
 */
const IMPOSED_TO_COME =
  /\b(?:will|would|shall|['’]ll|plans?\s+to|(?:is|are)\s+going\s+to)\s+(?:\p{L}+ly\s+)?(?:impose|place|put|slap|levy|charge|apply|introduce|hit|face)\s+(?:[\p{L}-]+\s+){0,3}?$/iu;

/** The change verb of a match of the patterns below, which end with "<verb> … to". */
const CHANGE_AT_END = new RegExp(String.raw`${wordsSource(CHANGE_VERBS)}\s+(?:[\p{L}-]+\s+){0,3}?to$`, 'iu');

/** "…, which he then increased to 20%": a later change of the number in a relative clause. */
const RELATIVE_CHANGE_AFTER = new RegExp(
  String.raw`^[^;]*?,\s*which\s+(?:[\p{L}'’]+\s+){0,4}?${wordsSource(CHANGE_VERBS)}\s+(?:[\p{L}-]+\s+){0,3}?to\b`,
  'iu',
);

/**
 * The status a change gives the percentage, when the percentage is the old or the new level of a
 * change; undefined when it is neither. "to" and "from" mark a level anywhere after the change
 * verb; an object ("hiked the 10% rate to …") or subject ("the 125% duties will drop to 10%")
 * counts within the percentage's own window.
 */
export function changeStatus(scope: ChangeScope): RateStatus | undefined {
  const { sentence, percent, windowStart, startsLater, toldMonthsAfter, startedEarlier, published } = scope;
  const left = sentence.slice(0, percent.lead);
  const right = sentence.slice(percent.end);
  const marked = TO_BEFORE.test(left) ? 'new' : FROM_BEFORE.test(left) && !EXEMPT_FROM.test(left) ? 'old' : undefined;
  const from = marked ? 0 : windowStart;
  const verb = [...left.slice(from).matchAll(CHANGE)].at(-1);
  if (verb) {
    const at = from + verb.index;
    const pending = pendingStatus(sentence, at, startsLater, toldMonthsAfter, startedEarlier);
    if (marked === 'new') return pending ?? 'current';
    if (marked === 'old' || (OBJECT_BETWEEN.test(left.slice(at + verb[0].length)) && TO_AFTER.test(right)))
      return THREATENED_OBJECT.test(left.slice(at + verb[0].length)) ? 'threatened' : pending ? 'current' : 'previous';
  }
  if (marked) return undefined;
  const later =
    SUBJECT_CHANGE_AFTER.exec(right) ??
    RELATIVE_SUBJECT_CHANGE_AFTER.exec(right) ??
    RELATIVE_CHANGE_AFTER.exec(right) ??
    (TOPIC_BEFORE.test(left) ? TOPIC_CHANGE_AFTER.exec(right) : null);
  if (later && !PARTICIPLE_WITH_OBJECT.test(later[0])) {
    const verbAt = percent.end + later.index + later[0].search(CHANGE_AT_END);
    // "a previously planned 32% tariff will instead be lowered to 19%": the level a change leaves was
    // only a plan or threat, as when it is the change's object ("cut the planned 36% to 19%").
    if (THREATENED_LEVEL.test(left.slice(windowStart))) return 'threatened';
    const pending = pendingStatus(sentence, verbAt, startsLater, toldMonthsAfter, startedEarlier);
    // "threatened a 50% tariff, later lowering it to 30%": a threat changed while still one stays a threat.
    if (pending === 'threatened' && THREAT_OWN.test(left.slice(windowStart))) return 'threatened';
    // "will impose a 15% duty … and raise it to 30% next month", "would face a 10% tariff starting
    // next month, increasing to 25% on June 1": the first level is to come too, as its own words
    // tell it; not the level in force that a change to come leaves.
    if (
      pending &&
      (IMPOSED_TO_COME.test(left.slice(windowStart)) || startsAfter(sentence.slice(percent.end, verbAt), published))
    )
      return undefined;
    return pending ? 'current' : 'previous';
  }
  return undefined;
}
