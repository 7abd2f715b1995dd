/**
 * The trade-news vocabulary of the search index, as data. Documents and queries go through the same
 * rewriting, so "levy" finds "tariff". Countries, with their aliases, demonyms and capitals, are not
 * listed here: the analyzer reads them from the country table (`src/geo/countries.ts`), so "U.S.",
 * "US", "United States" and "Washington" all become one term.
 */

import { MONTH_STEMS } from '../dates/names.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';

/**
 * Phrases rewritten before tokenizing, matched as whole words. Matching is case-sensitive where case
 * tells words apart ("US" the country against "us" the pronoun), otherwise case-insensitive.
 */
export interface PhraseRule {
  phrase: string;
  replace: string;
  caseSensitive?: boolean;
}

/** Months as the news abbreviates them. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Jan: 'January',
  Feb: 'February',
  Mar: 'March',
  Apr: 'April',
  Jun: 'June',
  Jul: 'July',
  Aug: 'August',
  Sep: 'September',
  Sept: 'September',
  Oct: 'October',
  Nov: 'November',
  Dec: 'December',
};

export const PHRASES: readonly PhraseRule[] = [
  ...['World Trade Organization', 'World Trade Organisation'].map((phrase) => ({ phrase, replace: 'wto' })),
  // The law behind most of the 2025 tariffs, by its initials as a reader types them.
  { phrase: 'International Emergency Economic Powers Act', replace: 'ieepa' },
  { phrase: 'Commerce Department', replace: 'Department of Commerce' },
  { phrase: 'Commerce Ministry', replace: 'Ministry of Commerce' },
  { phrase: 'Treasury Department', replace: 'Department of the Treasury' },
  { phrase: 'Court of International Trade', replace: 'trade court' },
  // …and by its initials, as trade lawyers and readers write them ("the CIT ordered refunds").
  ...['CIT', 'USCIT'].map((phrase) => ({ phrase, replace: 'trade court', caseSensitive: true })),
  // A country's top court as readers and headlines name it ("did scotus kill the tariffs", "the
  // nation's highest court").
  ...['SCOTUS', 'top court', 'highest court'].map((phrase) => ({ phrase, replace: 'Supreme Court' })),
  // The government as readers clip it ("did the govt appeal").
  ...['govt', 'gov’t', "gov't"].map((phrase) => ({ phrase, replace: 'government' })),
  { phrase: 'gross domestic product', replace: 'GDP' },
  { phrase: 'EV', replace: 'electric automobile', caseSensitive: true },
  { phrase: 'EVs', replace: 'electric automobiles', caseSensitive: true },
  // The stemmer cuts "added" and "adding" to "ad", the advertisement's word ("the Ontario ad"): the
  // verb's forms stay one term with "add" ("why did he add another 10%").
  ...['added', 'adding'].map((phrase) => ({ phrase, replace: 'add' })),
  // Plain phrasal verbs for trade terms.
  { phrase: 'tit-for-tat', replace: 'retaliation' },
  { phrase: 'tit for tat', replace: 'retaliation' },
  // Countries' "ties" are their relations ("tied to" is another sense, so the word alone).
  { phrase: 'ties', replace: 'relations' },
  // A government "calls on" another to act as it "urges" it (see `PLAIN_WORDS`).
  ...['call on', 'calls on', 'called on', 'calling on'].map((phrase) => ({ phrase, replace: 'urge' })),
  // Talking by telephone is a call ("spoke by phone", "in a phone conversation", a user's "get him on
  // the phone"); "phone" alone is mostly the goods (smartphones, see `PLAIN_WORDS`).
  ...[
    'on the phone',
    'over the phone',
    'by phone',
    'by telephone',
    'phone call',
    'phone calls',
    'telephone call',
    'telephone calls',
    'phone conversation',
    'phone conversations',
  ].map((phrase) => ({ phrase, replace: 'call' })),
  { phrase: 'on hold', replace: 'pause' },
  // The de minimis rule is the duty-free entry of low-value parcels, as the news glosses it and as a
  // reader names it ("the duty free parcel thing"): the phrase keeps its words and gains those.
  { phrase: 'de minimis', replace: 'de minimis duty-free' },
  // Time granted before a measure bites is a reprieve ("a three-week reprieve", "the truce gives
  // negotiators breathing room"): a reader asks how much "extra time" or "more time" they got.
  ...['more time', 'extra time', 'additional time', 'breathing room', 'breathing space'].map((phrase) => ({
    phrase,
    replace: 'pause',
  })),
  // Giving up "on" someone is abandoning them ("buyers might give up on India"), as a reader says a
  // buyer will "ditch" a supplier (see `PLAIN_WORDS`); without "on" it is a concession (below).
  ...['give up on', 'gives up on', 'gave up on', 'given up on', 'giving up on'].map((phrase) => ({
    phrase,
    replace: 'abandon',
  })),
  // What a side "gave up" in a deal is its concession (see `PLAIN_WORDS`).
  ...['give up', 'gives up', 'gave up', 'given up', 'giving up'].map((phrase) => ({ phrase, replace: 'concession' })),
  // A party "singled out" is one aimed at: the news says "the target of these actions".
  ...['single out', 'singles out', 'singled out', 'singling out'].map((phrase) => ({ phrase, replace: 'target' })),
  // For good is for ever: "kill them for good" asks whether a measure ends permanently.
  { phrase: 'for good', replace: 'permanently' },
  // What a user says a government is "lining up" (counter-tariffs, a list) the news says it is preparing.
  ...['line up', 'lines up', 'lined up', 'lining up'].map((phrase) => ({ phrase, replace: 'prepare' })),
  // "At the negotiating table" is in the talks; a lone "table" is mostly what is "on the table".
  { phrase: 'negotiating table', replace: 'negotiations' },
  // Going to court: "sued", "filed suit" (a lone "suit" may be clothing or "follow suit"), "legal action".
  ...[
    'legal action',
    'go to court',
    'goes to court',
    'went to court',
    'going to court',
    'gone to court',
    'file suit',
    'filed suit',
  ].map((phrase) => ({ phrase, replace: `${phrase} lawsuit` })),
  ...['money back', 'get back their money', 'paid back'].map((phrase) => ({ phrase, replace: 'refund' })),
  // What a party gives for what it gets: "in exchange", "in return", "its side of the bargain".
  ...['in return', 'side of the bargain', 'end of the bargain', 'side of the deal'].map((phrase) => ({
    phrase,
    replace: 'in exchange',
  })),
  // Goods made abroad are, where the tariff is charged, its imports: a reader's "foreign-made cars",
  // the news's "automobile imports" or "imported vehicles".
  ...['foreign-made', 'foreign made', 'made abroad', 'made overseas'].map((phrase) => ({
    phrase,
    replace: 'imported',
  })),
  // "The papers" are the newspapers; the singular is as often the goods ("pulp and paper").
  { phrase: 'papers', replace: 'newspapers' },
  { phrase: 'trade gap', replace: 'imbalance' },
  // Freight carried far or near, not money brought in (a "haul" of duties, see `PLAIN_WORDS`).
  ...['long', 'short'].flatMap((reach) =>
    [`${reach}-haul`, `${reach} haul`].map((phrase) => ({ phrase, replace: `${reach}-distance` })),
  ),
  // A research body, not a fall ("tank" is one, see `PLAIN_WORDS`).
  ...['think tank', 'think tanks', 'think-tank', 'think-tanks'].map((phrase) => ({ phrase, replace: 'thinktank' })),
  // Trade deals have a chapter on "intellectual property"; a reader names its kinds. Each keeps its
  // word ("patented" drugs are no question of property rights, so whole nouns only).
  ...['patent', 'patents', 'copyright', 'copyrights', 'trademark', 'trademarks'].map((phrase) => ({
    phrase,
    replace: `${phrase} intellectual property`,
  })),
  { phrase: 'routed through', replace: 'transship' },
  ...['cut ties', 'cutting ties', 'sever ties', 'severed ties', 'de-couple', 'de-coupling'].map((phrase) => ({
    phrase,
    replace: 'decouple',
  })),
  // Markets by the names the news gives them: "Wall Street rallied", "the S&P 500 rose"; a reader's
  // "stocks" or "equities" is the stock market too ("Tokyo's stock market posted gains"). A named
  // index is also itself: "how far did the S&P 500 fall" asks for it, not the Dow. "The Dow" is its
  // "blue-chip average"; "blue-chip" stocks are no chips ("semiconductor").
  ...[
    ['S&P 500', 'sp500'],
    ['Standard & Poor’s 500', 'sp500'],
    ["Standard & Poor's 500", 'sp500'],
    ['Dow Jones', 'dow'],
    ['Dow', 'dow'],
    ['blue-chip average', 'dow'],
    ['Nasdaq', 'nasdaq'],
    ['Nikkei', 'nikkei'],
    ['FTSE 100', 'ftse'],
  ].map(([phrase = '', index = '']) => ({ phrase, replace: `${index} stockmarket` })),
  ...[
    'Wall Street',
    'blue-chip',
    'blue chip',
    'blue chips',
    'stock market',
    'stock markets',
    'stocks',
    'equities',
    // A company's "stock price" or "share price" is its shares ("saw their stock prices dive").
    'stock price',
    'stock prices',
    'share price',
    'share prices',
  ].map((phrase) => ({ phrase, replace: 'stockmarket' })),
  // A "deep dive" is a close look, not a fall (see "dive" in `PLAIN_WORDS`).
  { phrase: 'deep dive', replace: 'analysis' },
  // Talks "take place" where the news says they are "held" ("talks held at Lancaster House").
  ...['take place', 'takes place', 'took place', 'taking place', 'taken place'].map((phrase) => ({
    phrase,
    replace: 'hold',
  })),
  // A builder of homes, in one word or two ("homebuilders", "home builders", "home-builders").
  ...['home builder', 'home builders', 'home-builder', 'home-builders'].map((phrase) => ({
    phrase,
    replace: 'homebuilder',
  })),
  // A house one lives in is a home ("the cost of building a single-family home"); in capitals the
  // House is Congress's chamber ("the House voted"), and keeps its word.
  { phrase: 'house', replace: 'home', caseSensitive: true },
  { phrase: 'houses', replace: 'homes', caseSensitive: true },
  { phrase: 'housing', replace: 'housing home', caseSensitive: true },
  // Goods "spared from" a tariff are exempt from it ("which products got spared"); a lone "spare" is
  // mostly another sense ("spare parts", "spared no effort").
  ...['spare from', 'spares from', 'spared from', 'sparing from'].map((phrase) => ({ phrase, replace: 'exempt from' })),
  { phrase: 'carve-out', replace: 'exempt' },
  { phrase: 'carve-outs', replace: 'exempt' },
  { phrase: 'carve out', replace: 'exempt' },
  { phrase: 'carved out', replace: 'exempt' },
  { phrase: 'across the board', replace: 'baseline' },
  { phrase: 'across-the-board', replace: 'baseline' },
  { phrase: 'take effect', replace: 'start' },
  { phrase: 'takes effect', replace: 'start' },
  { phrase: 'took effect', replace: 'start' },
  { phrase: 'taking effect', replace: 'start' },
  // A measure "in force" is "in effect", as a reader asks ("is the 50% in effect yet?"): outlets
  // write either. The phrase only: a lone "force" is mostly another sense ("labour force", "forced").
  { phrase: 'in force', replace: 'in effect' },
  { phrase: 'kick in', replace: 'start' },
  { phrase: 'kicks in', replace: 'start' },
  { phrase: 'kicked in', replace: 'start' },
  { phrase: 'PM', replace: 'prime minister', caseSensitive: true },
  // Orange juice by its initials, as a breakfast table and a commodity desk both name it.
  { phrase: 'OJ', replace: 'orange juice', caseSensitive: true },
  // Markets' nicknames for a commodity or a currency, as a reader also types them: the "yellow metal"
  // is gold, the "greenback" the US dollar, the "loonie" the Canadian dollar (the currencies keep
  // their nickname, which `KINDS` reads as a currency).
  { phrase: 'yellow metal', replace: 'gold' },
  { phrase: 'greenback', replace: 'greenback dollar unitedstates' },
  { phrase: 'greenbacks', replace: 'greenbacks dollar unitedstates' },
  { phrase: 'loonie', replace: 'loonie Canadian dollar' },
  // A rate spelt out, as news writes one that opens a sentence or a quotation ("Fifteen percent for the
  // textile industry is as good as 50%"), is the rate in digits a reader types ("why is 15% still bad").
  ...Object.entries(NUMBER_WORDS).flatMap(([word, n]) =>
    ['percent', 'per cent', 'per-cent', 'pct'].flatMap((unit) =>
      [' ', '-'].map((gap) => ({ phrase: `${word}${gap}${unit}`, replace: `${n}%` })),
    ),
  ),
  // Months as the news abbreviates them ("Aug. 1"), dotted only: "Jan" or "Mar" alone may be a name
  // (undotted before a day, see `PATTERNS`).
  ...Object.entries(MONTH_ABBREVIATIONS).map(([short, month]) => ({
    phrase: `${short}.`,
    replace: month,
    caseSensitive: true,
  })),
];

/**
 * A phrasal verb whose object may stand between the verb and its particle ("threw them out", "turned
 * it down", "put the vote off" is left: a noun there may be anything).
 */
const separable = (verbs: string, particle: string, replace: string) => ({
  pattern: `(?:${verbs})\\s+(?:(?:it|them|this|that|these|those)\\s+)?${particle}`,
  replace,
});

/** The numbers a court's bench and its majority are spelt out with ("seven of the 11 judges"). */
const BENCH_COUNT = Object.keys(NUMBER_WORDS).join('|');

/** The members of the North American trade pact, by name or demonym, and the United States by its term. */
const NORTH_AMERICA = 'Canada|Canadian|Mexico|Mexican|unitedstates|American';

/** The nouns of a levy, in a pattern's source: "tariff(s)", "duty", "duties", "levy", "levies". */
const LEVIES = String.raw`tariffs?|dut(?:y|ies)|lev(?:y|ies)`;

/** Rewrites that need a pattern: a regular-expression source and its replacement (with `$1`). */
export const PATTERNS: readonly { pattern: string; replace: string }[] = [
  // The head of a body is its chief ("Anna Ruiz, head of the dairy lobby"), as a reader's "boss" is
  // (see `PLAIN_WORDS`); "heads to", "headed by" are other senses.
  { pattern: String.raw`\bheads?\s+of\b`, replace: 'chief of' },
  // Who is better off: a reader asks who "gains from" something, the news tells who "benefits" or
  // gets an "advantage" or a "competitive edge" (see `PLAIN_WORDS`); "gains" alone are mostly a
  // market's, and "taking advantage of" someone is exploiting them, no benefit of theirs.
  { pattern: String.raw`gain(?:s|ed|ing)?\s+from`, replace: 'benefit from' },
  { pattern: String.raw`competitive\s+edge`, replace: 'competitive advantage' },
  { pattern: String.raw`(?:take|takes|took|taken|taking)\s+(?:unfair\s+)?advantage\s+of`, replace: 'exploit' },
  // "Give up" with what is given between ("did Mexico give anything up", "they gave nothing up"), as a
  // user types it: the concession, like "give up" (see `PHRASES`).
  {
    pattern:
      '(?:give|gives|gave|given|giving)\\s+(?:anything|something|nothing|everything|(?:too\\s+|so\\s+)?much|a\\s+lot)\\s+up',
    replace: 'concession',
  },
  // A trade imbalance in plain words: "sells far more to America than it buys", "how much more does
  // it sell than it buys", "imports more than it exports".
  ...[
    ['sell|sells|sold|selling|export|exports|exported|exporting', 'buy|buys|bought|import|imports|imported'],
    ['buy|buys|bought|buying|import|imports|imported|importing', 'sell|sells|sold|export|exports|exported'],
  ].map(([verb, other]) => ({
    pattern: String.raw`(?:\bmore\s+(?:\S+\s+){0,3}?(?:${verb})|(?:${verb})\s+(?:far\s+|much\s+|a\s+lot\s+)?more)\s+(?:\S+\s+){0,3}?than\s+(?:it|they|we|\S+)\s+(?:${other})\b`,
    // The words stay: the countries between them are what the question is about.
    replace: '$& imbalance',
  })),

  // What one side wants another to do is what it urges or "calls on" it to do ("what does Ford want
  // Ottawa to do", "the premier is calling on the federal government to double its tariffs"); what a
  // side wants for itself ("want a deal", "want more time to talk") stays what it seeks.
  {
    pattern: String.raw`(?:want|wants|wanted|wanting)\s+((?:(?!to\b|a\b|an\b|more\b|some\b|any\b|pause\b)[\p{L}'’.-]+\s+){1,3}?to\b)`,
    replace: 'urge $1',
  },

  // An undotted abbreviation is a month before a day ("begin Aug 1", as wire services write it).
  ...Object.entries(MONTH_ABBREVIATIONS).map(([short, month]) => ({
    pattern: `${short}(\\s+\\d{1,2})`,
    replace: `${month}$1`,
  })),

  // Shares as stock ("Japanese shares rose", "how did shares react"), not the verb, which takes an
  // object ("India shares the concern", "shares a border with").
  {
    pattern:
      'shares(?!\\s+(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|many|much|with|concerns?|views?|borders?|information|data|details|goals?|interests?)\\b)',
    replace: 'stockmarket',
  },

  // A judge who voted against a court's decision dissented from it ("who dissented?"); voting
  // against a person ("which appointees voted against him") is no dissent.
  {
    pattern:
      '(?:vote|votes|voted|voting)\\s+against\\s+(?:the|its|this|that)\\s+(?:decision|ruling|majority|verdict|judgm?ent)',
    replace: '$& dissent',
  },
  // "said back", "fired back", "wrote back": a reply, as news's "responded" ("said back in May" dates the words).
  {
    pattern:
      '(?:say|says|said|saying|fire|fires|fired|firing|write|writes|wrote|writing)\\s+back\\b(?!\\s+(?:in|then|when|during|before|after|on)\\b)',
    replace: 'respond',
  },
  // A firm that "eats" a cost absorbs it ("eat the tariffs", "ate some of the costs", "eating the
  // increase"), as news says it; eating food is no cost.
  {
    pattern: String.raw`(?:eat|eats|ate|eaten|eating)(\s+(?:(?:the|these|those|its|their|his|her|some|all|part|most|much|more|of)\s+){0,3}(?:[\p{L}’'-]+\s+)?(?:costs?|${LEVIES}|increases?|hikes?))`,
    replace: 'absorb$1',
  },
  // "hit back", "is hitting back", "struck back": retaliation, in every form of the verb.
  { pattern: '(?:hit|hits|hitting|strikes?|striking|struck)\\s+back', replace: 'retaliation' },
  // Answering tariffs with tariffs is retaliation too: "responds with tariffs of its own", "responded
  // with counter-duties", "answered with levies on US goods".
  {
    pattern: String.raw`(?:respond|answer)(?:s|ed|ing)?\s+with\s+(?:(?:its|their|his|her|the|new|own|higher|additional)\s+){0,3}(?:counter-?)?(?:${LEVIES}|measures)`,
    replace: '$& retaliation',
  },
  // Goods shipped before a tariff starts are "in transit", as a rule's exemption words it; a reader
  // says they are "on the water", "already on ships" or "still at sea" ("fees on ships" are no goods).
  {
    pattern: String.raw`(?:(?:already|still)\s+)?on\s+the\s+water|(?:already|still)\s+(?:on|aboard)\s+(?:(?:the|a|their|its)\s+)?(?:ships?|boats?|vessels?)|(?:already|still)\s+(?:at\s+sea|en\s+route)`,
    replace: 'transit',
  },
  // The exemption itself often names no transit: "goods shipped before April 10 and arriving by April
  // 20", "cargo loaded onto vessels before the deadline", "left port before Friday" ("front-loaded
  // imports before the levies" is stockpiling, not goods on their way).
  {
    pattern: String.raw`(?:shipped|loaded\s+(?:on|onto|aboard)\s+(?:\p{L}+\s+)?(?:ships?|vessels?|boats?)|(?:departed|left)\s+(?:(?:the|their|its)\s+)?ports?)\s+before`,
    replace: '$& transit',
  },
  separable('strikes?|struck|striking|stricken', 'down', 'invalidate'),
  separable('throws?|threw|thrown|throwing', 'out', 'invalidate'),
  // Tossing a measure out, with or without its object ("tossed out the duties", "toss them out"), is
  // striking it down, as throwing it out is; so is killing or tossing one with no particle ("kill
  // them", "killed the tariffs", "kills Trump's levies", "toss the tariffs"). Killing people or jobs is
  // not, nor is a toss-up.
  separable('toss(?:es|ed|ing)?', 'out', 'invalidate'),
  {
    pattern: `(?:kill(?:s|ed|ing)?|toss(?:es|ed|ing)?)(\\s+(?:them|it|(?:(?:the|these|those|his|her|their)\\s+)?(?:[\\p{L}’']+\\s+){0,2}(?:${LEVIES})))`,
    replace: 'invalidate$1',
  },
  separable('turns?|turned|turning', 'down', 'reject'),
  separable('holds?|held|holding|puts?|putting', 'off', 'delay'),
  // Bailing someone out is the news's aid to them ("bail out the farmers", "bailed them out"), as a
  // "bailout" is (see `PLAIN_WORDS`).
  separable('bails?|bailed|bailing', 'out', 'aid'),
  // Taking a tariff off, or dropping one, removes it ("take off these tariffs", "take the tariffs off",
  // "dropped its levies on beef"); a tariff that drops with no object falls ("duties dropped to 10%", "a
  // drop in the tariffs").
  {
    pattern: String.raw`(?:(?:take|takes|took|taken|taking)\s+off|drop(?:s|ped|ping)?)\s+(?:(?:the|these|those|its|his|her|their|all)\s+)?(?:(?!(?:in|of|to|by|from)\s)[\p{L}’'-]+\s+){0,2}(?:\p{L}+-)?(?:${LEVIES})|(?:take|takes|took|taken|taking)\s+(?:the\s+|these\s+|those\s+)?(?:${LEVIES})\s+off`,
    replace: '$& remove',
  },
  separable('kicks?|kicked|kicking', 'off', 'start'),
  // A section of a trade law as readers shorten it ("sec 232", "sec. 301", "s232", "s.122"): the
  // news writes "Section 232". Only before a number: "sec" alone is also a secretary.
  { pattern: String.raw`(?:sec\.?\s*|s\.?)(\d{3})`, replace: 'section $1' },
  // Putting or pouring money into a country is investing there ("how much cash is Tokyo putting into
  // the US", "will pour billions into American plants"), as the news says "invest".
  {
    pattern: String.raw`\b(?:money|cash|capital|funds|dollars|billions)\b(?:\s+\S+){0,4}?\s+(?:put|puts|putting|pour|pours|poured|pouring)\s+into|\b(?:put|puts|putting|pour|pours|poured|pouring)\s+(?:\S+\s+){0,3}?(?:money|cash|capital|funds|dollars|billions)\s+into`,
    replace: '$& invest',
  },
  // Pulling the plug on something stops it ("will pull the plug on the ad campaign", "pulled the plug
  // on the talks"), as a reader asks when it stops or halts.
  { pattern: String.raw`pull(?:s|ed|ing)?\s+the\s+plug`, replace: 'stop halt' },
  // A user's idioms for a leader reversing himself, as the news says it ("a sudden reversal", "reversed course"):
  // backing or climbing down, changing one's mind or having a change of heart, a U-turn, walking it back.
  { pattern: '(?:backs?|backed|backing|climbs?|climbed|climbing)\\s+down', replace: 'reverse' },
  {
    pattern: 'chang(?:e|es|ed|ing)\\s+(?:his|her|their|its|my|your|our)\\s+minds?|change\\s+of\\s+heart',
    replace: 'reverse',
  },
  { pattern: 'u-turns?|about-(?:face|turn)s?', replace: 'reverse' },
  // Coming "back to the table" or "returning to the table" is resuming talks ("resume" is restarting,
  // see `PLAIN_WORDS`); a lone "table" is mostly what is "on the table".
  { pattern: String.raw`(?:back|return(?:s|ed|ing)?)\s+to\s+the\s+table`, replace: 'restart talks' },
  separable('walks?|walked|walking', 'back', 'reverse'),
  separable('puts?|putting', 'back', 'restore'),
  // Who heads something leads it ("a delegation headed by Bessent" answers "who led the delegation");
  // "headed for" or "heading into" is going somewhere.
  { pattern: 'head(?:s|ed|ing)?(\\s+(?:by|up|the|a|an|its|their|his|her)\\b)', replace: 'lead$1' },
  // A government that "steps in" intervenes; "a step in the right direction" is no act.
  { pattern: 'step(?:s|ped|ping)?\\s+in(?!\\s+(?:the|a|an|this|that|its)\\b)', replace: 'intervene' },
  // What tariffs bring in is their revenue ("brought in $30 billion", "raked it in").
  separable('brings?|brought|bringing|rakes?|raked|raking', 'in', 'revenue'),
  // The North American trade pact by its names: "USMCA", Canada's "CUSMA", Mexico's "T-MEC", and
  // its three members in any order before "agreement" or "(free) trade deal" ("the Canada-U.S.-Mexico
  // free trade deal", "the United States-Mexico-Canada Agreement"); the members' names are already
  // the country table's term here, and stay.
  {
    pattern: String.raw`(?:(?:${NORTH_AMERICA})[-–\s]+){2}(?:${NORTH_AMERICA})(?:\s+(?:free[-\s]+)?trade)?\s+(?:agreement|deal|pact|accord)|USMCA|CUSMA|T-MEC`,
    replace: '$& usmca',
  },
  // A counter-tariff (counter-duty, counter-levy, counter-measure) is a retaliatory one: the hyphen
  // would split it into a rare "counter" and the measure.
  {
    pattern: `counter[-\\s]?(${LEVIES}|measures?)`,
    replace: 'retaliation $1',
  },
  // Jobs lost are layoffs: "job losses", "job cuts", "lose their jobs", "laid off", "lay off staff".
  {
    pattern: String.raw`jobs?\s+(?:loss(?:es)?|cuts?)|(?:lose|loses|losing|lost)\s+(?:(?:their|his|her|your|our|my|its)\s+)?jobs?|(?:lay|lays|laying|laid)\s+off`,
    replace: 'layoff',
  },
  // …and workers fired or let go ("firing people", "fired 200 staff", "let go of the part-time workers",
  // "let 50 employees go", "were let go"); the workers stay.
  {
    pattern: String.raw`(?:fire|fires|fired|firing|let\s+go\s+of|lets\s+go\s+of|letting\s+go\s+of)(\s+(?:[\p{L}\p{N},'’-]+\s+){0,3}?(?:workers?|staff(?:ers)?|employees?|people|workforce))\b`,
    replace: 'layoff$1',
  },
  {
    pattern: String.raw`(?:let|lets|letting)(\s+(?:[\p{L}\p{N},'’-]+\s+){0,2}?(?:workers?|staff(?:ers)?|employees?|people))\s+go\b|(?:be|been|being|was|were|is|are|get|got|gets|getting)\s+let\s+go\b`,
    replace: 'layoff$1',
  },
  // A part of a whole told by its number is a share ("accounts for almost 19% of exports", "made up
  // 10% of production", "representing about 16.3 per cent of imports", "account for a third"), as a
  // reader asks it ("what share of exports go to the US"); without a number the words mean otherwise
  // ("account for the losses", "make up for lost time").
  {
    pattern: String.raw`(account(?:s|ed|ing)?\s+for|(?:make|makes|made|making)\s+up|represent(?:s|ed|ing)?)(\s+(?:[\p{L}-]+\s+){0,3}?(?:[$€£]?\d[\d.,]*|(?:a|one|two)[-\s](?:third|quarter|fifth)s?|half|two-thirds))`,
    replace: '$1 share$2',
  },
  // Going to somewhere is about where ("what share of exports go to the US", "the money goes to
  // farmers", "went to Washington"): the verb names nothing, and alone it matches its other senses
  // ("the dollar doesn't go as far").
  { pattern: String.raw`(?:go|goes|went|gone)(\s+to)`, replace: '$1' },
  // "30 percent", "145 per cent", as an adjective "a 25-per-cent tariff" (Canadian and British style),
  // and "30 %" with a space (European style).
  { pattern: '(\\d+(?:\\.\\d+)?)(?:\\s*|-)(?:percent|per[\\s-]cent|pc|%)', replace: '$1%' },
  { pattern: '(\\d+)-day', replace: '$1 day' },
  // A span of months is the same span in days, as the news counts a pause or a window ("a 90-day
  // pause", "the 150-day limit") and a reader says it ("the three-month break"): thirty days a month.
  ...Object.entries(NUMBER_WORDS)
    .filter(([, n]) => n >= 1 && n <= 6)
    .map(([word, n]) => ({
      pattern: String.raw`\b(?:${word}|${n})[-\s]months?\b(?!\s+ago\b)`,
      replace: `$& ${n * 30} day`,
    })),
  // "close a deal", "closing the trade agreement": to finalize one ("close to a deal" is not).
  {
    pattern:
      'clos(?:e|es|ed|ing)(\\s+(?:(?:a|an|the|some|this|that|its|their|any)\\s+)?(?:[\\p{L}-]+\\s+)?(?:deals?|agreements?|pacts?|accords?))',
    replace: 'finalize$1',
  },
  // Getting a deal "over the line" or "across the finish line" is finalizing it; what is between stays
  // ("get the deal over the line"). Stepping or crossing "over the line" is another sense, with no such verb.
  {
    pattern: String.raw`(?:get|gets|got|getting|gotten|push|pushes|pushed|pushing|bring|brings|brought|bringing)(\s+(?:[\p{L}’'-]+\s+){0,3}?)(?:over|across)\s+the\s+(?:finish(?:ing)?\s+)?line`,
    replace: 'finalize$1',
  },
  // Writing on a platform is posting there ("wrote on Truth Social", "writes on X"), as a user asks "what did he post".
  {
    pattern:
      '(?:wrote|writes?|writing|written)\\s+on\\s+(?:(?:his|her|their|its)\\s+)?(?:X|Truth|Twitter|Facebook|Instagram|LinkedIn|Weibo|WeChat|Telegram|social\\s+media)\\b',
    replace: 'post $&',
  },
  // "pushed back the deadline" puts it off; "pushing back on (against) the tariffs" resists them.
  { pattern: 'push(?:es|ed|ing)?\\s+(?:(?:it|them|this|that)\\s+)?back(?!\\s+(?:on|against)\\b)', replace: 'delay' },
  // A deadline that is extended is put off, as a reader says it was "pushed back" or delayed ("the
  // deadline on the talks has been extended until August", "extended the deadline by 90 days"); a
  // pause or a measure extended to more goods is no delay, so the deadline is named.
  {
    pattern: String.raw`\bdeadlines?\b(?:\s+[\p{L}\p{N}’'.-]+){0,6}?\s+(?:is|are|was|were|be|been)\s+extended|\bextend(?:s|ed|ing)?\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,2}?deadlines?\b|\bdeadline\s+extensions?\b`,
    replace: '$& delay',
  },
  // Setting a tariff is imposing it ("who gets to set tariffs", "set a 15% levy on cars"); "set to start"
  // and "set for" are a schedule, with no tariff right after the verb.
  {
    pattern: String.raw`set(?:s|ting)?(\s+(?:(?:the|a|an|new|higher|its|their|these|those)\s+)?(?:\d+(?:\.\d+)?%\s+)?(?:${LEVIES}))`,
    replace: 'impose$1',
  },
  // A rate or a tariff "put on" goods is imposed on them ("the 39% put on Switzerland", "tariffs were put
  // on steel"); put "on hold" or "on ice" it is paused, and keeps its words.
  {
    pattern: String.raw`(\d+(?:\.\d+)?%|${LEVIES})(\s+(?:(?:is|are|was|were|be|been|being|got|gets?)\s+)?)(?:put|placed)(\s+on)(?!\s+(?:hold|ice|pause)\b)`,
    replace: '$1$2impose$3',
  },
  // A court's or a chamber's split ("in a 6-3 decision", "ruled 6-3", "voted 26-1") is its vote, as a reader
  // asks it ("what was the vote").
  {
    pattern: String.raw`\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:decision|ruling|vote|verdict|majority|opinion)|(?:ruled|voted|decided|sided)\s+\d{1,3}\s*[-–]\s*\d{1,3}`,
    replace: '$& vote',
  },
  // A reader asks for the split by the word ("how split were the judges", "how did the justices
  // divide", "was it a split decision"); "a divided court" alone tells no count, and would give every
  // paragraph of its story the word through the lead. News also counts the majority among the bench
  // ("seven of the 11 judges", "six of the nine justices").
  {
    pattern: String.raw`how\s+(?:(?:did|do|does|were|was|is|are)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:judges|justices|court|panel|bench)\s+)?(?:split|divided?)\b|split\s+(?:decision|ruling|verdict|vote)|\b(?:\d{1,2}|${BENCH_COUNT})\s+of\s+(?:the|its|all)\s+(?:\d{1,2}|${BENCH_COUNT})\s+(?:judges|justices)`,
    replace: '$& vote',
  },
  // A proposed tariff is a threatened one ("a previously proposed 25% rate", "the proposed levies").
  {
    pattern: 'proposed(\\s+(?:\\d+(?:\\.\\d+)?%\\s+)?(?:rates?|tariffs?|levy|levies|dut(?:y|ies)))',
    replace: 'threat proposed$1',
  },
  // "a general 10% tariff" is the baseline one, like a blanket or universal tariff.
  { pattern: 'general((?:\\s+\\d+(?:\\.\\d+)?%)?\\s+(?:tariffs?|levy|levies|dut(?:y|ies)))', replace: 'baseline$1' },
  // "without tariffs", "free of duties": what "tariff-free" and "duty-free" say.
  {
    pattern: `(?:without|free\\s+of|exempt\\s+from)\\s+((?:any\\s+|additional\\s+|new\\s+|import\\s+|extra\\s+)*(?:${LEVIES}|tax(?:es)?))`,
    replace: 'free $1',
  },
  // "Zero tariffs", "a zero-duty quota": what "tariff-free" and "duty-free" say, as "without tariffs" does.
  { pattern: `zero[-\\s]+((?:${LEVIES}))`, replace: 'free $1' },
  // Goods that "escape" or "avoid" a tariff are free of it, as the news says they "stay duty-free" or
  // are "exempt from" it ("which shipments escape the levy", "avoided the new duties"); escaping
  // anything else ("escape a recession") is no exemption, so the levy is named.
  {
    pattern: String.raw`(?:escap|avoid)(?:e|es|ed|ing|s)?\s+(?:(?:the|these|those|its|their|any|all)\s+)?((?:[\p{L}\p{N}.%’'-]+\s+){0,2}?(?:${LEVIES}))`,
    replace: 'free $1',
  },
  // Goods that "will not be subject to" a tariff, or are "no longer subject to" it, are free of it,
  // as those that escape it are ("which shipments escape the new duties").
  {
    pattern: String.raw`(?:not|no\s+longer|never)\s+(?:be\s+|been\s+)?subject\s+to\s+(?:(?:the|these|those|its|their|any|all)\s+)?((?:[\p{L}\p{N}.%’'-]+\s+){0,2}?(?:${LEVIES}))`,
    replace: 'free $1',
  },
  // "enter into force", "came into effect", "go into effect": when a measure starts, like "take effect";
  // a user's "if the tariffs go ahead" too.
  {
    pattern:
      '(?:enter(?:s|ed|ing)?|comes?|came|coming|go(?:es|ing|ne)?|went)\\s+into\\s+(?:force|effect)|(?:go(?:es|ing|ne)?|went)\\s+ahead',
    replace: 'start',
  },
  // "effective Saturday", "effective Aug. 7", "effective immediately": when a measure starts.
  {
    pattern: String.raw`(?:effective|in effect)(,?\s+(?:on|from|as of|at|immediately|today|tomorrow|midnight|\d+|\p{L}+day|(?:${MONTH_STEMS})\p{L}*))`,
    replace: 'start$1',
  },
  // "a further 40% tariff", "further duties": one more on top ("further" alone is a stop word).
  {
    pattern: String.raw`further(\s+(?:\d+(?:\.\d+)?%\s+)?(?:${LEVIES}|rates?))`,
    replace: 'extra$1',
  },
  // "an additional 25% tariff" is one more on top as well; without a number, "additional tariffs" is
  // also the legal name of a whole class of duties ("the additional tariffs on articles of the US"),
  // and "additional" alone keeps its other senses ("additional time").
  {
    pattern: String.raw`additional(\s+\d+(?:\.\d+)?%\s+(?:${LEVIES}|rates?))`,
    replace: 'extra$1',
  },
  // A price going up in a reader's words: "pricier", "costlier", "dearer" (what things cost is the cost,
  // see `PLAIN_WORDS`, and its rise a hike). "More expensive" is the cost alone: news writes it of goods
  // ("made toys more expensive") beside a rise of its own, and a second hike would outweigh a tariff's.
  { pattern: String.raw`pricier|costlier|dearer`, replace: 'cost hike' },
  { pattern: String.raw`more\s+expensive`, replace: 'cost' },
  // Paying more is the same cost alone, a buyer's side of it ("will Americans end up paying more",
  // "shoppers paid extra"): not whether goods pay a tariff at all (see `answer-kind.ts`).
  { pattern: String.raw`(?:pay|pays|paid|paying)\s+(?:more|extra)`, replace: 'cost' },
  // A decline is a fall ("a decline in volumes", "shares declined 2%", "declined to 4.1%"); declining
  // to do something is a refusal ("declined to comment").
  { pattern: String.raw`declin(?:e|es|ed|ing)(?!\s+to\s+(?![\d$€£]))`, replace: 'cut' },
  // A number that collapses falls ("bookings collapsed 67%", "sales collapsed to zero"); talks that
  // collapse fail, and keep their word.
  {
    pattern: String.raw`collaps(?:e|es|ed|ing)(\s+(?:(?:by|to)\s+)?(?:[$€£]?\d[\d.,]*|zero))`,
    replace: 'cut$1',
  },
  // Pushing or driving a price up raises it ("pushed up coffee prices", "drove up costs", "pushing them up").
  separable('push(?:es|ed|ing)?|driv(?:e|es|en|ing)|drove', 'up', 'hike'),
  // A level that goes up rises, one that goes down falls ("the tariff went up to 39%", "will it go down").
  separable('go|goes|going|gone|went', 'up', 'hike'),
  separable('go|goes|going|gone|went', 'down', 'cut'),
  // "retroactive to November 13", "retroactively from Aug. 1": the day a measure counts from is its start.
  { pattern: String.raw`retroactive(?:ly)?(\s+(?:to|from|as\s+of)\b)`, replace: 'retroactive start$1' },
  // A cost or a sum "per year", "each year", "every year", or "a year" after an amount ("$2,100 a
  // year", "billion a year") is an annual one, a reader's "yearly" (see `PLAIN_WORDS`); "for a year"
  // and "a year ago" are a length and a date, and keep their words.
  {
    pattern: String.raw`(?:per|each|every)\s+year|(?:\d[\d,.]*|(?:b|m|tr)illion)\s+a\s+year`,
    replace: '$& annual',
  },
];

/**
 * Words that mean the same thing in trade news, mapped to one term. Keys and values are plain words;
 * the index compares their stems, so plurals and other forms ("levies", "duties") follow.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  // Tariff words.
  levy: 'tariff',
  duty: 'tariff',
  tax: 'tariff',
  // Countries come from src/geo/countries.ts (see analyzer.ts); Geneva stands for the Swiss talks.
  geneva: 'switzerland',
  // Talks and deals.
  negotiation: 'talk',
  negotiate: 'talk',
  discussion: 'talk',
  dialogue: 'talk',
  dialog: 'talk',
  stagnant: 'stall',
  stalemate: 'stall',
  deadlock: 'stall',
  truce: 'pause',
  armistice: 'pause',
  reprieve: 'pause',
  suspension: 'pause',
  suspend: 'pause',
  agreement: 'deal',
  pact: 'deal',
  // A deal in a reader's and a diplomat's word: "Ottawa's arrangement with Washington", "new trade arrangements".
  arrangement: 'deal',
  // Completing a deal ("close a deal" is a pattern: "close to a deal" is not yet one).
  conclude: 'finalize',
  conclusion: 'finalize',
  finalise: 'finalize',
  clinch: 'finalize',
  chip: 'semiconductor',
  // Rates going down or up.
  reduce: 'cut',
  lower: 'cut',
  drop: 'cut',
  fall: 'cut',
  decrease: 'cut',
  slash: 'cut',
  shrink: 'cut',
  trim: 'cut',
  raise: 'hike',
  increase: 'hike',
  soar: 'hike',
  climb: 'hike',
  surge: 'hike',
  jump: 'hike',
  rise: 'hike',
  // The parties to talks: a user's "the two teams", the news's "the two sides".
  team: 'side',
  // Before now: "the rate he had previously threatened" answers "his earlier threat".
  previous: 'earlier',
  previously: 'earlier',
  // Forms of one word that the stemmer leaves apart; the comparative and superlative of an adjective
  // too ("letters for many smaller countries" answers "what will small countries pay"), and plurals
  // in -ses ("buses" → buse, "bus" → bu).
  buses: 'bus',
  gases: 'gas',
  smaller: 'small',
  smallest: 'small',
  larger: 'large',
  largest: 'large',
  bigger: 'big',
  biggest: 'big',
  threaten: 'threat',
  // What was lost is a loss ("how much did farmers lose" is told "a loss of $2 billion").
  lose: 'loss',
  lost: 'loss',
  economic: 'economy',
  response: 'respond',
  reaction: 'react',
  expiry: 'expire',
  expiration: 'expire',
  extension: 'extend',
  presidential: 'president',
  description: 'describe',
  decide: 'decision',
  imposition: 'impose',
  goes: 'go',
  intervention: 'intervene',
  expansion: 'expand',
  criticism: 'criticize',
  criticise: 'criticize',
  // "subsidized" and "subsidies", a court's "appointees" and who "appointed" them.
  subsidize: 'subsidy',
  subsidise: 'subsidy',
  appointee: 'appoint',
  nominee: 'nominate',
};

/**
 * Words the stemmer folds into another word's stem: "customs" (the border agency, its duties) is not
 * "customer", "news" is not "new", "goods" are not "a good call". Each keeps its own term (and is
 * the term of the words that map to it: products are goods).
 */
export const KEPT_APART: ReadonlySet<string> = new Set([
  'customs',
  'news',
  'goods',
  'transition',
  'transitions',
  'transitional',
]);

/** Words that say nothing about what a passage is about; dropped from documents and queries alike. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i
  if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  us tell me please know say says said think thinks whats what's did does don't doesn't didn't won't isn't aren't wasn't
  weren't can't couldn't wouldn't shouldn't haven't hasn't going gonna wanna gotta`.split(/\s+/),
);

/**
 * Words that frame a question rather than name its subject ("what happened", "according to", "what
 * kind of", "might", "how much", a user's vague "thing", "stuff" and "guy" of "the treasury guy"), and the words of the present that the time focus reads ("still",
 * "currently", see `time-focus.ts`): dropped from a question's terms, since a passage that holds
 * them is no likelier to answer it. A user's request to a channel ("can someone explain", "does
 * anybody know") frames it too, as do the chat's asides ("lol", "tbh", "pls") and a
 * user's fillers ("did he say anything about …": "anything" names no subject; "wait, …"; "r" for "are").
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  `happen happened happens according apart besides kind kinds sort reason reasons exactly actually really way ways
  might must shall per much many well
  get gets got getting gotten
  thing things stuff whole basically anyway guy guys
  someone somebody anyone anybody explain explains explained
  still currently current latest today nowadays presently
  lol lmao tbh idk btw pls plz imo fyi
  anything something wait r`.split(/\s+/),
);

/** Idioms of a user's own words that frame the question ("when did it start in the first place?"). */
export const FRAMING_PHRASES =
  /\b(?:in\s+the\s+first\s+place|at\s+all|by\s+the\s+way|or\s+something|or\s+whatever)\b/gi;

/**
 * The word after "how" that asks for a degree ("how high", "how far", "how long"): it names the
 * kind of answer (a rate, an amount, a time), not the subject, and in a passage it is mostly
 * another sense ("high-tech", "far-reaching", "long-standing").
 */
export const HOW_DEGREE = /\bhow\s+(?:high|low|much|many|far|long|big|large|soon|often|quickly|fast|steep|severe)\b/gi;
