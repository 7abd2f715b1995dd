import type { RateQualifier, RateStatus } from './rate-statement.ts';

/**
 * The words the rate extractor reads, as data. Each table says what its words mean; the modules
 * beside it say where in a sentence they look for them. Words are lower case and matched on whole
 * words, case-sensitively (so "May 14" is a date, not the modal "may"), except tariff, measure and
 * product words, which often open a sentence ("Tariffs on …").
 */

/** Words that name a tariff. "Rate" and "tax" count unless `OTHER_RATE_MODIFIERS` precede them. */
export const TARIFF_WORDS: readonly string[] = [
  'tariff',
  'tariffs',
  'counter-tariff',
  'counter-tariffs',
  'countertariffs',
  'counter-duty',
  'counter-duties',
  'counter-levy',
  'counter-levies',
  'duty',
  'duties',
  'levy',
  'levies',
  'tax',
  'taxes',
  'rate',
  'rates',
  'surtax',
  'surtaxes',
  'surcharge',
  'surcharges',
  'import fee',
  'import fees',
  'countermeasure',
  'countermeasures',
  // A tariff imposed as a punishment: "a 25% penalty on India for buying Russian oil".
  'penalty',
  'penalties',
];

/** Words right before "rate" or "tax" that make it something other than a tariff ("interest rate"). */
export const OTHER_RATE_MODIFIERS: readonly string[] = [
  'interest',
  'inflation',
  'unemployment',
  'jobless',
  'growth',
  'exchange',
  'mortgage',
  'savings',
  'income',
  'corporate',
  'sales',
  'payroll',
  'capital gains',
  'property',
  'estate',
  'digital services',
  'value-added',
  'windfall',
  'carbon',
  'policy',
  'funds',
  'participation',
  'vacancy',
  'default',
  'poverty',
  'approval',
  'success',
  'response',
  'lending',
  'deposit',
  // what drugmakers pay back to a health service: "the annual payment-back rate … capped at 15%"
  'payment-back',
  'payback',
  'clawback',
  'rebate',
  // central banks' rates: "holds its repo rate at 5.25%", "the benchmark rate", "the cash rate"
  'repo',
  'benchmark',
  'cash',
  'bank',
  'prime',
  'borrowing',
  'overnight',
  'discount',
];

/**
 * What a percentage measures when it is not a tariff ("inflation rose to 2.4%"). Trade flows are not
 * here: "Mexico's exports face 25%" is a rate, and "exports fell 21%" is caught as a change.
 */
export const METRIC_WORDS: readonly string[] = [
  'inflation',
  'gdp',
  'growth',
  'economy',
  'output',
  'sales',
  'revenue',
  'revenues',
  'profit',
  'profits',
  'earnings',
  'shares',
  'stocks',
  'stock',
  'index',
  'prices',
  'price',
  'yields',
  'yield',
  'unemployment',
  'jobs',
  'wages',
  'deficit',
  'surplus',
  'stake',
  'margin',
  'production',
  'orders',
  'demand',
  'volume',
  'spending',
  'investment',
  'costs',
  // import quotas, told as shares of an earlier year's volume: "cut the quotas from 100% to 50%"
  'quota',
  'quotas',
  // polls: "Trump's approval rating fell to 40% as tariffs loomed" ("poll" alone is as often an
  // election, "his poll campaign", and "approval" a vote: "parliament's approval of the 15% tariff")
  'rating',
  'ratings',
];

/** Words right after a number that make it a share or a change, not a rate ("15% of", "a 3% drop"). */
export const NOT_RATE_AFTER: readonly string[] = [
  'of',
  'stake',
  'share',
  'chance',
  'chances',
  'probability',
  'likelihood',
  'odds',
  'drop',
  'decline',
  'fall',
  'rise',
  'increase',
  'jump',
  'gain',
  'surge',
  'plunge',
  'slump',
  'cut',
  'reduction',
  'more',
  'less',
  'fewer',
  'higher',
  'lower',
  // "a rate 10 percentage points below what he had threatened": how far one level lies from another.
  'below',
  'above',
  'majority',
  'owned',
  'discount',
  'return',
  'year-on-year',
  'annually',
  'annualized',
  'growth',
  'margin',
  // A difference between two rates: "a 10 percentage point gap with rivals", "a 5% edge over Chile".
  'gap',
  'difference',
  'differential',
  'advantage',
  'disadvantage',
  'edge',
  // "not 100% firm", "100 percent sure": how certain someone is, not a rate.
  'firm',
  'sure',
  'certain',
  'confident',
  'committed',
  'convinced',
  'guaranteed',
  'behind',
  // "shave 0.5 percentage points off growth", "a 50% improvement on the 25% threatened"
  'off',
  'improvement',
  // polls: "57% oppose the 10% tariffs and 39% support them", "62% said prices rose".
  'oppose',
  'opposed',
  'support',
  'supported',
  'favor',
  'favour',
  'approve',
  'disapprove',
  'say',
  'said',
  'believe',
  'think',
  // "the central bank's 6.5 percent forecast": a projection of growth or prices, not a rate.
  'forecast',
  'forecasts',
  'projection',
  'projections',
];

/**
 * Nouns of a move told before its size ("a decline of 62 percent", "a drop of 14%"): a change of
 * something, not a rate. Not "increase" or "cut", which news uses of a tariff's own step.
 */
export const MOVE_NOUNS: readonly string[] = [
  'decline',
  'drop',
  'fall',
  'rise',
  'jump',
  'gain',
  'surge',
  'plunge',
  'slump',
  'slide',
  'dip',
  'decrease',
  'contraction',
  'loss',
];

/** Verbs and adverbs right before a number that make it a change ("fell 21%", "up 0.6%"); "fell to 21%" is a level. */
export const CHANGE_WORDS: readonly string[] = [
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'rose',
  'rise',
  'rises',
  'rising',
  'risen',
  'dropped',
  'drop',
  'drops',
  'dropping',
  'jumped',
  'jump',
  'jumps',
  'jumping',
  'climbed',
  'climbing',
  'grew',
  'grow',
  'grows',
  'growing',
  'grown',
  'declined',
  'declining',
  'slid',
  'slumped',
  'surged',
  'surging',
  'soared',
  'soaring',
  'plunged',
  'plunging',
  'gained',
  'gaining',
  'lost',
  'losing',
  'increased',
  'decreased',
  'tumbled',
  'sank',
  'rallied',
  'shed',
  'added',
  'edged',
  'up',
  'down',
  'by',
  'slipped',
  'advanced',
  // Markets and trade flows move by an amount too ("the yuan weakened 0.3%", "the surplus widened 20%").
  'weakened',
  'strengthened',
  'widened',
  'narrowed',
  // "wiped 4% off shares", "knocked 2% off the index".
  'wiped',
  'wipe',
  'knocked',
  'shaved',
  'lopped',
  'erased',
  'shrank',
  'shrunk',
  'expanded',
  'contracted',
  'slowed',
  'dipped',
  'spiked',
  'plummeted',
  'skyrocketed',
  'leapt',
  'leaped',
  'rebounded',
  'retreated',
  'eased',
  'ballooned',
  'swelled',
  // Slang of a steep fall ("global trade tanked 65%", "the index cratered 8%").
  'tanked',
  'tanking',
  'cratered',
  'cratering',
  'nosedived',
  'nosediving',
  'crashed',
  'crashing',
  // The same moves told as under way ("kept plummeting 16.6%", "were tumbling 12%", "sliding 9%").
  'declines',
  'sliding',
  'slumping',
  'tumbling',
  'sinking',
  'slipping',
  'dipping',
  'plummeting',
  'plunges',
  'skyrocketing',
  'rebounding',
  'retreating',
  'shrinking',
  'contracting',
  'weakening',
  'strengthening',
  'widening',
  'narrowing',
  'ballooning',
];

/** Verbs right before a number that state a rate even in a sentence with no tariff word ("still pay 25%", "will stay at 50%"). */
export const RATE_VERBS: readonly string[] = [
  'pay',
  'pays',
  'paid',
  'paying',
  'face',
  'faces',
  'faced',
  'facing',
  'charge',
  'charges',
  'charged',
  'charging',
  'stay at',
  'stays at',
  'remain at',
  'remains at',
  'continue at',
  'continues at',
  'stand at',
  'stands at',
  'kept at',
  'set at',
  'taxed at',
  'tariffed at',
  'hit with',
  'slapped with',
  'assigned',
  'secured',
  'negotiated',
];

/** Phrases right before a number that bound it, by the qualifier they give. */
export const QUALIFIERS: Readonly<Record<RateQualifier, readonly string[]>> = {
  over: ['over', 'more than', 'above', 'in excess of', 'exceeding', 'upward of', 'upwards of'],
  'at least': ['at least', 'no less than'],
  'up to': ['up to', 'as much as', 'as high as', 'at most', 'no more than'],
  under: ['under', 'below', 'less than'],
  about: ['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'close to'],
};

/** Words that may stand between a status verb or "to" and the number ("raised … to a combined 145%"). */
export const NUMBER_PREFIXES: readonly string[] = [
  'a',
  'an',
  'the',
  'its',
  'their',
  'combined',
  'total',
  'new',
  'higher',
  'lower',
  'additional',
  'further',
  'extra',
  'steep',
  'full',
  // "to a standard 15% rate", "a flat 10%", "a uniform 15% levy".
  'standard',
  'flat',
  'uniform',
  // "cut from 50% to just 18%", "to only 10%": a word of size, not a bound.
  'just',
  'only',
  'merely',
];

/**
 * A counterfactual past: "would have" and a participle ("would have had to pay 46%", "would have
 * faced 30%", "would have risen to 50%"). It tells a level that was set out and did not come: a
 * threat dropped, not a what-if ("would have to pay 25% if …" has no participle).
 */
const WOULD_HAVE = String.raw`\bwould\s+have\s+(?:\p{L}+ly\s+)?`;
export const COUNTERFACTUAL_PAST = new RegExp(
  String.raw`${WOULD_HAVE}(?:been|had|faced|paid|risen|gone|hit|seen|taken|become|grown|\p{Ll}{2,}ed)\b`,
  'u',
);
/** The same right before a change verb, which is its participle: "would have risen to 50%". */
export const COUNTERFACTUAL_BEFORE = new RegExp(`${WOULD_HAVE}$`, 'u');

/**
 * Words of a rate someone wants, weighs or hopes to avoid, not one anyone charges: a proposal, a
 * wish or a fear ("is recommending a 50% tariff", "wants to raise tariffs to 30%", "a possible 30%
 * levy", "is on the table", "is bracing for 30%", "hopes to avoid a 30% tariff").
 */
export const UNREALISED_WORDS: readonly string[] = [
  'recommend',
  'recommends',
  'recommended',
  'recommending',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'moot',
  'moots',
  'mooted',
  'want to',
  'wants to',
  'wanted to',
  'seeks to',
  'seeking to',
  'sought to',
  'possible',
  'on the table',
  'bracing for',
  'braces for',
  'brace for',
  'braced for',
  'fear',
  'fears',
  'feared',
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'avert',
  'averts',
  'averted',
  'averting',
  'head off',
  'stave off',
  'escape',
  'escaped',
  'dodge',
  'dodged',
  'spared',
  // A rate people expected or weighed and that did not come: "economists had expected a 20% tariff".
  'had expected',
  'had anticipated',
  'consider',
  'considers',
  // The odds of a rate are no rate ("the risk of a 50% tariff", "the chance of 30% duties").
  'chance of',
  'chances of',
  'odds of',
  'probability of',
  'likelihood of',
  'risk of',
  // An action people expect is not yet taken: "is expected to announce a 25% tariff".
  'expected to announce',
  'expected to unveil',
  'expected to impose',
  'poised to',
  'likely to announce',
  'likely to impose',
  'looming',
  // A rate called off before it started was only ever a threat ("called off the 25% tariff").
  'called off',
  'calls off',
  'calling off',
  'call off',
  'walked back',
  'walks back',
  'backed off',
  'backed down from',
  'backs down from',
];

/**
 * Words of a plan or an intention before a rate or a change of it ("plans to impose", "intends to
 * impose", "aims to cut"): news of a rate to come, told the same way of a new rate and of a change.
 */
export const PLAN_WORDS: readonly string[] = [
  'plans to',
  'plan to',
  'planned',
  'planning',
  'intends to',
  'intend to',
  // "announced his intention to raise the rate to 15%", "a declaration of intent to cut it": the
  // nouns of the same intention.
  'intention to',
  'intent to',
  'aims to',
  'aim to',
  // "Beijing was preparing to raise its tariffs to 34%": the steps before an act are a plan of it.
  'preparing to',
  'prepares to',
  'getting ready to',
  'gearing up to',
  // "Mexico plans a 50% tariff on Chinese cars", "plans tariffs of up to 50%": the verb with the
  // measure as its object, not the noun ("the trade plans").
  'plans a',
  'plans an',
  'plans new',
  'plans tariffs',
  'plans duties',
  'plans levies',
];

/**
 * A measure named for the commodity whose buying it punishes, charged on the country named after it
 * ("the 25% Russian oil tariff on India", "the Iranian Crude Penalty against China"): the commodity
 * and the demonym before it are the reason, neither a party nor a limit of the rate.
 */
export const COMMODITY_PENALTY_ON = String.raw`\p{Lu}[\p{L}-]*\s+(?:[Oo]il|[Cc]rude|[Gg]as|[Ee]nergy)\s+(?:[Tt]ariffs?|[Pp]enalt(?:y|ies)|[Dd]ut(?:y|ies)|[Ll]ev(?:y|ies)|[Ss]anctions?)\s+(?:on|against)\s+(?:the\s+)?\p{Lu}`;

/**
 * "due to" before a cause (a determiner, "what" or a name opens it): "due to what the White House
 * called a failure to stem the flow of lethal drugs" says why a rate is charged, where "due to
 * take effect", "due to face" tell its schedule.
 */
/** Phrases that tell what a measure answers: "in response to", "in retaliation for", "to counter". */
/** A name of one to three capitalised words: "Japan", "South Korea", "United Arab Emirates". */
export const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}`;

/** Words that leave a partner out of a measure: "except China", "other than Canada", "with the exception of Mexico". */
export const LEFT_OUT_WORDS = String.raw`(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|besides|exception\s+of)`;

export const ANSWERING = String.raw`in\s+(?:response|reply|answer)\s+to|in\s+retaliation\s+(?:for|against|to)|to\s+counter`;

export const DUE_TO_CAUSE = /\bdue\s+to\s+(?=(?:the|a|an|what|its|their|his|her|this|that|these|those)\b|\p{Lu})/gu;

/**
 * Status cues, in the order they are tried: a pause kept up ("will keep suspending") is a pause; a
 * clause with a suspension verb and a "will" is about a suspension; one that keeps a rate in place ("will stay at 50%") is about the current rate.
 * `previous` words only count when the number is their object ("scrapped its 25% levy"), not the
 * level they lead to ("cut to 10%"); see `status.ts`.
 */
export const STATUS_CUES: readonly { status: RateStatus; words: readonly string[] }[] = [
  {
    status: 'hypothetical',
    words: ['could have', 'would have', 'might have', 'may have', 'would otherwise', 'could otherwise'],
  },
  {
    status: 'suspended',
    words: [
      'keep suspending',
      'keeps suspending',
      'continue suspending',
      'continues suspending',
      'continue to suspend',
      'continues to suspend',
      // "will continue to be suspended": the pause goes on (before the current cue "continue to be").
      'continue to be suspended',
      'continues to be suspended',
      'continued to be suspended',
      'continue to be paused',
      'continues to be paused',
      'continued to be paused',
      'extend the pause',
      'extends the pause',
      'extended the pause',
      'extend the suspension',
      'extends the suspension',
      'extended the suspension',
      // "remains on hold" is the pause going on, not the rate.
      'remain on hold',
      'remains on hold',
      'remained on hold',
      'remain paused',
      'remains paused',
      'remained paused',
      'remain suspended',
      'remains suspended',
      'remained suspended',
      'stay on hold',
      'stays on hold',
      'still on hold',
    ],
  },
  {
    status: 'current',
    words: [
      'remain',
      'remains',
      'remained',
      'stay',
      'stays',
      'stayed',
      'continue to face',
      'continues to face',
      'continue to pay',
      'continues to pay',
      'continue facing',
      'continues facing',
      'continue paying',
      'continues paying',
      // "will continue to be subject to 50%", "will continue at 10 percent": the rate goes on; the
      // "will" is not a start to come.
      'continue to be',
      'continues to be',
      'continue at',
      'continues at',
      'keep',
      'keeps',
      'keeping',
      'kept',
      // "the US will maintain 20% reciprocal tariffs", "will continue to apply 19% tariffs": the
      // rate is kept as it is; the "will" tells no start to come.
      'maintain',
      'maintains',
      'maintained',
      'maintaining',
      'continue to apply',
      'continues to apply',
      'continue to impose',
      'continues to impose',
      'continue to charge',
      'continues to charge',
      'retain',
      'retains',
      'retained',
      'retaining',
      'left in place',
      'in place',
      'in force',
      'unchanged',
      'still',
    ],
  },
  {
    status: 'suspended',
    words: [
      'pause',
      'paused',
      'pauses',
      'pausing',
      'suspend',
      'suspends',
      'suspended',
      'suspending',
      'suspension',
      'on hold',
      'delay',
      'delayed',
      'delays',
      'delaying',
      'postpone',
      'postponed',
      'postpones',
      'postponing',
      // Passive only: "the tariff put off buyers" deters them.
      'was put off',
      'were put off',
      'been put off',
      'defer',
      'deferred',
      'defers',
      'deferring',
      'froze',
      'frozen',
      'halted',
      'reprieve',
      'respite',
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
      'warn',
      'warns',
      'warned',
      'warning',
      'vow',
      'vows',
      'vowed',
      'float',
      'floats',
      'floated',
      // A level hinted at is one floated: "Trump hinted at a 35% tariff on Canada".
      'hint',
      'hints',
      'hinted',
      'hinting',
      'propose',
      'proposes',
      'proposed',
      'proposal',
      'pledged',
      'considering',
      'potentially',
      'possibly',
      'mulling',
      'weighing',
      'could',
      'might',
      'may',
      // A level someone says a party should charge is a proposal: "Canada should hit back with 50% tariffs".
      'should',
      'prospect of',
      // An offer is a proposal: "offered to accept a 10% tariff", "a counter-offer of 12%".
      'offered to',
      'offers to',
      'offering to',
      'counter-offer',
      'counteroffer',
      // A level someone says they want is a proposal: "he now favors a 15% global tariff". Not
      // "favored", which "most-favored-nation rates" hold.
      'favors',
      'favours',
      'prefers',
      ...UNREALISED_WORDS,
    ],
  },
  {
    status: 'previous',
    words: [
      'scrap',
      'scraps',
      'scrapped',
      'scrapping',
      'remove',
      'removes',
      'removed',
      'removing',
      'lift',
      'lifts',
      'lifted',
      'lifting',
      'eliminate',
      'eliminates',
      'eliminated',
      // The nouns, with "of" and the rate after them ("the removal of the 40% tariffs").
      'removal',
      'elimination',
      // Customs ending the collection: "stopped collecting the 25% fentanyl tariffs".
      'stop collecting',
      'stops collecting',
      'stopped collecting',
      'stopping collecting',
      'cease collecting',
      'ceases collecting',
      'ceased collecting',
      'ended',
      'ending',
      'roll back',
      'rolls back',
      'rolled back',
      'repeal',
      'repealed',
      'revoke',
      'revoked',
      'rescind',
      'rescinds',
      'rescinded',
      'rescinding',
      'revokes',
      'revoking',
      'repeals',
      'repealing',
      'drop',
      'drops',
      'dropped',
      'retreat from',
      'retreated from',
      'withdrew',
      'withdrawn',
      'replace',
      'replaces',
      'replaced',
      'replacing',
      'supersede',
      'supersedes',
      'superseded',
      'superseding',
      // "The 15% rate overrides the 20% reciprocal tariff": a new rate set over the old one ends it.
      'overrides',
      'overrode',
      'overridden',
      'abandon',
      'abandoned',
      // A court ends a rate as surely as the government that set it.
      'strike down',
      'strikes down',
      'struck down',
      'striking down',
      'overturned',
      'overturns',
      'invalidated',
      'invalidates',
      'invalidate',
      'invalidating',
      'nullify',
      'nullifies',
      'nullified',
      'nullifying',
      'voided',
      'voids',
      'voiding',
      // "The ruling wiped out the 40% tariff on Brazil."
      'wipe out',
      'wipes out',
      'wiped out',
      'wiping out',
      'dismantle',
      'dismantles',
      'dismantled',
      'dismantling',
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
      'slash',
      'slashes',
      'slashed',
      'slashing',
      'trim',
      'trimmed',
    ],
  },
  {
    status: 'scheduled',
    words: [
      'will',
      'shall',
      'would',
      'set to',
      'going to',
      // A course told as leading to the level: "is on track to face a 35% tariff".
      'on track to',
      'on course to',
      ...PLAN_WORDS,
      'scheduled',
      'upcoming',
      'forthcoming',
      // "I hereby impose a 25% tariff": a proclamation, told the day it is made.
      'hereby',
      'slated',
      'due to',
      'to take effect',
      'to start',
      'to begin',
      // "which is to apply in three weeks": not "continues to apply", which tells a rate in force.
      'is to apply',
      'are to apply',
      // "Mexican steel is to be charged 20%": a passive plan.
      'is to be',
      'are to be',
      'takes effect on',
      'take effect on',
      // The present of a start is its future in news: "the tariffs go into effect next week".
      'take effect',
      'takes effect',
      'go into effect',
      'goes into effect',
      'come into force',
      'comes into force',
      'come into effect',
      'comes into effect',
      // Treaty wording, common in European and Asian English: "the duty enters into force on Thursday".
      'enter into force',
      'enters into force',
      'enter into effect',
      'enters into effect',
      // "a separate 25% duty entering into force on Thursday": a start named by its participle.
      'entering into force',
      'kick in',
      'kicks in',
    ],
  },
  {
    status: 'current',
    words: [
      'is',
      'are',
      'now',
      'stands',
      'stood',
      'took effect',
      'went into effect',
      'kicked in',
      'came into force',
      'in effect',
      'imposed',
      'imposes',
      'charges',
      'charging',
      'pays',
      'paying',
      'face',
      'faces',
      'currently',
      'already',
      'effective immediately',
    ],
  },
];

/** Verbs a headline puts after "to" for a tariff to come: "US to impose", "Canada to face", "US to lift". */
export const HEADLINE_VERBS: readonly string[] = [
  'impose',
  'raise',
  'hike',
  'hit',
  'slap',
  'levy',
  'face',
  'pay',
  'double',
  'triple',
  'increase',
  'boost',
  'set',
  'apply',
  'charge',
  'introduce',
  'add',
  'expand',
  'place',
  'put',
  'match',
  'lift',
  'cut',
  'lower',
  'slash',
  'reduce',
  'scrap',
  'remove',
  'end',
  'drop',
  'ease',
  'halve',
];

/** Words just before a number that make it a rate that was replaced ("the old 145% rate"). */
export const FORMER_WORDS: readonly string[] = [
  'previous',
  'previously',
  'prior',
  'former',
  'formerly',
  'earlier',
  'old',
  'original',
  'originally',
];

/**
 * Irregular past participles that, after "had", make a number a level since replaced ("had stood at
 * 145%"); regular ones ("had retaliated with 34%", "had faced 32%") are read by their "-ed".
 */
export const PAST_PERFECT_VERBS: readonly string[] = [
  'been',
  'risen',
  'stood',
  'hit',
  'set',
  'put',
  'paid',
  'kept',
  'won',
  'brought',
  'grown',
  'gone',
];

/**
 * Past participles after "had" that do not end a rate: a deal, a threat, an announcement or an
 * intention told in the past perfect ("had agreed to 15%", "had threatened 50%") keeps its own reading.
 */
export const PAST_PERFECT_EXCEPTIONS: readonly string[] = [
  'announced',
  'unveiled',
  'agreed',
  'accepted',
  'negotiated',
  'secured',
  'signed',
  'threatened',
  'warned',
  'proposed',
  'floated',
  'planned',
  'hoped',
  'expected',
  'wanted',
  'sought',
  'intended',
  'pledged',
  'vowed',
  'promised',
  'offered',
  'asked',
  'demanded',
  'feared',
  'predicted',
  'suspended',
  'paused',
  'delayed',
  'postponed',
  'scheduled',
  'needed',
  'used',
];

/** Participles that, in a passive after a number, say it was replaced since ("the 145% tariff … was cut to 30%"). */
export const REPLACED_PARTICIPLES: readonly string[] = [
  'cut',
  'lowered',
  'reduced',
  'slashed',
  'replaced',
  'superseded',
  'scrapped',
  'removed',
  'lifted',
  'raised',
  'increased',
  'hiked',
  'doubled',
  'halved',
  'abandoned',
  'dropped',
  'withdrawn',
  'rescinded',
  'revoked',
  'struck down',
  'overturned',
  'invalidated',
  'nullified',
  'voided',
  'wiped out',
  'dismantled',
];

/** Verbs that, after "threatened to", make a threat of a tariff ("threatened to impose"); any other is a harm a tariff threatens ("threatened to cripple"). */
export const THREATENED_ACTS: readonly string[] = [
  'impose',
  'reimpose',
  'slap',
  'levy',
  'charge',
  'raise',
  'hike',
  'increase',
  'double',
  'triple',
  'put',
  'place',
  'add',
  'hit',
  'apply',
  'extend',
  'retaliate',
  'escalate',
  'target',
  'tax',
  'punish',
  'penalize',
  'penalise',
  'respond',
  'go',
  'expand',
  'broaden',
  'restore',
  'reinstate',
  'tariff',
];

/** Verbs that, right after a number, make it a threat ("the 30% Trump had threatened"). */
export const THREAT_AFTER_WORDS: readonly string[] = [
  'threat',
  'threats',
  'threatened',
  'floated',
  'proposed',
  'warned of',
  'had threatened',
  'has threatened',
  'had floated',
  'had proposed',
  'looms',
  'loomed',
];

/** Words before a date that make the rate start on it ("starting Aug. 1", "from April 1"). */
export const START_WORDS: readonly string[] = ['starting', 'beginning', 'from', 'effective', 'as of'];

/**
 * One party asking another to act: "urged Washington to remove", "wants India to cut", "pressed
 * Tokyo to lower", "called on Beijing to drop" (`asked`), or counting on it: "expects Beijing to drop
 * … by March" (`expected`). The country between is who would act; the change has not happened.
 */
const ASKING_VERBS = String.raw`urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|want(?:s|ed)?|lobb(?:y|ies|ied|ying)|demand(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)`;
const EXPECTING_VERBS = String.raw`expect(?:s|ed|ing)?`;
/**
 * A verb that only hurries the change asked for, with its object's article: "pressed Tokyo to
 * expedite the reduction of …", "urged Washington to speed up the removal of …". The change is still the one asked.
 */
const HASTEN = String.raw`(?:expedite|speed\s+up|accelerate|hasten|fast-track)\s+(?:the|a|its|their)\s+`;
/** The words from the asking verb to the "to" before the change verb, with one to four words of the party between. */
const controlled = (verbs: string) =>
  String.raw`\b(?:${verbs})\s+(?:[\p{L}.'’-]+\s+){1,4}?to\s+(?:\p{L}+ly\s+)?(?:${HASTEN})?$`;
export const ASKED_TO = new RegExp(controlled(ASKING_VERBS), 'iu');
export const EXPECTED_TO = new RegExp(controlled(EXPECTING_VERBS), 'iu');
/** A country right after an asking or expecting verb, before "to" and a change verb: the party that would act. */
export const ASKED_PARTY_BEFORE = new RegExp(String.raw`\b(?:${ASKING_VERBS}|${EXPECTING_VERBS})\s+(?:the\s+)?$`, 'iu');

/**
 * Words of an attempt before "to" and a change ("amid negotiations to reduce the 50% tariffs", "in a
 * bid to lower"): a change sought, not made, which leaves the level it would change in force.
 */
export const SOUGHT_WORDS: readonly string[] = [
  'negotiations',
  'talks',
  'efforts',
  'effort',
  'bid',
  'attempt',
  'trying',
  'seeking',
  'sought',
  // "is pushing to have the 25% tariff lowered to 15%", "hopes to get the levy cut": an aim, not a change made.
  'pushing',
  'pressing',
  'lobbying',
  'working',
  'hoping',
  'hopes',
  'aiming',
];

/** Words that open a condition: with a modal, the rate is a threat ("would raise it to 50% if …"). */
export const CONDITION_WORDS: readonly string[] = [
  'if',
  'unless',
  // "Without a deal, tariffs would rise to 54%": the same condition, as a noun phrase.
  'without a deal',
  'without the deal',
  'without an agreement',
  'without the agreement',
  'without a trade deal',
  'without a trade agreement',
  'absent a deal',
  'absent an agreement',
  'failing a deal',
  'failing an agreement',
  'in the absence of',
];

/** Words for parts of a rate ("an additional 10%") and for totals ("the combined duty"). */
export const COMPONENT_WORDS: readonly string[] = [
  'additional',
  'extra',
  'further',
  'another',
  'on top of',
  'plus',
  'added',
  'incremental',
  'surcharge',
  'penalty',
];
export const TOTAL_WORDS: readonly string[] = [
  'combined',
  'total',
  'overall',
  'cumulative',
  'all told',
  'altogether',
  'in all',
  'stacked',
];

/** Nouns for what is traded; a country form right before one is the target ("Chinese goods"). */
export const GOODS_WORDS: readonly string[] = [
  'goods',
  'products',
  'imports',
  'exports',
  'shipments',
  'items',
  'wares',
  'merchandise',
  'producers',
  'exporters',
  'automakers',
  'carmakers',
  'manufacturers',
  'companies',
  'firms',
  'farmers',
  'made',
];

/**
 * Products a rate can be limited to, by the name replies give them. A rate whose sentence names one
 * is a product rate: it goes under coverage, never in the headline.
 */
const METAL_TARIFFS = ['metal tariffs', 'metals tariffs', 'metal duties', 'metals duties', 'metal levies'];
export const PRODUCTS: readonly { name: string; words: readonly string[] }[] = [
  // "the metal tariffs", "metals duties": news shorthand for the steel and aluminum tariffs.
  { name: 'steel', words: ['steel', ...METAL_TARIFFS] },
  { name: 'aluminum', words: ['aluminum', 'aluminium', ...METAL_TARIFFS] },
  { name: 'copper', words: ['copper'] },
  { name: 'auto parts', words: ['auto parts', 'car parts'] },
  { name: 'electric vehicles', words: ['electric vehicles', 'electric vehicle', 'evs'] },
  {
    name: 'autos',
    words: [
      'autos',
      'auto',
      'cars',
      'car',
      'vehicles',
      'automobiles',
      'automobile',
      'trucks',
      'automotive',
      'automakers',
      'carmakers',
    ],
  },
  { name: 'energy', words: ['energy', 'oil', 'electricity', 'natural gas', 'lng', 'crude', 'coal'] },
  { name: 'potash', words: ['potash'] },
  {
    name: 'farm goods',
    words: [
      'farm products',
      'farm goods',
      'farm exports',
      'farm imports',
      'farm produce',
      'agricultural',
      // "food and drinks products", "foodstuffs": what most of a farm's goods become. Not a crop's
      // name alone: "coffee exporters", "coffee drinkers" are people, not the goods taxed.
      'food products',
      'food and drinks',
      'food and drink',
      'foodstuffs',
      'soybeans',
      'pork',
      'beef',
      'chicken',
      'wheat',
      'corn',
      'canola',
      'rice',
      'almonds',
      'nuts',
      'fruit',
      'fruits',
      'vegetables',
      'seafood',
      'dairy',
      'cotton',
      'sorghum',
      'poultry',
    ],
  },
  {
    name: 'alcohol',
    words: ['whiskey', 'whisky', 'bourbon', 'wine', 'wines', 'champagne', 'champagnes', 'spirits', 'alcoholic'],
  },
  { name: 'motorcycles', words: ['motorcycles'] },
  { name: 'boats', words: ['boats'] },
  // "a 15% ceiling on drug tariffs", "drug imports": the noun before another ("drug trafficking" is no good).
  {
    name: 'pharmaceuticals',
    words: [
      'pharmaceuticals',
      'pharmaceutical',
      'drugs',
      'medicines',
      'medicine',
      'medications',
      'medication',
      'drug tariffs',
      'drug imports',
      'drug exports',
    ],
  },
  { name: 'semiconductors', words: ['semiconductors', 'semiconductor', 'chips'] },
  { name: 'lumber', words: ['lumber', 'timber', 'softwood', 'wood products'] },
  { name: 'furniture', words: ['furniture', 'kitchen cabinets', 'cabinets', 'upholstered'] },
  { name: 'films', words: ['films', 'movies'] },
  { name: 'textiles', words: ['textiles', 'apparel', 'clothing', 'garments'] },
  { name: 'solar panels', words: ['solar panels', 'solar cells'] },
  { name: 'batteries', words: ['batteries'] },
];

/**
 * Words after which named products are examples of what is covered, or goods left out, not a limit
 * ("goods such as soybeans", "also covers cars", "exempts smartphones", "does not apply to energy").
 */
export const EXAMPLE_WORDS: readonly string[] = [
  'including',
  'such as',
  'like',
  'among them',
  'also covers',
  'also cover',
  'also applies to',
  'also apply to',
  'exempt',
  'exempts',
  'exempted',
  'exempting',
  'exemption',
  'exemptions',
  'except',
  'excluding',
  'excludes',
  'spares',
  'sparing',
  'other than',
  'apart from',
  'with the exception of',
  'does not apply to',
  'do not apply to',
  "doesn't apply to",
  "don't apply to",
  'does not cover',
  'do not cover',
];

/** Limits on coverage other than products, kept as the sentence words them. */
export const SCOPE_PATTERNS: readonly RegExp[] = [
  // "not covered under the existing free trade framework": a pact by any of its names.
  /\b(?:not covered (?:by|under)|outside(?: of)?|not compliant with|that do not comply with|that don't comply with|non-compliant with|(?:do|does|did) not fall under|fall outside(?: of)?) (?:the )?(?:\S+ ){0,2}(?:USMCA|trade pact|pact|free trade agreement|trade agreement|trade framework)\b/,
  /\b(?:that comply with|compliant with|covered (?:by|under)) (?:the )?(?:USMCA|trade pact|pact|free trade agreement|trade framework)\b/,
  /\bnon-(?:USMCA|compliant)\b/i,
  /** Goods routed through a third country: a rate on a route, not on the country's goods in general. */
  /\btrans-?ship(?:ped|ment|ments|ping)?\b(?:\s+(?:through|via)\s+(?:(?:the|a|an|third|other)\s+)*[\p{L}-]+)?|\brouted\s+(?:via|through)\s+(?:(?:the|a|an|third|other)\s+)*[\p{L}-]+/iu,
];
