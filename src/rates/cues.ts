import type { RateQualifier, RateStatus } from './rate-statement.ts';

/**
 * The words the rate extractor reads, as data. Each table says what its words mean; the modules
 * beside it say where in a sentence they look for them. Words are lower case and matched on whole
 * words, case-sensitively (so "May 14" is a date, not the modal "may"), except tariff, measure and
 * product words, which often open a sentence ("Tariffs on …").
 */

/** Words that name a tariff. "Rate" and "tax" count unless `OTHER_RATE_MODIFIERS` precede them. */
export const TARIFF_WORDS: readonly string[] = [
  'tariff', 'tariffs', 'counter-tariff', 'counter-tariffs', 'countertariffs', 'duty', 'duties', 'levy', 'levies', 'tax', 'taxes', 'rate', 'rates',
];

/** Words right before "rate" or "tax" that make it something other than a tariff ("interest rate"). */
export const OTHER_RATE_MODIFIERS: readonly string[] = [
  'interest', 'inflation', 'unemployment', 'jobless', 'growth', 'exchange', 'mortgage', 'savings', 'income', 'corporate',
  'sales', 'payroll', 'capital gains', 'property', 'estate', 'digital services', 'value-added', 'windfall', 'carbon',
  'policy', 'funds', 'participation', 'vacancy', 'default', 'poverty', 'approval', 'success', 'response', 'lending', 'deposit',
];

/**
 * What a percentage measures when it is not a tariff ("inflation rose to 2.4%"). Trade flows are not
 * here: "Mexico's exports face 25%" is a rate, and "exports fell 21%" is caught as a change.
 */
export const METRIC_WORDS: readonly string[] = [
  'inflation', 'gdp', 'growth', 'economy', 'output', 'sales', 'revenue', 'revenues', 'profit',
  'profits', 'earnings', 'shares', 'stocks', 'stock', 'index', 'prices', 'price', 'yields', 'yield', 'unemployment', 'jobs',
  'wages', 'deficit', 'surplus', 'stake', 'margin', 'production', 'orders', 'demand', 'volume', 'spending', 'investment', 'costs',
];

/** Words right after a number that make it a share or a change, not a rate ("15% of", "a 3% drop"). */
export const NOT_RATE_AFTER: readonly string[] = [
  'of', 'stake', 'share', 'chance', 'chances', 'probability', 'likelihood', 'odds', 'drop', 'decline', 'fall', 'rise',
  'increase', 'jump', 'gain', 'surge', 'plunge', 'slump', 'cut', 'reduction', 'more', 'less', 'fewer', 'higher', 'lower',
  'majority', 'owned', 'discount', 'return', 'year-on-year', 'annually', 'annualized', 'growth', 'margin',
];

/** Verbs and adverbs right before a number that make it a change ("fell 21%", "up 0.6%"); "fell to 21%" is a level. */
export const CHANGE_WORDS: readonly string[] = [
  'fell', 'fall', 'falls', 'falling', 'fallen', 'rose', 'rise', 'rises', 'rising', 'risen', 'dropped', 'drop', 'drops', 'dropping',
  'jumped', 'jump', 'jumps', 'jumping', 'climbed', 'climbing', 'grew', 'grow', 'grows', 'growing', 'grown', 'declined', 'declining',
  'slid', 'slumped', 'surged', 'surging', 'soared', 'soaring', 'plunged', 'plunging', 'gained', 'gaining', 'lost', 'losing',
  'increased', 'decreased', 'tumbled', 'sank', 'rallied', 'shed', 'added', 'edged', 'up', 'down', 'by', 'slipped', 'advanced',
];

/** Verbs right before a number that state a rate even in a sentence with no tariff word ("still pay 25%", "will stay at 50%"). */
export const RATE_VERBS: readonly string[] = [
  'pay', 'pays', 'paid', 'paying', 'face', 'faces', 'faced', 'facing', 'charge', 'charges', 'charged', 'charging',
  'stay at', 'stays at', 'remain at', 'remains at', 'stand at', 'stands at', 'kept at', 'set at',
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
export const NUMBER_PREFIXES: readonly string[] = ['a', 'an', 'the', 'its', 'their', 'combined', 'total', 'new', 'higher', 'lower', 'additional', 'further', 'extra', 'steep', 'full'];

/**
 * Status cues, in the order they are tried: a clause with a suspension verb and a "will" is about a
 * suspension; one that keeps a rate in place ("will stay at 50%") is about the current rate.
 * `previous` words only count when the number is their object ("scrapped its 25% levy"), not the
 * level they lead to ("cut to 10%"); see `status.ts`.
 */
export const STATUS_CUES: readonly { status: RateStatus; words: readonly string[] }[] = [
  { status: 'hypothetical', words: ['could have', 'would have', 'might have', 'may have', 'would otherwise', 'could otherwise'] },
  {
    status: 'current',
    words: [
      'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'continue to face', 'continues to face', 'continue to pay',
      'continues to pay', 'keep', 'keeps', 'keeping', 'kept', 'left in place', 'in place', 'in force', 'unchanged', 'still',
    ],
  },
  {
    status: 'suspended',
    words: [
      'pause', 'paused', 'pauses', 'pausing', 'suspend', 'suspends', 'suspended', 'suspending', 'suspension', 'on hold', 'delay',
      'delayed', 'delays', 'postpone', 'postponed', 'postpones', 'defer', 'deferred', 'froze', 'frozen', 'halted',
    ],
  },
  {
    status: 'threatened',
    words: [
      'threaten', 'threatens', 'threatened', 'threatening', 'threat', 'warn', 'warns', 'warned', 'warning', 'vow', 'vows', 'vowed',
      'float', 'floats', 'floated', 'propose', 'proposes', 'proposed', 'proposal', 'pledged', 'considering', 'mulling', 'weighing',
      'could', 'might', 'may', 'plans to', 'planned', 'planning',
    ],
  },
  {
    status: 'previous',
    words: [
      'scrap', 'scraps', 'scrapped', 'scrapping', 'remove', 'removes', 'removed', 'removing', 'lift', 'lifts', 'lifted', 'lifting',
      'eliminate', 'eliminates', 'eliminated', 'ended', 'ending', 'roll back', 'rolls back', 'rolled back', 'repeal', 'repealed',
      'revoke', 'revoked', 'rescind', 'rescinded', 'drop', 'drops', 'dropped', 'retreat from', 'retreated from', 'withdrew',
      'withdrawn', 'replace', 'replaced', 'replacing', 'abandon', 'abandoned', 'cut', 'cuts', 'cutting', 'lower', 'lowers',
      'lowered', 'lowering', 'reduce', 'reduces', 'reduced', 'reducing', 'slash', 'slashes', 'slashed', 'slashing', 'trim', 'trimmed',
    ],
  },
  {
    status: 'scheduled',
    words: [
      'will', 'shall', 'would', 'set to', 'scheduled', 'slated', 'due to', 'to take effect', 'to start', 'to begin',
      'takes effect on', 'take effect on',
    ],
  },
  {
    status: 'current',
    words: [
      'is', 'are', 'now', 'stands', 'stood', 'took effect', 'went into effect', 'kicked in', 'came into force', 'in effect',
      'imposed', 'imposes', 'charges', 'charging', 'pays', 'paying', 'face', 'faces', 'currently', 'already', 'effective immediately',
    ],
  },
];

/** Words just before a number that make it a rate that was replaced ("the old 145% rate"). */
export const FORMER_WORDS: readonly string[] = ['previous', 'previously', 'prior', 'former', 'formerly', 'earlier', 'old', 'original', 'originally'];

/** Past participles that, after "had", make a number a level since replaced ("had raised tariffs … above 100%"). */
export const PAST_PERFECT_VERBS: readonly string[] = [
  'been', 'raised', 'reached', 'risen', 'climbed', 'stood', 'hit', 'soared', 'imposed', 'set', 'increased', 'jumped', 'hiked', 'levied', 'charged',
];

/** Participles that, in a passive after a number, say it was replaced since ("the 145% tariff … was cut to 30%"). */
export const REPLACED_PARTICIPLES: readonly string[] = ['cut', 'lowered', 'reduced', 'slashed', 'replaced', 'scrapped', 'removed', 'lifted', 'raised', 'increased', 'hiked', 'doubled'];

/** Verbs that, right after a number, make it a threat ("the 30% Trump had threatened"). */
export const THREAT_AFTER_WORDS: readonly string[] = ['threatened', 'floated', 'proposed', 'warned of', 'had threatened', 'has threatened', 'had floated', 'had proposed'];

/** Words before a date that make the rate start on it ("starting Aug. 1", "from April 1"). */
export const START_WORDS: readonly string[] = ['starting', 'beginning', 'from', 'effective', 'as of'];

/** Words that open a condition: with a modal, the rate is a threat ("would raise it to 50% if …"). */
export const CONDITION_WORDS: readonly string[] = ['if', 'unless'];

/** Words for parts of a rate ("an additional 10%") and for totals ("the combined duty"). */
export const COMPONENT_WORDS: readonly string[] = ['additional', 'extra', 'further', 'another', 'on top of', 'plus', 'added', 'incremental', 'surcharge', 'penalty'];
export const TOTAL_WORDS: readonly string[] = ['combined', 'total', 'overall', 'cumulative', 'all told', 'altogether', 'in all', 'stacked'];

/** Nouns for what is traded; a country form right before one is the target ("Chinese goods"). */
export const GOODS_WORDS: readonly string[] = [
  'goods', 'products', 'imports', 'exports', 'shipments', 'items', 'wares', 'merchandise', 'producers', 'exporters', 'automakers',
  'carmakers', 'manufacturers', 'companies', 'firms', 'farmers', 'made',
];

/**
 * Products a rate can be limited to, by the name replies give them. A rate whose sentence names one
 * is a product rate: it goes under coverage, never in the headline.
 */
export const PRODUCTS: readonly { name: string; words: readonly string[] }[] = [
  { name: 'steel', words: ['steel'] },
  { name: 'aluminum', words: ['aluminum', 'aluminium'] },
  { name: 'copper', words: ['copper'] },
  { name: 'auto parts', words: ['auto parts', 'car parts'] },
  { name: 'electric vehicles', words: ['electric vehicles', 'electric vehicle', 'evs'] },
  { name: 'autos', words: ['autos', 'auto', 'cars', 'car', 'vehicles', 'automobiles', 'trucks', 'automotive'] },
  { name: 'energy', words: ['energy', 'oil', 'electricity', 'natural gas', 'lng', 'crude'] },
  { name: 'potash', words: ['potash'] },
  { name: 'farm goods', words: ['farm products', 'farm goods', 'agricultural', 'soybeans', 'pork', 'beef', 'chicken', 'wheat', 'corn', 'canola', 'rice'] },
  { name: 'alcohol', words: ['whiskey', 'whisky', 'bourbon', 'wine', 'wines', 'champagne', 'champagnes', 'spirits', 'alcoholic'] },
  { name: 'motorcycles', words: ['motorcycles'] },
  { name: 'boats', words: ['boats'] },
  { name: 'pharmaceuticals', words: ['pharmaceuticals', 'pharmaceutical', 'drugs', 'medicines'] },
  { name: 'semiconductors', words: ['semiconductors', 'semiconductor', 'chips'] },
  { name: 'lumber', words: ['lumber', 'timber', 'softwood'] },
  { name: 'textiles', words: ['textiles', 'apparel', 'clothing', 'garments'] },
  { name: 'solar panels', words: ['solar panels', 'solar cells'] },
  { name: 'batteries', words: ['batteries'] },
];

/** Words after which named products are examples of what is covered, not a limit ("goods such as soybeans"). */
export const EXAMPLE_WORDS: readonly string[] = ['including', 'such as', 'like', 'among them'];

/** Limits on coverage other than products, kept as the sentence words them. */
export const SCOPE_PATTERNS: readonly RegExp[] = [
  /\b(?:not covered by|outside(?: of)?|not compliant with|that do not comply with|that don't comply with|non-compliant with) (?:the )?(?:USMCA|trade pact|pact|free trade agreement|trade agreement)\b/,
  /\b(?:that comply with|compliant with|covered by) (?:the )?(?:USMCA|trade pact|pact|free trade agreement)\b/,
  /\bnon-(?:USMCA|compliant)\b/,
];
