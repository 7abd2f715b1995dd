import { GOODS_WORDS, PRODUCTS, TARIFF_WORDS } from './cues.ts';
import { wordsSource } from './words.ts';
import { PERCENT_WORD } from '../text/percent-unit.ts';
import { MONTH_NAMES } from '../dates/names.ts';

/**
 * How a sentence tells who imposes a rate and on whom, as data: patterns on the words around a
 * country's name, and phrases that speak of both sides or of no country in particular. `roles.ts`
 * applies them in table order; the first that matches gives the role.
 */
export type Role = 'imposer' | 'target' | 'unknown';

const tariff = wordsSource(TARIFF_WORDS);
const goods = wordsSource([...GOODS_WORDS, ...PRODUCTS.flatMap((p) => p.words)]);
const the = String.raw`(?:the\s+)?`;
/** Goods sent round through a third country to dodge a rate: "transshipped", "transship", "re-routed". */
const ROUTED = String.raw`(?:trans-?ship\w*|(?:re-?)?rout(?:ed|ing))`;
/**
 * "on countries like India", "from Asian nations such as Vietnam": a group named by its examples;
 * the rate the group bears is on each example, so they take the group's place after the preposition.
 */
const examplesOf = String.raw`(?:(?:[\p{L}-]+\s+){0,2}?(?:countries|nations|economies|(?:trading\s+)?partners)\s+(?:like|such\s+as)\s+${the})?`;
/** A word before a tariff noun, a percentage written in words counting as one ("Canada’s new 25 per cent tariffs"). */
const word = String.raw`(?:\d+(?:\.\d+)?\s?${PERCENT_WORD}|\S+)`;

/**
 * "goods trans-shipped via Malaysia from nations such as China", "products routed from China through
 * Vietnam": a rate on goods sent round is charged on the country they pass through; where they
 * started is no party.
 * Tried on a longer reach than `ROLE_BEFORE`: the route may lie between ("… via Malaysia from …").
 */
export const ROUTE_BEFORE: readonly { role: Role | null; pattern: RegExp }[] = [
  { role: 'target', pattern: new RegExp(String.raw`\b${ROUTED}\s+(?:\S+\s+){0,2}?(?:through|via)\s+${the}$`, 'u') },
  {
    role: null,
    pattern: new RegExp(
      String.raw`\b${ROUTED}\s+(?:\S+\s+){0,4}?from\s+(?:(?:countries|nations|places)\s+(?:like|such\s+as|including)\s+)?${the}$`,
      'u',
    ),
  },
];

/** "China charges the U.S. 67%", "charging Canada 25%": the object of a verb of charging is the one charged. */
export const CHARGED_BEFORE = new RegExp(String.raw`\bcharg(?:e|es|ed|ing)\s+${the}$`, 'u');

/** Patterns on the text right before a country's name; `null` means the country is only a place ("talks in Geneva"). */

export const ROLE_BEFORE: readonly { role: Role | null; pattern: RegExp }[] = [
  /**
   * "US soybeans still face a 13% tariff in China": a rate goods face or pay in a country is that
   * country's. Not "factories hit by a 20% tariff in Vietnam", which are in Vietnam.
   */
  {
    role: 'imposer',
    pattern: new RegExp(
      String.raw`\b(?:face[sd]?|facing|pay(?:s|ing)?|paid|subject\s+to)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?\d+(?:\.\d+)?\s?(?:%|${PERCENT_WORD})\s+(?:[\p{L}-]+\s+)?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)\s+in\s+${the}$`,
      'u',
    ),
  },
  /**
   * "goods coming into the U.S.", "products entering Canada", "exports bound for the American market":
   * where goods arrive is who taxes them.
   */
  {
    role: 'imposer',
    pattern: new RegExp(
      String.raw`\b(?:(?:coming|brought|shipped|sold|imported|arriving)\s+in(?:to)?|entering|enter|enters|(?:bound|destined)\s+for)\s+${the}$`,
      'u',
    ),
  },
  { role: 'target', pattern: CHARGED_BEFORE },
  /** "products originating in Switzerland", "Made in India goods": where goods come from is whose goods are taxed. */
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`\b(?:[Mm]ade|produced|manufactured|grown|originating|originate|originates)\s+in\s+${the}$`,
      'u',
    ),
  },
  /**
   * "1.4bn liters of US ethanol", "$28 billion in U.S. goods", "13,000 tonnes of American beef": an
   * amount of a country's goods is what it sells, the goods a tariff is on. Not money put into a
   * country ("to invest $550 billion in U.S. projects") is no trade in its goods.
   */
  {
    role: 'target',
    pattern:
      /(?<!\b(?:invest\w*|spend\w*|pour\w*|pledg\w*)(?:\s+[\p{L}-]+){0,2}\s+)(?:[$€£]\s?\d[\d.,]*\s*(?:bn|billion|million|trillion|m)?|\d[\d.,]*\s*(?:bn|billion|million)?\s*(?:metric\s+)?(?:tonnes|tons|liters|litres|barrels|bushels|units|vehicles|cars))\s+(?:worth\s+)?(?:in|of)\s+(?:the\s+)?$/u,
  },
  /**
   * "exporters in Vietnam", "manufacturers based in Mexico": the country of the sellers is whose goods
   * are taxed. Not "factories in Ireland", which news names as where a firm from elsewhere makes goods.
   */
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`\b(?:exporters|producers|manufacturers|makers|automakers|carmakers|farmers|growers|suppliers|shippers|sellers)\s+(?:(?:based|located)\s+)?in\s+${the}$`,
      'iu',
    ),
  },
  {
    role: null,
    pattern: new RegExp(
      String.raw`\b(?:in|at|except(?:\s+for)?|excluding|other\s+than|apart\s+from|besides|(?:with\s+the\s+)?exception\s+of|visit(?:ed|ing|s)?|(?:travell?ed|flew|went|trip|returned|arrived|headed)\s+to)\s+${the}$`,
      'u',
    ),
  },
  /** "shifted 25% of iPhone production to India", "moving orders to Vietnam": where production goes is a place. */
  {
    role: null,
    pattern:
      /\b(?:(?:production|manufacturing|factories|plants|operations|orders|sourcing|supply\s+chains?|assembly)\s+to|(?:shift|mov|relocat)(?:e|es|ed|ing|s)?\s+(?:\S+\s+){0,3}?to)\s+(?:the\s+)?$/u,
  },
  /** "in Busan, South Korea": the country of a place (but "in July, Japan agreed": a time). */
  {
    role: null,
    pattern: new RegExp(String.raw`\b(?:in|at)\s+(?!(?:${MONTH_NAMES}|Washington)\b)\p{Lu}\p{L}+,\s+$`, 'u'),
  },
  /**
   * "the 15% agreed by the EU", "the 10% paid by Britain": a rate is on the party that agreed it or pays it;
   * "products exported by Vietnam to us": on the party whose goods they are.
   */
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`\b(?:agreed|accepted|secured|negotiated|won|obtained|paid|faced|borne|exported|shipped|sold|sent|supplied|produced|manufactured|made)\s+by\s+${the}$`,
      'u',
    ),
  },
  /**
   * "the 25% tariff imposed on the purchase of Russian oil by India", "over purchases of Iranian crude
   * by China", "linked to Russian oil imports by India": the buyer a measure punishes for what it buys
   * pays the rate, it does not impose it.
   */
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`\b(?:(?:purchases?|purchasing|buying|imports?|importing)\s+of\s+(?:[\p{L}'’-]+\s+){1,4}?|(?:oil|crude|gas|energy|petroleum|coal|arms)\s+(?:imports|purchases)\s+)by\s+${the}$`,
      'u',
    ),
  },
  // "imposed by China"; not a ranking's "followed by Switzerland", "followed closely by Vietnam" or "led by Brazil".
  {
    role: 'imposer',
    pattern: new RegExp(
      String.raw`(?<!\b(?:followed|trailed|led|topped|joined|matched)\s+(?:\p{L}+ly\s+)?)\bby\s+${the}$`,
      'u',
    ),
  },
  /**
   * "exports to the US", "Filipino imports to the U.S.", "exports from Peru into the US": where goods
   * go is who taxes them.
   */
  {
    role: 'imposer',
    pattern: new RegExp(
      String.raw`\b(?:exports?|imports?|exported|imported|shipments?|shipped|sold|sales|sells|ships)\s+(?:\S+\s+){0,3}?(?:in)?to\s+${the}$`,
      'iu',
    ),
  },
  {
    role: 'target',
    pattern: new RegExp(String.raw`\b(?:appl(?:y|ies|ied)|extend(?:s|ed)?|offered|granted|given)\s+to\s+${the}$`, 'u'),
  },
  {
    role: 'target',
    pattern: new RegExp(String.raw`\b(?:on|against|for)\s+${the}(?:(?:most|all|many|some)\s+)?${examplesOf}$`, 'u'),
  },
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`(?:${goods}|\bcoming|\barriving|\bimported|\bexported|\bshipped|\boriginat(?:ing|es?|ed))\s+(?:\S+\s+)?from\s+${the}${examplesOf}$|\bimports\s+of\s+(?:[\p{L}-]+\s+){1,3}?from\s+${the}$|\b(?:goods|products|articles|items)\s+of\s+${the}$`,
      'u',
    ),
  },
];

/**
 * Auxiliaries and asides that may stand between a country and its verb ("Beijing said it would keep
 * …", "had hoped to secure"), times among them ("China on Tuesday imposed", "Canada last year
 * imposed", "India in August raised"), a plan ("India was set to face"), adverbs ("India will sharply
 * cut", "China just raised"), a relative clause with no number ("China, whose markets are crashing,
 * raised …") and an apposition with none ("Canada, the biggest supplier of steel to the US, announced
 * …": what it says of the subject is no verb of its own).
 */
const aux = String.raw`(?:\s+(?:has|have|had|will|would|could|also|then|now|since|already|still|just|\p{Ll}+ly|continues?(?:\s+to)?|on\s+\p{Lu}\p{L}+|(?:last|this|earlier\s+this)\s+(?:year|month|week)|in\s+(?:${MONTH_NAMES}|\d{4})|said\s+(?:on\s+\p{Lu}\p{L}+\s+)?(?:it|they)\s+(?:would|will)|\p{Ll}+(?:ed|s)\s+to|(?:is|are|was|were)\s+(?:set|due|slated|poised|going)\s+to|is|was|is\s+to)|,\s+\p{Ll}+,|,\s+(?:in|on|after|according\s+to)\s+(?:[\p{L}\p{N}'’-]+\s+){1,10}?[\p{L}\p{N}'’-]+,|,\s+(?:whose|which|who|the|a|an)\s+[^,\d%]{1,80},)*`;

const IMPOSING_VERBS = [
  'impose',
  'imposes',
  'imposed',
  'imposing',
  'slap',
  'slaps',
  'slapped',
  'levy',
  'levies',
  'levied',
  'charge',
  'charges',
  'charged',
  'charging',
  'raise',
  'raises',
  'raised',
  'raising',
  'hike',
  'hikes',
  'hiked',
  'cut',
  'cuts',
  'lower',
  'lowers',
  'lowered',
  'reduce',
  'reduces',
  'reduced',
  'slash',
  'slashes',
  'slashed',
  'retaliate',
  'retaliates',
  'retaliated',
  'respond',
  'responds',
  'responded',
  'hit back',
  'hits back',
  'struck back',
  'strikes back',
  'hitting back',
  'announce',
  'announces',
  'announced',
  'set',
  'sets',
  'keep',
  'keeps',
  'kept',
  'scrap',
  'scraps',
  'scrapped',
  'pause',
  'paused',
  'suspend',
  'suspended',
  'threaten',
  'threatens',
  'threatened',
  'warn',
  'warns',
  'warned',
  'reinstate',
  'reinstates',
  'reinstated',
  'put',
  'puts',
  'place',
  'places',
  'placed',
  'placing',
  'drop',
  'drops',
  'dropped',
  'dropping',
  'falling',
  'rising',
  'climbing',
  'increase',
  'increases',
  'increased',
  'doubled',
  'tripled',
  'matched',
  'reimpose',
  'reimposes',
  'reimposed',
  'reimposing',
  're-impose',
  're-imposed',
  'implement',
  'implements',
  'implemented',
  // "China will apply a 100% tariff on …" (not "applied for an exemption").
  'apply',
  'applies',
  'applied',
  'introduce',
  'introduces',
  'introduced',
  'issue',
  'issues',
  'issued',
  'suspending',
  'pausing',
  'retain',
  'retains',
  'retained',
  'retaining',
  'maintain',
  'maintains',
  'maintained',
  'maintaining',
];
/** Verbs whose subject bears the rate ("Mexico faces 30%", "Japan secured a 15% rate"). */
const TARGET_VERBS = [
  'face',
  'faces',
  'faced',
  'facing',
  'pay',
  'pays',
  'paid',
  'paying',
  'secure',
  'secured',
  'win',
  'won',
  'obtain',
  'obtained',
  'receive',
  'received',
  'accept',
  'accepted',
  'negotiate',
  'negotiated',
  'get',
  'got',
];
/** Participles whose subject bears the rate in the passive ("Brazil will be hit with 50%"). */
const TARGET_PASSIVES = [
  'hit',
  'subject',
  'subjected',
  'targeted',
  'slapped',
  'charged',
  'spared',
  'assigned',
  'given',
  'handed',
];
/** Words for a government that may follow a demonym before its verb ("the Swiss government had hoped to secure …"). */
const GOVERNMENT_WORDS = [
  'government',
  'officials',
  'ministry',
  'administration',
  'authorities',
  'leaders',
  'negotiators',
  'side',
  'commission',
  'watchdog',
  'regulator',
  'cabinet',
];
/** A government word right after a demonym: "the Chinese government imposed …" names the country acting as plainly as "China". */
export const GOVERNMENT_AFTER = new RegExp(String.raw`^\s+${wordsSource(GOVERNMENT_WORDS)}`, 'iu');
const ofCountry = String.raw`(?:['’]s(?:\s+[\p{L}-]+){0,2}?)?\s+(?:${wordsSource(GOVERNMENT_WORDS)}|${wordsSource(GOVERNMENT_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)))}(?:\s+of(?:\s+\p{Lu}[\p{L}-]*){1,3})?)`;
const subject = String.raw`(?:${ofCountry})?${aux}`;

/**
 * A verb phrase of the subject's own that leads to its imposing: "made a preliminary decision to
 * impose", "is considering imposition of", "published an order that imposes", "decided to renew".
 * Lower-case words only, no verb of asking or saying: in "urged the administration to impose" or
 * "said Washington would impose" someone else imposes.
 */
const OWN_STEPS = String.raw`(?:\s+(?!(?:asks?|asked|asking|urges?|urged|urging|calls?|called|calling|press(?:es|ed)?|wants?|wanted|tells?|told|expects?|expected|says?|said|fears?|feared|warns?|warned)\b)\p{Ll}[\p{Ll}-]*){1,5}?`;
const OWN_IMPOSING = String.raw`(?:to\s+(?:impose|levy|slap|renew|introduce)|imposing|levying|imposition\s+of|that\s+imposes)\b`;

/**
 * "Australia managed to retain the 10 per cent rate", "Britain kept its 10% rate": a partner that
 * keeps a rate, the word "rate" with no "on" after it, keeps the rate it is charged, as "Britain's
 * 10% rate" is (`PARTNER_RATE_AFTER`); "Canada kept its 25% tariffs" keeps tariffs it charges.
 */
export const KEEPS_RATE_AFTER = new RegExp(
  String.raw`^${subject}\s+(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|maintain|maintains|maintained|maintaining|preserve|preserves|preserved)\s+(?:the|its|their|a)\s+(?:[\p{L}\p{N}%.-]+\s+){0,4}?(?:${tariff}\s+)?rates?\b(?!\s+(?:on|for|against)\b)`,
  'u',
);

/** The verb after a subject: "Mexico faces 30%", "Brazil will be hit with 50%"; "Japan imposed …". */
export const SUBJECT_VERB: readonly { role: Role; pattern: RegExp }[] = [
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`^${subject}\s+(?:${wordsSource(TARGET_VERBS)}|(?:be|been|is|are|was|were)\s+${wordsSource(TARGET_PASSIVES)})`,
      'u',
    ),
  },
  // "South Africa maintains that the 30% tariff …", "Canada warned that …": a verb that reports speech
  // acts on nothing; "Thailand's government announced Friday it negotiated 19%": the subject reports
  // bearing the rate; "India kept buying Russian oil": the subject goes on buying, the reason for a
  // penalty. After "is" or "was" only a form in -ing is the subject's act ("Canada was raising"):
  // "the deal with Korea was announced" tells what was done, by no one named.
  {
    role: 'imposer',
    pattern: new RegExp(
      String.raw`^${subject}\s+(?:(?<!\b(?:is|was)\s+)|(?=\p{Ll}+ing\b))${wordsSource(IMPOSING_VERBS)}(?!\s+that\b|\s+(?:buying|purchasing|importing)\b|(?<=\bappl(?:y|ies|ied))\s+for\b|\s+(?:\p{Lu}\p{Ll}+day\s+)?(?:it|they)\s+(?:\p{Ll}+ly\s+)?${wordsSource(TARGET_VERBS)})`,
      'u',
    ),
  },
];

/**
 * "China hit Canada with 100% tariffs", "Peru hits Chilean fruit with 30% duties": the subject of an
 * active "hit … with" charges the rate. Only with "with" after a short object: "tariffs hit China"
 * and "China hit a record" name no one charging.
 */
const HITS_WITH = {
  role: 'imposer' as const,
  pattern: new RegExp(String.raw`^${subject}\s+(?:hit|hits|hitting)\s+(?!back\b)[^,;:.!?\d%]{1,60}?\s+with\b`, 'u'),
};

/** A country, or its government, whose own steps lead to imposing: "Korea's trade watchdog made a decision to impose …". */
const LEADS_TO_IMPOSING = {
  role: 'imposer' as const,
  pattern: new RegExp(String.raw`^${subject}${OWN_STEPS}\s+${OWN_IMPOSING}`, 'u'),
};

/**
 * A participle of imposing after the subject's own clause: "India rolled out a new trade measure on
 * Tuesday, imposing safeguard duties on …". Its doer is the subject of the clause it hangs on.
 */
const IMPOSING_AFTER_CLAUSE = {
  role: 'imposer' as const,
  pattern: new RegExp(String.raw`^${subject}\s+\p{Ll}[^,;:.!?]{0,60}?,\s+(?:imposing|levying|slapping)\b`, 'u'),
};

/** The second half of a compound telling where goods come from ("US-made", "Brazilian-grown"). */
const ORIGIN_PARTICIPLE = String.raw`(?:made|grown|produced|manufactured|built|assembled|raised|sourced|origin)\b`;

/** An imposing verb whose object is a tariff on goods named before it: "cut auto tariffs", "imposed car duties". */
const ACTING_ON_GOODS_TARIFFS = String.raw`(?:${wordsSource(IMPOSING_VERBS)})\s+${goods}\s+${tariff}`;

/**
 * Patterns on the text right after a country's form. `forms` limits a pattern to some kinds of form:
 * "Chinese tariffs" and "US levies" are the imposer's, while "China tariffs" usually means tariffs on
 * China, so a plain name before a tariff word decides nothing.
 */
export const ROLE_AFTER: readonly { role: Role; pattern: RegExp; forms?: 'demonym-or-abbreviation' }[] = [
  { role: 'imposer', pattern: new RegExp(String.raw`^['’]s?(?:\s+${word}){0,3}?\s+${tariff}`, 'iu') },
  // "US auto tariffs on South Korean imports": goods before a tariff that names whom it is charged on
  // tell the tariff's kind, so the country before them charges it, not whose goods bear it.
  { role: 'imposer', pattern: new RegExp(String.raw`^(?:['’]s?)?\s+${goods}\s+${tariff}\s+(?:on|against)\s`, 'u') },
  // "China made goods" are China's, but "the CBSA made a preliminary determination" is a verb; so are
  // goods whose origin a compound tells ("U.S.-grown wheat", "Chinese-made cars"). A country's verb
  // before the goods' tariffs ("the U.S. cut auto tariffs") makes them the object of its act instead.
  {
    role: 'target',
    pattern: new RegExp(
      String.raw`^(?:['’]s?)?(?:-${ORIGIN_PARTICIPLE})?(?:\s+(?!${ACTING_ON_GOODS_TARIFFS})\S+)?\s+(?!made\s+(?:a|an|the|it|its|their|clear|no)\b)${goods}`,
      'u',
    ),
  },
  { role: 'imposer', pattern: new RegExp(String.raw`^(?:\s+\S+)?\s+${tariff}`, 'u'), forms: 'demonym-or-abbreviation' },
  ...SUBJECT_VERB,
  LEADS_TO_IMPOSING,
  IMPOSING_AFTER_CLAUSE,
  HITS_WITH,
];

/**
 * The home country's short form or demonym before goods and a tariff word ("U.S. steel tariffs",
 * "American auto tariffs"): news names its own country's sector tariffs so, not tariffs on its goods,
 * which it writes "tariffs on U.S. steel".
 */
export const HOME_SECTOR_TARIFF_AFTER = new RegExp(String.raw`^\s+(?:\S+\s+)?${goods}\s+${tariff}`, 'u');
/** A possessive right before a country's form: the tariffs are the possessor's ("China's U.S. soybean tariffs"). */
export const POSSESSOR_BEFORE = /(?:['’]s?|\b(?:its|their|his|her))\s+$/iu;

/**
 * A partner's "rate" ("Cambodia's rate, set at 49%", "Britain's 10% rate", "India's tariff rate")
 * is the home country's rate on it, as its own levies are "its tariffs on US goods": the text right
 * after a foreign country's name, unless an "on" names what the rate is charged on.
 */
export const PARTNER_RATE_AFTER = new RegExp(
  String.raw`^['’]s?(?:\s+(?!on\b)[\p{L}\p{N}%.-]+){0,3}?\s+(?:${tariff}\s+)?rates?\b(?!\s+on\b)`,
  'u',
);

/**
 * A partner's name or demonym before "rate" with no possessive mark, after "the" ("the UK rate",
 * "the Japanese tariff rate"): the partner's rate as `PARTNER_RATE_AFTER` tells it, not one it charges.
 */
export const PARTNER_RATE_ATTRIBUTIVE = new RegExp(String.raw`^\s+(?:${tariff}\s+)?rates?\b(?!\s+on\b)`, 'u');
export const THE_BEFORE = /\bthe\s+$/iu;

/**
 * A partner's tariff named by a programme of the home country ("Canada's 35% fentanyl tariff",
 * "Britain's 10% baseline tariff", "Brazil's IEEPA duties", "India's IEEPA reciprocal tariff") is the
 * rate charged on that partner. ("Reciprocal" alone is left out: Beijing called its own counter-tariffs so too.)
 */
export const PARTNER_PROGRAMME_AFTER = new RegExp(
  String.raw`^['’]s?(?:\s+[\p{L}\p{N}%.-]+){0,2}?\s+(?:baseline|fentanyl(?:-related)?|IEEPA|emergency|["“]?Liberation\s+Day["”]?|Section\s+(?:232|301|122))\s+(?:[\p{L}-]+\s+)?(?:${tariff})`,
  'u',
);

/**
 * A partner's "reciprocal" tariff with nothing it is charged on ("India's reciprocal tariff of 26%",
 * "Japan's \"reciprocal\" tariff falls to 15%"): the home country's name for its levies on each
 * partner, so the rate charged on that partner unless the sentence tells of retaliation (Beijing
 * called its own counter-tariffs reciprocal too).
 */
export const PARTNER_RECIPROCAL_AFTER = new RegExp(
  String.raw`^['’]s?(?:\s+[\p{L}\p{N}%.-]+){0,2}?\s+["“]?reciprocal["”]?\s+(?:${tariff})(?!\s+(?:on|against)\b)`,
  'u',
);

/**
 * "India's 50% tariff" with nothing it is charged on: news uses a partner's name so both for its own
 * levy and for the rate it pays. The sentence decides: with the home government acting in it ("…
 * the highest Trump has imposed") and no retaliation, it is the rate charged on the partner.
 */
export const POSSESSIVE_TARIFF_BARE = new RegExp(
  String.raw`^['’]s?(?:\s+(?:\d+(?:\.\d+)?\s?${PERCENT_WORD}|[\p{L}\p{N}%.-]+)){0,3}?\s+${tariff}(?!\s+(?:on|against|of|for)\b)`,
  'u',
);
export const HOME_GOVERNMENT = /\b(?:Trump|White House|Washington|the administration)\b/u;

/**
 * A change to the rate just stated, its words right before the new level: "raise the rate to 15%",
 * "lift it to the statutory maximum of 15%". News tells the next step of a rate so, naming no one.
 */
const CHANGE_OF_STATED_RATE = String.raw`\b(?:rais|lift|hik|increas|lower|cut|reduc|bump)\w*\s+(?:the\s+(?:rate|levy|tariff|duty|surcharge)|it|that|them)\s+to\s+(?:up\s+to\s+|(?:the\s+)?(?:[\p{L}-]+\s+){1,2}of\s+)?`;
/** That change anywhere in a sentence, before a number. */
export const CHANGES_STATED_RATE = new RegExp(`${CHANGE_OF_STATED_RATE}(?=\\d)`, 'iu');
/** That change right before a number (text up to the number). */
export const CHANGES_STATED_RATE_TO = new RegExp(`${CHANGE_OF_STATED_RATE}$`, 'iu');
/**
 * Words of an answer to another's measure. A response to a country's buying ("in response to the
 * country's purchase of Russian oil") is the reason for a penalty on it, no answer to a tariff.
 */
export const RETALIATION =
  /\b(?:retaliat\w*|counter[- ]?\w*|respon(?:se|d\w*)(?!\s+to\s+(?:the\s+)?(?:[\p{L}.-]+['’]s?\s+|its\s+|their\s+)?(?:\p{L}+\s+)?(?:purchases?|purchasing|buying|imports?|importing)\s+of\b)|hit\s+back|struck\s+back|reciprocat\w*)\b/iu;

/**
 * Text between two country forms that joins them into one party list ("Canada, Mexico and others",
 * "on India – also China"); an ampersand is "and" as posts and trackers write it ("Iraq & Libya").
 */
export const COORDINATION =
  /^(?:['’]s)?(?:\s*,\s*(?:and\s+|or\s+|&\s*)?|\s+(?:and|or)\s+|\s*&\s*|\s*[–—-]\s*(?:and\s+)?also\s+|\)?,?\s+as\s+well\s+as\s+)(?:the\s+)?(?:other\s+)?$/u;

/** Words that point back at countries named earlier ("both countries", "the two sides"). */
export const ANAPHORS =
  /\b(?:both|the two|either)\s+(?:countries|country|sides|side|nations|economies)\b|\bthe world['’]s two largest economies\b/iu;

/** Words that make a rate apply both ways between two parties. */
export const BOTH_WAYS = /\b(?:each other|one another)\b/u;

/**
 * Goods named only as arriving in the United States ("on articles imported into the United States",
 * "on all goods entering the US"): imports from everywhere, unless an origin follows (after "U.S."
 * with its full stop too: "into the U.S. from the Andean nation"), other than "from abroad".
 */
const INTO_HOME = String.raw`\bon\s+(?:all\s+)?(?:goods|articles|products|items|merchandise)\s+(?:(?:imported|brought|shipped|coming)\s+into|entering)\s+(?:the\s+)?(?:United\s+States|U\.S\.?|US|America)\b(?!\.?\s+from\s+(?!abroad\b|overseas\b|elsewhere\b|anywhere\b))`;

/** A name of a capitalised word or more: "South Africa", "Brazil". */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
/**
 * A group's members listed in brackets right after it, names alone ("on BRICS nations (Brazil,
 * Russia, India, China, and South Africa)"): the group is those countries, no unnamed ones.
 */
export const MEMBERS_LISTED_AFTER = new RegExp(
  String.raw`^\s*\(\s*${LISTED_NAME}(?:\s*,\s*(?:and\s+)?${LISTED_NAME}|\s+and\s+${LISTED_NAME})+\s*\)`,
  'u',
);

/**
 * A rate's target given as no country in particular ("on all countries", "on countries that buy
 * Russian oil", "on foreign drugs"): no statement. "On his country", "on the nation" point at one,
 * and so does a country's form after "imported" ("on imported Swiss goods"); a group named by its
 * examples ("on countries like India") is on them.
 */
export const GENERIC_TARGET = new RegExp(
  String.raw`${INTO_HOME}|\bon\s+(?:all\s+)?(?:foreign|imported)\b(?!\s+\p{Lu})|\b(?:on|against|for|to|from|among|amongst)\s+["“]?(?!both\b|the\s+two\b|either\b|(?:his|her|its|their|our|the|this|that)\s+(?:country|nation)\b)(?:(?:all|any|most|other|many|several|some|every|(?:nearly|almost|virtually)\s+(?:all|every)|dozens\s+of|scores\s+of)\s+(?:of\s+(?:the\s+)?(?:\S+\s+){0,2}?)?)?(?:\S+\s+)?(?:countries|country|nations|trading\s+partners|trade\s+partners|economies|(?<=\bevery\s+(?:\S+\s+)?)trad(?:e|ing)\s+partner|(?<=\b(?:all|most|many|several|other)\s+(?:\S+\s+)?)partners)\b(?!\s+(?:like|such\s+as)\s)|\b(?:on|for|to|from)\s+the\s+rest\s+of\s+the\s+world\b`,
  'u',
);

/**
 * Goods named as most of them, with no kind ("a blanket 10% tariff on most goods", "on nearly all
 * imported goods"): where a word of a rate on everyone makes it one, it is on most countries, as
 * "most imports" is. Without such a word, "most goods" are often a partner's ("- A 20% tariff on most
 * goods" under "Peru will continue paying:"), so they make no rate on everyone by themselves.
 */
const GOODS_NOUN = String.raw`(?:(?:imported|import|foreign)\s+)?(?:goods|products)\b`;

/** "a minimum tariff of 10%", "the minimum 10% duty": the floor every partner pays, the baseline by another name. */
const MINIMUM_RATE = String.raw`\bminimum\s+(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+)?(?:tariffs?|rates?|lev(?:y|ies)|dut(?:y|ies))\b`;
/** "the 10% base rate", "a base tariff of 10%": the baseline by its shorter name. */
const BASE_RATE = String.raw`\bbase\s+(?:tariff\s+)?(?:rates?|tariffs?|levy|levies|duty|duties)\b`;
/** Section 122 of the Trade Act allows only a surcharge on all imports: "the 10% Section 122 tariff took effect". */
const ALL_IMPORTS_LAW = String.raw`\bSection\s+122\b`;
const ALL_IMPORTS_LAW_NAMED = new RegExp(ALL_IMPORTS_LAW, 'u');
/** Whether `text` names that law. */
export const namesAllImportsLaw = (text: string): boolean => ALL_IMPORTS_LAW_NAMED.test(text);
/** The same, every mention of it (to blank them out). */
export const ALL_IMPORTS_LAW_ALL = new RegExp(ALL_IMPORTS_LAW, 'gu');
/**
 * A rate for imports from everywhere ("the 10% baseline tariff", "the average effective US tariff
 * rate", "Global tariffs of 10% remain"): a sentence naming no foreign country borrows none from context.
 * Capitalised, the words count only where they open the text ("Global Trade Research Initiative" is a name).
 */
export const UNIVERSAL = new RegExp(
  String.raw`${BASE_RATE}|${MINIMUM_RATE}|${ALL_IMPORTS_LAW}|^\W*(?:Baseline|Universal|Global|Worldwide|Across-the-board|Blanket)\b|\b(?:baseline|universal|global|worldwide|across-the-board|blanket|import\s+surcharges?)\b|\b(?:average|effective)\s+(?:\S+\s+){0,3}rates?\b|\b(?:all|most)\s+(?:\S+\s+){0,3}imports\b`,
  'u',
);

/** The targets of a rate on imports from everywhere: see `worldwideTarget`. */
export const WORLDWIDE_TARGETS = ['all countries', 'most countries'] as const;
/** True for a target that stands for every country ("all countries", "most countries"). */
export const isWorldwide = (target: string): boolean => (WORLDWIDE_TARGETS as readonly string[]).includes(target);
const MOST_COUNTRIES = new RegExp(
  String.raw`\b(?:most|nearly\s+all|almost\s+all|virtually\s+all|dozens\s+of|scores\s+of)\s+(?:of\s+(?:the\s+)?(?:\S+\s+){0,2}?)?(?:\S+\s+){0,2}?(?:countries|nations|(?:trading\s+)?partners|economies|imports)\b|\b(?:nearly|almost|virtually)\s+every\s+(?:\S+\s+){0,2}?(?:country|nation|trad(?:e|ing)\s+partner|economy)\b|\bbaseline\b|${BASE_RATE}|\brest\s+of\s+the\s+world\b|\b(?:most|nearly\s+all|almost\s+all|virtually\s+all)\s+${GOODS_NOUN}`,
  'iu',
);
/** A world region, as an adjective ("Southeast Asian") or a noun ("Southeast Asia", "the Caribbean", "the region"). */
const REGION_ADJECTIVE = String.raw`(?:(?:South[\s-]?East|South|East|Central)\s+Asian|Asian|African|Caribbean|(?:Latin|South|Central)\s+American|(?:Eastern\s+|Western\s+)?European|Middle\s+Eastern|Gulf|Arab|Nordic|Baltic|Balkan|Pacific|ASEAN|Andean)`;
const REGION_NOUN = String.raw`(?:(?:South[\s-]?East|South|East|Central)\s+Asia|Asia|Africa|(?:Latin|South|Central)\s+America|(?:Eastern\s+|Western\s+)?Europe|ASEAN|(?:the\s+)?(?:Caribbean|Middle\s+East|Gulf|Pacific|Balkans|region))`;
const COUNTRIES_NOUN = String.raw`(?:countries|nations|economies|(?:trading\s+)?partners)`;
/**
 * Most of one region's countries ("most Southeast Asian nations", "most countries in Latin America",
 * "nearly all of the region's economies" aside): a group of partners, not most of the world, so no
 * baseline on `most countries`.
 */
const REGIONAL_GROUP = new RegExp(
  String.raw`\b(?:most|nearly\s+all|almost\s+all|virtually\s+all)\s+(?:of\s+(?:the\s+)?)?${REGION_ADJECTIVE}\s+${COUNTRIES_NOUN}\b|\b${COUNTRIES_NOUN}\s+(?:in|of|across|throughout)\s+${REGION_NOUN}\b`,
  'iu',
);
/** Countries or imports named as all of them: "all countries", "every trading partner", "all U.S. imports". */
/** "all goods from other countries": with no country named beside them, everything from abroad. */
const ALL_OF_THEM = String.raw`\b(?:all|every)\s+(?:\S+\s+){0,2}?(?:countries|country|nations|(?:trading\s+)?partners|economies|imports)\b|\ball\s+(?:\S+\s+)?(?:from|of)\s+(?:other|foreign)\s+(?:countries|nations|economies)\b`;
const ALL_COUNTRIES = new RegExp(
  String.raw`${ALL_OF_THEM}|\b(?:universal|global|worldwide|import\s+surcharges?)\b|${MINIMUM_RATE}|${ALL_IMPORTS_LAW}|${INTO_HOME}`,
  'iu',
);
/**
 * Goods named as made anywhere but the home country ("on smartphones manufactured outside the U.S.",
 * "on cars built abroad"): imports from everywhere.
 */
const MADE_ABROAD = String.raw`\b(?:made|manufactured|produced|built|assembled)\s+(?:abroad|overseas|outside\s+(?:of\s+)?(?:the\s+)?(?:United\s+States|U\.S\.?|US|America)\b)`;
/**
 * Goods named by where they arrive and by no origin ("drugs entering the United States", "products
 * imported into the US" from a day on), not "goods coming into the U.S. from the Andean nation".
 */
const ARRIVING = String.raw`\b(?!\p{Lu})\p{L}+\s+(?:entering|coming\s+into|imported\s+into|shipped\s+into|brought\s+into)\s+(?:the\s+)?(?:United\s+States|U\.S\.?|US|America)\b(?!\.?\s+from\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b|\d|next\b))`;
/** A lowercase word naming goods before "imports" ("steel", "copper"), not a determiner ("their imports"). */
const GOODS_BEFORE_IMPORTS = String.raw`(?!(?:the|a|an|its|their|his|her|our|these|those|such|some|any|other|all|most|both|new|further|additional|total|and|or)\b)[\p{Ll}-]+`;
/**
 * Goods imported from anywhere, named by what they are ("on imported steel", "on foreign metals",
 * "on all imported vehicles", "on imports of branded drugs", "will affect imports of copper pipes",
 * "on copper imports", "on steel, aluminum and copper imports", "on any branded drug", "on
 * smartphones made outside the US"): a sector
 * rate on every country ("on steel imports from Canada" names a partner, whose rate it is). "Any"
 * of countries is no goods ("on any country that buys …").
 */
export const IMPORTED_GOODS = new RegExp(
  String.raw`\bon\s+(?:all\s+)?(?:imported|foreign(?:-made)?)\s+(?!\p{Lu})\p{L}|\b(?:on\s+)?(?:all\s+)?imports\s+of\s+(?!\p{Lu})\p{L}|${MADE_ABROAD}|${ARRIVING}|\bon\s+(?:all\s+)?${GOODS_BEFORE_IMPORTS}(?:,?\s+(?:and\s+|or\s+)?${GOODS_BEFORE_IMPORTS}){0,5}\s+imports\b|\bon\s+any\s+(?!of\b|(?:[\p{L}-]+\s+){0,3}?(?:countr(?:y|ies)|nations?|economy|economies|(?:trading\s+)?partners?)\b)(?!\p{Lu})\p{L}`,
  'u',
);
/**
 * Countries or imports named as all of them ("on imports from all countries", "a baseline 10% tariff
 * on all imports"): the words say all, whatever "baseline" says.
 */
export const EVERY_COUNTRY = new RegExp(String.raw`(?<!\b(?:nearly|almost|virtually)\s)${ALL_OF_THEM}`, 'iu');
/** Averages are no rate anyone charges ("the average effective rate", "the total effective, or average, US tariff on all imports"). */
export const AVERAGE = new RegExp(
  String.raw`\b(?:average|effective)\s+(?:\S+\s+){0,3}rates?\b|\baverage\b,?\s+(?:\S+\s+){0,3}?${tariff}`,
  'iu',
);

/**
 * All countries but those named ("goods from all countries not listed", "all other countries",
 * "every other nation"): the rate on the rest, as a baseline is, not on everyone.
 */
const ALL_OTHERS =
  /\b(?:all|every)\s+other\s+(?:\S+\s+)?(?:countries|country|nations?|trading\s+partners|economies)\b|\b(?:countries|nations|trading\s+partners|economies)\s+(?:that\s+(?:are|were)\s+)?not\s+(?:listed|named|mentioned|covered|included)\b/iu;

/** "most countries" for the baseline on nearly all partners, "all countries" for a global rate; undefined otherwise. */
export function worldwideTarget(text: string): (typeof WORLDWIDE_TARGETS)[number] | undefined {
  if (AVERAGE.test(text)) return undefined;
  // The law's surcharge is on all imports, whatever "baseline" says beside it.
  if (ALL_IMPORTS_LAW_NAMED.test(text)) return 'all countries';
  if (ALL_OTHERS.test(text)) return 'most countries';
  if (EVERY_COUNTRY.test(text)) return 'all countries';
  if (MOST_COUNTRIES.test(text)) return REGIONAL_GROUP.test(text) ? undefined : 'most countries';
  if (ALL_COUNTRIES.test(text) || IMPORTED_GOODS.test(text)) return 'all countries';
  return undefined;
}

/** Rates listed against parties in the same order ("30% and 10% respectively"). */
export const RESPECTIVELY = /\brespectively\b/u;
