/**
 * The words that make a sentence about a deadline, as data. Matching is case-insensitive and on
 * whole words; each table says what its words mean, the extractor says what to do with them.
 */

import { NUMBER_WORDS } from '../text/number-words.ts';

/** Nouns and verbs for something that stops for a while; the noun names the deadline ("tariff truce"). */
export const PAUSE_CUES: readonly { noun: string; words: readonly string[] }[] = [
  { noun: 'truce', words: ['truce', 'truces', 'ceasefire', 'cease-fire', 'armistice'] },
  {
    noun: 'pause',
    words: ['pause', 'paused', 'pausing', 'moratorium', 'hold off', 'holding off', 'freeze', 'froze', 'frozen'],
  },
  { noun: 'suspension', words: ['suspension', 'suspend', 'suspends', 'suspended', 'suspending'] },
  {
    noun: 'exemption',
    words: [
      'exemption',
      'exemptions',
      'exclusion',
      'exclusions',
      'waiver',
      'waivers',
      'carve-out',
      'de minimis',
      'duty-free treatment',
      'duty-free access',
      'duty-free status',
      'duty-free entry',
      'tariff-free treatment',
      'tariff-free access',
    ],
  },
  {
    noun: 'reprieve',
    words: ['reprieve', 'grace period', 'delay', 'delayed', 'delays', 'postpone', 'postponed', 'postponement'],
  },
  { noun: 'deadline', words: ['deadline', 'deadlines'] },
];

/** Verbs that move an existing end date; after them, "to <date>" gives the new date. */
export const EXTENSION_WORDS: readonly string[] = [
  'extend',
  'extends',
  'extended',
  'extending',
  'extension',
  'prolong',
  'prolonged',
  'renew',
  'renewed',
  'pushed back',
  'push back',
  'pushes back',
  'moved back',
  'rolled over',
  'pushed',
  'pushed out',
  'moved',
  'shifted',
  'shifting',
  'shifts',
  'delayed',
  'delaying',
  'delays',
  'postponed',
  'postponing',
  'postpones',
  'pushing back',
];

/** Words just before a date that make it the end of the pause ("until", "expires on", "by"). */
export const END_BEFORE_WORDS: readonly string[] = [
  'until',
  'till',
  'through',
  'thru',
  'by',
  'no later than',
  'on or before',
  'expire',
  'expires',
  'expired',
  'expiring',
  'expiry',
  'expiration',
  'end',
  'ends',
  'ended',
  'ending',
  'lapse',
  'lapses',
  'lapsed',
  'run out',
  'runs out',
  'ran out',
  'deadline of',
  'deadline is',
  'deadline was',
  'deadline on',
];

/**
 * Verbs that end a pause or an exemption named after them ("will end the de minimis exemption …
 * on May 2", "closes the loophole effective Aug. 29"), and their participles after it ("de minimis
 * treatment will be eliminated as of May 2"): the day they take effect is the day it ends.
 */
export const ENDING_VERBS: readonly string[] = [
  'end',
  'ends',
  'ending',
  'ended',
  'eliminate',
  'eliminates',
  'eliminating',
  'eliminated',
  'scrap',
  'scraps',
  'scrapping',
  'scrapped',
  'close',
  'closes',
  'closing',
  'closed',
  'revoke',
  'revokes',
  'revoking',
  'revoked',
  'rescind',
  'rescinds',
  'rescinding',
  'rescinded',
  'terminate',
  'terminates',
  'terminating',
  'terminated',
  'abolish',
  'abolishes',
  'abolishing',
  'abolished',
  'lose',
  'loses',
  'losing',
  'lost',
  'remove',
  'removes',
  'removing',
  'removed',
  'stop',
  'stops',
  'stopping',
  'cease',
  'ceases',
];

/**
 * Nouns for the day a measure starts, before or after its date as a deadline noun is ("the
 * implementation date is set for August 1", "a February 10 start date"): that day it takes effect.
 */
export const START_DATE_WORDS: readonly string[] = [
  'implementation date',
  'implementation dates',
  'effective date',
  'start date',
  'date of implementation',
];

/** Words just after a date that make it the end ("the July 9 deadline"). */
export const END_AFTER_WORDS: readonly string[] = [
  'deadline',
  'expiry',
  'expiration',
  'cutoff',
  'cut-off',
  'target date',
];

/**
 * Words shortly before an end date that make it a former one ("was due to expire on"). Those
 * dates go to the deadline's history. In a sentence that extends, "from" does too ("extended
 * from Aug. 12 to Nov. 10"); elsewhere it starts the pause.
 */
export const FORMER_BEFORE_WORDS: readonly string[] = [
  'originally',
  'previously',
  'initially',
  'was due to',
  'were due to',
  'had been due to',
  'was set to',
  'were set to',
  'had been set to',
  'was scheduled to',
  'had been scheduled to',
  'was slated to',
  'would have',
  'had aimed to',
  'had hoped to',
  'had planned to',
  'had intended to',
  'had targeted',
  'had been expected to',
];

/**
 * A plan word after one of these, right before a date, makes the date a former one by itself
 * ("which had been set for July 21", "previously scheduled for Nov. 1").
 */
export const FORMER_MARKERS: readonly string[] = [
  'had been',
  'was',
  'were',
  'originally',
  'previously',
  'initially',
  'earlier',
];
export const PLAN_WORDS: readonly string[] = [
  'set for',
  'scheduled for',
  'slated for',
  'planned for',
  'due on',
  'due for',
  'scheduled date of',
  'planned date of',
];

/** Topics a pause can be about; the first one a sentence names is what is paused, else tariffs in general. */
export const TOPICS: readonly { id: string; label: string; words: readonly string[] }[] = [
  { id: 'steel', label: 'steel and aluminum tariff', words: ['steel', 'aluminum', 'aluminium', 'metals'] },
  {
    id: 'autos',
    label: 'auto tariff',
    words: ['auto', 'autos', 'car', 'cars', 'vehicle', 'vehicles', 'automotive', 'automaker', 'automakers'],
  },
  { id: 'chips', label: 'chip', words: ['chip', 'chips', 'semiconductor', 'semiconductors'] },
  { id: 'de-minimis', label: 'de minimis', words: ['de minimis'] },
  { id: 'rare-earths', label: 'rare earth', words: ['rare earth', 'rare earths', 'rare-earth', 'rare-earths'] },
];
export const DEFAULT_TOPIC = { id: 'tariffs', label: 'tariff' } as const;

/** Duration words after which the pause runs from the previous end date, not from its start. */
export const MORE_WORDS: readonly string[] = [
  'another',
  'an additional',
  'a further',
  'an extra',
  'additional',
  'further',
  'more',
];

/** Events a duration may start from ("after the talks in Switzerland … for 90 days"). */
export const ANCHOR_EVENTS: readonly string[] = [
  'talks',
  'meeting',
  'meetings',
  'summit',
  'agreement',
  'deal',
  'announcement',
  'statement',
  'negotiations',
  'truce',
  'call',
];

/** Verbs and nouns of taking a tariff away: on a day a sentence gives, the removal takes effect. */
export const REMOVAL_WORDS: readonly string[] = [
  'lift',
  'lifts',
  'lifted',
  'lifting',
  'remove',
  'removes',
  'removed',
  'removing',
  'removal',
  'scrap',
  'scraps',
  'scrapped',
  'scrapping',
  'eliminate',
  'eliminates',
  'eliminated',
  'eliminating',
  'elimination',
  'drop',
  'drops',
  'dropped',
  'dropping',
  'rescind',
  'rescinds',
  'rescinded',
  'rescinding',
  'revoke',
  'revokes',
  'revoked',
  'revoking',
  'repeal',
  'repeals',
  'repealed',
  'repealing',
  'roll back',
  'rolls back',
  'rolled back',
  'rolling back',
  'rollback',
];

/** Words for tariffs a partner puts on US goods in answer to US tariffs: their imposer is the partner. */
export const RETALIATION_WORDS: readonly string[] = [
  'retaliatory',
  'retaliation',
  'counter-tariff',
  'counter-tariffs',
  'countertariffs',
  'countermeasures',
  'counter-measures',
  'counter-duties',
];

/**
 * The nouns of a levy itself, singular and plural: what "since", "temporary" and "global" qualify,
 * and the core of the lists below. A surcharge or surtax is the law's word for some tariffs ("a
 * temporary 10 percent import surcharge under Section 122").
 */
export const LEVY_NOUNS: readonly string[] = [
  'tariff',
  'tariffs',
  'duty',
  'duties',
  'levy',
  'levies',
  'surcharge',
  'surcharges',
  'surtax',
  'surtaxes',
];

/**
 * Words that make a duration sentence about trade even without a pause word; "countermeasures" is
 * the EU's word for its retaliatory tariffs ("suspend by 6 months the EU's countermeasures").
 */
export const TRADE_WORDS: readonly string[] = [...LEVY_NOUNS, 'trade', 'countermeasure', 'countermeasures'];

/** Words for the tariff itself: a start date beside one is the day it takes effect. */
export const TARIFF_WORDS: readonly string[] = [
  ...LEVY_NOUNS,
  // AP's word for a tariff: "a 100% import tax on pharmaceuticals".
  'import tax',
  'import taxes',
  'rate',
  'rates',
];

/**
 * Other trade measures that start on a day like a tariff ("port fees begin Oct. 14", "the export
 * controls start on Nov. 8"): a start date beside one is the day it takes effect.
 */
export const MEASURE_WORDS: readonly string[] = [
  'fee',
  'fees',
  'charge',
  'charges',
  'control',
  'controls',
  'restriction',
  'restrictions',
  'curb',
  'curbs',
  'ban',
  'bans',
  'quota',
  'quotas',
  'measure',
  'measures',
  'sanction',
  'sanctions',
  'countermeasure',
  'countermeasures',
  // An exemption from a tariff changes what is charged from its first day.
  'exemption',
  'exemptions',
];

/** Spelled-out numbers found in durations, where "a month" is one. */
export const DURATION_NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...NUMBER_WORDS };

/** The units a duration counts in, on the calendar: a month from March 6 is April 6, not April 5. */
export const DURATION_UNITS = ['day', 'week', 'month', 'year'] as const;

/** "retroactive to August 7": the day a rate applies from, on either side of the article. */
export const RETROACTIVE_WORDS: readonly string[] = [
  'retroactive to',
  'retroactively to',
  'retroactive from',
  'retroactively from',
];

/** Words just before a date on which a tariff starts to apply ("take effect on", "kick in on", "on or after"). */
export const EFFECT_BEFORE_WORDS: readonly string[] = [
  'take effect',
  'takes effect',
  'took effect',
  'taking effect',
  'taken effect',
  'go into effect',
  'goes into effect',
  'going into effect',
  'went into effect',
  'come into effect',
  'comes into effect',
  'coming into effect',
  'came into effect',
  'enter into force',
  'enters into force',
  'entering into force',
  'entered into force',
  'come into force',
  'comes into force',
  'coming into force',
  'came into force',
  'kick in',
  'kicks in',
  'kicking in',
  'kicked in',
  'apply',
  'applies',
  'applying',
  'applied',
  'applicable',
  'on or after',
  // Customs wording with the clock first: "imports cleared at or after Aug. 7, 12:01 a.m.".
  'at or after',
  // The entry formula with a bare "after": "for goods entered or withdrawn from warehouse after
  // 12:01 a.m. EDT on May 14" starts the change that day.
  'entered after',
  'entered for consumption after',
  'withdrawn from warehouse after',
  'withdrawn from warehouse for consumption after',
  ...RETROACTIVE_WORDS,
];

/** Words just before a date that start something: a pause in a sentence about one, else a tariff. */
export const START_WORDS: readonly string[] = [
  'effective',
  'starting',
  'beginning',
  'start',
  'starts',
  'begin',
  'begins',
  'from',
  'as of',
];

/** Past forms before a date that put it on or before the article's day ("took effect on Tuesday"). */
export const PAST_WORDS: readonly string[] = [
  'took effect',
  'went into effect',
  'came into effect',
  'came into force',
  'entered into force',
  'kicked in',
  'applied',
  'began',
  'started',
  'expired',
  'ended',
  'lapsed',
  'ran out',
  'lasted',
  'since',
];

/**
 * Past auxiliaries before an end or effect date ("were paused until July 9", "had been given until",
 * "were to take effect on"): the date may lie on either side of the article, so the nearest year.
 */
export const PAST_AUXILIARIES: readonly string[] = ['was', 'were', 'had', 'did'];

/** Verbs of a rate change; with a future marker before them, "on <date>" after them is when it takes effect. */
export const RATE_CHANGE_VERBS: readonly string[] = [
  'raise',
  'raised',
  'increase',
  'increased',
  'rise',
  'hike',
  'hiked',
  'double',
  'doubled',
  'triple',
  'tripled',
  'cut',
  'reduce',
  'reduced',
  'lower',
  'lowered',
  'drop',
  'fall',
  'go up',
  'jump',
  'climb',
  'revert',
  'return',
  'snap back',
  'resume',
  'impose',
  'imposed',
  'reimpose',
  'reimposed',
  'restore',
  'restored',
  'lift',
  'lifted',
  'remove',
  'removed',
  'scrap',
  'scrapped',
  // "will be implemented on Thursday, 7 August": the day a tariff starts to be collected.
  'implement',
  'implemented',
  'enforce',
  'enforced',
];

/**
 * A rate change told in the present for a day ahead, as news tells a schedule: "tariffs on EU goods
 * rise to 30% on Aug. 1". The tariff must be its subject: "stocks rise on Friday as tariffs bite"
 * is not one.
 */
export const PRESENT_CHANGE_VERBS: readonly string[] = [
  'rise',
  'rises',
  'climb',
  'climbs',
  'jump',
  'jumps',
  'double',
  'doubles',
  'triple',
  'triples',
  'fall',
  'falls',
  'drop',
  'drops',
  'increase',
  'increases',
  'go up',
  'goes up',
  'revert',
  'reverts',
  'snap back',
  'snaps back',
  'go back up',
  'goes back up',
  'return',
  'returns',
  'resume',
  'resumes',
];

/**
 * Present participles of a rate change, trailing the tariff they change: "a 25% tariff on cabinets,
 * increasing to 50% on January 1", as schedules and fact sheets list a rise still to come.
 */
export const PARTICIPLE_CHANGE_VERBS: readonly string[] = [
  'rising',
  'increasing',
  'climbing',
  'jumping',
  'going up',
  'falling',
  'dropping',
];

/** Past participles of a rate change: "were raised to 35 per cent on Aug. 1" dates a tariff that took effect. */
export const PAST_CHANGE_VERBS: readonly string[] = [
  'raised',
  'increased',
  'hiked',
  'doubled',
  'tripled',
  'cut',
  'reduced',
  'lowered',
  'slashed',
  'imposed',
  'implemented',
  'lifted',
  'removed',
];

/** Words that put a change in the future ("will rise", "is set to be cut", "are due to take effect"). */
export const FUTURE_WORDS: readonly string[] = [
  'will',
  'would',
  "'ll",
  'shall',
  'set to',
  'due to',
  'is to',
  'are to',
  'scheduled to',
  'slated to',
  'expected to',
  'plans to',
  'going to',
];

/** A threat of what a verb after it names ("threatened to impose 35% tariffs on Aug. 1"). */
export const THREAT_WORDS: readonly string[] = [
  'threat to',
  'threats to',
  'threaten to',
  'threatens to',
  'threatened to',
  'threatening to',
];

/** Verbs of a pause whose own date starts it ("paused the tariffs on April 9 for 90 days"). */
export const PAUSE_VERBS: readonly string[] = [
  'paused',
  'pauses',
  'suspended',
  'suspends',
  'delayed',
  'delays',
  'postponed',
  'postpones',
  'froze',
  'freezes',
  'halted',
];

/**
 * Words that make an end date in a trade sentence an ultimatum ("if China does not withdraw it by
 * April 8", "gave the EU until July 9", "countries have until Aug. 1 to strike deals").
 */
export const CONDITION_WORDS: readonly string[] = [
  'if',
  'unless',
  'gave',
  'given',
  'giving',
  'has until',
  'have until',
];

/**
 * Words right before a date that end something by themselves: a trade measure that lasts until a
 * stated day is a deadline even with no pause word ("duty-free access lapses Sept. 30", "the
 * tariffs remain in place until Oct. 14"). Not "by", which also dates a past change ("raised it
 * to 20% by the end of the month").
 */
export const LASTING_WORDS: readonly string[] = [
  'until',
  'till',
  'expire',
  'expires',
  'expiring',
  'expiration date of',
  'expiry date of',
  'end',
  'ends',
  'ending',
  'lapse',
  'lapses',
  'run out',
  'runs out',
];

/**
 * A target set for a deal ("aim to conclude a trade deal by Sept. 1", "a goal of sealing an
 * agreement by the end of October"): with a deal word, its end date is a deadline too.
 */
export const TARGET_WORDS: readonly string[] = [
  'aim to',
  'aims to',
  'aiming to',
  'aimed to',
  'target',
  'targets',
  'targeting',
  'targeted',
  'goal',
  'hope to',
  'hopes to',
  'hoping to',
  'seek to',
  'seeks to',
  'seeking to',
  'intend to',
  'intends to',
  'expect to',
  'expects to',
  'pushing to',
  'racing to',
];
export const DEAL_WORDS: readonly string[] = [
  'deal',
  'deals',
  'agreement',
  'agreements',
  'accord',
  'pact',
  'treaty',
  'negotiations',
  'talks',
  'framework',
];

/**
 * Words that make an end date a deadline in any sentence, trade words or not: an obligation with
 * a date to meet ("the owner must sell by September 17", "has until Dec. 16 to complete the sale",
 * "will have to divest by Dec. 1").
 */
export const OBLIGATION_WORDS: readonly string[] = [
  'has until',
  'have until',
  'had until',
  'given until',
  'due by',
  'must',
  'has to',
  'have to',
  'required to',
  'ordered to',
  'obliged to',
  'obligated to',
];
