import { COUNTRY_TERMS, documentTerms } from './analyzer.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/names.ts';
import { MONTH_ABBREVIATIONS } from './vocabulary.ts';
import { eitherCase, OFFICE_WORDS } from './offices.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';
import { PERCENT_UNIT, PERCENT_WORD } from '../text/percent-unit.ts';

/**
 * The kind of answer a question asks for, read from its wording, and whether a passage holds one:
 * "how high …", "what rate …" ask for an amount, "how many …" for a count, "when …" for a time,
 * "how did … react" for a reaction, "why" for a reason, "what did … say" for someone's words,
 * "where" for a place. A
 * passage that answers states the amount, the count, the time, the reaction (welcomed, rejected,
 * rose), the reason (because, to allow) or the words (a quotation, "said");
 * one that only shares the question's words often does not ("the truce had been due to expire" for
 * "how high would the tariffs have climbed?"). The
 * search weighs its best candidates up when they hold an answer of the kind asked (see
 * `passage-index.ts`).
 */

export type AnswerKind =
  | 'amount'
  | 'rate'
  | 'sum'
  | 'previous'
  | 'count'
  | 'time'
  | 'duration'
  | 'schedule'
  | 'end'
  | 'reaction'
  | 'rank'
  | 'countries'
  | 'goods'
  | 'reason'
  | 'counterfactual'
  | 'person'
  | 'payer'
  | 'effect'
  | 'ruling'
  | 'statement'
  | 'condition'
  | 'conditional'
  | 'place'
  | 'destination'
  | 'tally'
  | 'pending';

/**
 * An amount: "how high / much / far …", "what …" followed within a few words by a tariff word
 * or the name of an amount ("what tariff rate", "what new levy"), or by a noun phrase of a few more
 * words that runs up to it ("what is the Section 232 tariff", "what is the new global tariff rate";
 * "what is the reaction to the tariffs" asks for a reaction: a preposition ends the phrase), or
 * "which …" by the name of an amount ("which rate"; "which levies did the court strike down?" asks
 * which ones, not how much), or "how does the (agreed) rate compare …", answered by the two amounts
 * ("15%, lower than the 30% …").
 */
const ASKS_AMOUNT =
  /\bhow\s+(?:high|low|much(?!\s+(?:(?:more|extra|additional|further)\s+)?time\b|\s+longer\b)|far|steep|big|large)\b|\bwhat\s+(?:[\p{L}'’-]+\s+){0,3}?(?:rates?|levels?|percentages?|share|tariffs?|dut(?:y|ies)|lev(?:y|ies))\b|\bwhat\s+(?:(?!(?:to|on|of|for|about|with|against|in|after|over|from|by|and|or)\b)[\p{L}\p{N}'’-]+\s+){0,4}?(?:rates?|levels?|percentages?|share|tariffs?|dut(?:y|ies)|lev(?:y|ies))\b|\bwhich\s+(?:[\p{L}'’-]+\s+){0,3}?(?:rates?|levels?|percentages?|share)\b|\bhow\s+(?:does|do|did|would|will)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:rates?|levels?|tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+compare\b/iu;

/**
 * An amount asked for by a rate's or a tariff's name ("what tariff will Seoul face", "how high is the
 * levy") is a rate, answered by a percentage: "$350 billion" in the same article answers "how much",
 * not "what tariff". A question naming a sum ("what tariff revenue", "how much") asks for either.
 */
const ASKS_EITHER =
  /\bhow\s+(?:much|far|big|large)\b|\b(?:revenues?|refunds?|money|costs?|worth|dollars?|billions?|millions?|sums?|income|collect(?:s|ed|ing)?)\b/iu;

/**
 * A rate asked by what goods pay: "what does Pakistan pay on goods sent to the US", "what tariff will
 * Chilean salmon pay", "what are Swiss watches paying", "what have they paid": the auxiliary, the
 * payer, then "pay" in its form; or by what a government charges on them ("what does Ottawa charge
 * on US steel", "what is Canada charging"). News tells the rate the goods face or are subject to,
 * or the tariff a government applies, seldom with the question's "pay" or "charge", which is the
 * kind of answer, not its subject.
 */
const ASKS_PAID =
  /\bwhat\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:does|do|did|will|would|should)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:pay|charge)|(?:is|are|was|were)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:paying|charging)|(?:has|have|had)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:paid|charged))\b/iu;

/**
 * Whether goods pay at all: "do Indian phones pay the tariff", "will drugmakers have to pay", "which
 * goods won't pay the 50%", "to avoid paying", "which firms get out of paying". News answers by the
 * exemption ("smartphones are exempt", "a long list of exceptions"), seldom by saying who pays.
 */
const ASKS_WHETHER_PAID =
  /^\W*(?:do|does|did|will|would|should|must|can|are|is)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,8}?(?:(?:have|need)\s+to\s+|still\s+)?pay(?:ing)?\b(?!\s+(?:more|extra)\b)|\b(?:won['’]?t|will\s+not|don['’]?t|do\s+not|doesn['’]?t|does\s+not|didn['’]?t|not|never|avoid|escape|dodge|get(?:s|ting)?\s+out\s+of|got\s+out\s+of)\s+(?:(?:have|need)\s+to\s+)?pay(?:ing)?\b(?!\s+(?:more|extra)\b)/iu;

/** Whether `question` asks whether something pays ("do … pay", "won't pay"): its "pay" is searched as the exemption. */
export const asksWhetherPaid = (question: string) => ASKS_WHETHER_PAID.test(question);

/** The "pay" or "charge" of such a question, searched as the tariff paid ("face a 19% tariff", "subject to a 15% tariff"). */
export const PAID_NAMES = /\b(?:pay(?:ing)?|paid|charg(?:e|es|ed|ing))\b/gi;

/**
 * The amount before a change: "how much was Brazil paying before this", "what was the rate before
 * the deal", "the previous tariff". A "before" with a date after it ("before August 1") dates the
 * question instead.
 */
const ASKS_PREVIOUS =
  /\bbefore(?:\s+(?:this|that|these|those|the|it|then|now)\b|\W*$)|\b(?:previous(?:ly)?|prior|used\s+to)\b/iu;

/**
 * An amount told as the one before a change: "an increase from the 10% baseline", "down from 25%",
 * "from 30% to 15%", "previously", "had been".
 */
const PREVIOUS =
  /\b(?:(?:up|down|increase|rise|jump|hike|cut|reduction|drop|fall)\s+from|from\s+(?:(?:the|a|an|its|their)\s+)?(?:\p{L}+\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|previous(?:ly)?|had\s+been)\b/iu;

/** A count: "how many …" is answered by a number of things ("100,000 cars", "some 12,000 workers"), not a rate or a sum. */
const ASKS_COUNT = /\bhow\s+many\b/i;

/** A place in a ranking: "where does … rank", "what rank", "how does … rank". */
const ASKS_RANK = /\b(?:where|how)\s+(?:does|do|did|is|are|was|were)\b.*?\branks?\b|\bwhat\s+rank\b/iu;

/** The question's word for a ranking: a passage states the place ("second-largest"), seldom the word. */
export const RANK_NAMES = /\b(?:rank(?:s|ed)?|ranking)\b/gi;

/**
 * A tally up to the present, asked ("which deals were announced so far") and told ("only two deals
 * have been announced to date") in any of its phrases: the question's "so far" is its time focus and
 * no word to find (see `time-focus.ts`), and the passage that answers gives the tally in other words.
 */
const TALLY = /\b(?:so\s+far|thus\s+far|to\s+date|up\s+to\s+now|until\s+now)\b/iu;

/**
 * Whether something is done "yet", asked yes or no ("is the Japan deal final yet?", "has Seoul signed
 * yet"): news answers by what is still to be done ("final terms still need to be enshrined", "has
 * yet to sign", "details are still being worked out"), seldom with the question's "final" or "signed".
 */
const ASKS_PENDING = /^\W*(?:is|are|was|were|has|have|had|did|does|do)\b[^?]*\byet\b/iu;
const PENDING =
  /\b(?:yet\s+to|not\s+yet|still\s+(?:needs?|has|have|had|to\s+be|being|pending|under)|remains?\s+to\s+be|(?:is|are)\s+pending)\b/iu;

/** Countries: "which (other) countries / nations / partners / markets …", "which four countries", "what European nations", is answered by a list of them. */
const ASKS_COUNTRIES =
  /\b(?:which|what)\s+(?:other\s+)?(?:\w+\s+)?(?:countries|nations|(?:trading\s+)?partners|markets|economies)\b/iu;

/** The question's word for the countries it asks for: a passage names them ("Argentina, Ecuador …"), seldom the word. */
export const COUNTRIES_NAMES = /\b(?:countries|nations|partners|markets|economies)\b/gi;

/**
 * Goods: "which goods / products / items …", "what American stuff …", "which Indian industries",
 * "what kind (type, sort) of stuff …", with up to two words between ("which copper products"; "what
 * tariff on goods" asks for a rate: a preposition, an auxiliary or a tariff word ends the phrase).
 * News answers with a list ("beer, cosmetics, hardware and metal tools", "sectors such as gems,
 * textiles and seafood"); its word for them stays a term, since news says "goods" and "products"
 * too ("the list of targeted goods includes …").
 */
const ASKS_GOODS =
  /\b(?:which|what)\s+(?:other\s+)?(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:(?!(?:on|of|for|to|from|in|into|about|with|by|at|is|are|was|were|do|does|did|will|would|could|can|has|have|had|the|a|an|tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\b)[\p{L}'’-]+\s+){0,2}?(?:goods|products|items|stuff|merchandise|commodities|categories|exports|imports|sectors|industries)\b/iu;

/**
 * A list a passage states: three items or more, comma-separated words ("pipes, wires, rods, and
 * tubes"; a figure breaks it: "On July 15, officials said"), or items after "such as", "including"
 * or "like" ("sectors such as gems and jewelry, textiles and seafood"); two ("including aircraft and
 * whiskey") name examples of something else as often as they answer.
 */
const LIST = new RegExp(
  [
    String.raw`(?:\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3},\s+){2,}(?:(?:and|or)\s+)?\p{L}`,
    String.raw`\b(?:such\s+as|including|includes?|like)\s+(?:\p{L}[\p{L}'’-]*\s+){0,4}?\p{L}[\p{L}'’-]*,\s+(?:\p{L}[\p{L}'’-]*\s+){0,4}?(?:and|or)\s`,
  ].join('|'),
  'gu',
);

/**
 * Whether `text` lists goods: a list (`LIST`) with an item that ends on a word in lower case. A list
 * whose items all end on a capitalised word names people, firms or places ("meetings between Bessent,
 * Greer, He and Li"), not goods ("wine, machinery, and cars").
 */
const listsGoods = (text: string) =>
  Array.from(text.matchAll(LIST)).some((list) =>
    Array.from(list[0].matchAll(/([\p{L}'’-]+),/gu)).some(([, word = '']) => !/^\p{Lu}/u.test(word)),
  );

/** The words before "when" or "what date" that ask when something starts: "from when", "as of what date". */
const STARTING_FROM = String.raw`(?:from|as\s+of|starting)`;
const WHAT_DAY = String.raw`what\s+(?:date|day)`;

/**
 * A length of time asked as a quantity of it: "how much (more, extra) time do they get", "how much
 * longer will the pause run". It asks what "how long" asks, not an amount of money or a rate.
 */
const HOW_MUCH_TIME = String.raw`how\s+much\s+(?:(?:(?:more|extra|additional|further)\s+)?time|longer)\b`;

/**
 * A time: a question opening with "when", "by / until / since / from / as of when", "(for) how long",
 * "how soon", "(from) what date / day", or asking "how much (more) time".
 */
const ASKS_TIME = new RegExp(
  String.raw`^\W*(?:(?:by|until|till|since|for|${STARTING_FROM})\s+)?(?:when|how\s+(?:soon|long)|(?:on\s+)?${WHAT_DAY})\b|\b${HOW_MUCH_TIME}|^\W*what\s+(?:is|was|will\s+be)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:date|day|deadline)\b`,
  'iu',
);

/**
 * A length of time: "how long did they spend negotiating", "how long will the pause last", "how long
 * does it take", "how much time do they have". Its verb of time ("spend", "last", "take") and its
 * word "time" are the kind of answer, not its subject: kept, "spend" finds the money a deal spends.
 * "More (extra) time" is kept: it is the reprieve asked about (see `vocabulary.ts`).
 */
const ASKS_DURATION = new RegExp(String.raw`^\W*(?:for\s+)?how\s+long\b|\b${HOW_MUCH_TIME}`, 'i');

/** Whether `question` asks for a length of time. */
export const asksDuration = (question: string) => ASKS_DURATION.test(question);

/** The verbs of time of a question about a length of time. */
export const DURATION_NAMES =
  /\b(?:spend(?:s|ing)?|spent|tak(?:e|es|en|ing)|took|last(?:s|ed|ing)?|(?<!\b(?:more|extra|additional|further)\s+)time|longer)\b/gi;

/**
 * A time to come: "when" in the present or the future ("when will the cut apply", "when do the
 * tariffs start", "when is the deadline") asks when something is set to start or end, where "when
 * did …" asks when something happened; "from / as of / starting when (what date)" asks when it starts.
 */
const ASKS_SCHEDULE = new RegExp(
  String.raw`^\W*(?:(?:by|until|till)\s+)?when\s+(?:will|would|does|do|is|are|should|shall|can)\b|^\W*${STARTING_FROM}\s+(?:when|${WHAT_DAY})\b`,
  'i',
);

/**
 * An end to come: "when does the pause end", "when will the truce expire", "when do the 150 days run
 * out". News tells an end by the day ("expires on November 10", "until early November") or, as
 * often, by the length it runs from its start ("for another 90 days", "a 150-day window"), the end
 * left for the reader to count: a span answers it as a day to come does (`schedule`).
 */
const ASKS_END = /\b(?:end|ends|expire|expires|lapse|lapses|runs?\s+out)\b|\bbe\s+over\W*$/iu;

/**
 * The verbs of a verdict a user asks for ("how does Ottawa view the deal", "how did the minister
 * judge it"); "judge" after an article is the court's ("how did the judge rule").
 */
const VERDICT_VERBS = String.raw`(?:view|see|regard|assess|(?<!\b(?:the|a|an)\s+)judge)`;
/** "Taking the news (it, this)": how someone takes what happened is their reaction ("take effect" is none). */
const TAKING_IT = String.raw`(?:take|takes|taking|taken|took)\s+(?:it|this|that|the\s+news)`;

/**
 * A reaction: "how did / will … react (respond, reply, answer, feel, view, judge)", "how are … taking the
 * news (it)", "what was … reaction (response)", "what does … think (make) of". News states a
 * reaction by what was done or said ("welcomed the move", "rejected it as unjustified", "the peso
 * strengthened"), seldom with the question's word for it.
 */
const ASKS_REACTION = new RegExp(
  String.raw`\bhow\s+(?:did|does|do|has|have|had|will|would|could|is|are|was|were|might)\b.*?\b(?:(?:react|respond|reply|replied|feel|felt|answer)(?:ed|s|ing)?|${VERDICT_VERBS}(?:s|d|ed|ing)?|${TAKING_IT})\b|\b(?:reaction|response|reply)\b|\bwhat\s+(?:does|do|did)\b.*?\b(?:think|make)\s+of\b`,
  'iu',
);

/** The question's words for the reaction: the kind of answer, not its subject (like "how high"). */
export const REACTION_NAMES = new RegExp(
  String.raw`\b(?:react(?:ed|s|ing)?|reactions?|respond(?:ed|s|ing)?|responses?|answer(?:ed|s|ing)?|feel|felt|${VERDICT_VERBS}(?:s|d|ed|ing)?|${TAKING_IT})\b`,
  'giu',
);

/** The question's names for the amount it asks for, and "compare": the kind of answer, not its subject (like "how high"). */
export const AMOUNT_NAMES = /\b(?:rates?|levels?|percentages?|compare[sd]?)\b/gi;

/**
 * What would have been: "how high might the tariffs have climbed (had the truce lapsed)?", "what
 * would have happened without the deal?" News answers with the same modal perfect ("the tariffs
 * would have surged to 145%"), where a passage of the question's words tells what is.
 */
const modalPerfect = (gap: number) =>
  new RegExp(String.raw`\b(?:would|could|might)\s+(?:[\p{L}'’-]+\s+){0,${gap}}?(?:have|'ve)\s+\p{L}+`, 'iu');
/** A question may put its subject between the modal and "have"; a passage, an adverb at most ("would otherwise have"). */
const ASKS_COUNTERFACTUAL = modalPerfect(6);
const COUNTERFACTUAL = modalPerfect(1);

/**
 * A condition: "what needs to happen before …", "what did Seoul have to do first", "what must Japan
 * do", "what are the conditions": something that must come first.
 */
const ASKS_CONDITION =
  /\bwhat\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?(?:needs?|has|have|had|got)\s+to\s+(?:happen|do|be\s+done)\b|\bwhat\s+must\s+(?:[\p{L}\p{N}'’.-]+\s+){1,5}?do\b|\bwhat\s+(?:[\p{L}'’-]+\s+){0,3}?(?:conditions?|requirements?|prerequisites?)\b/iu;

/**
 * A condition a passage states: a step that comes first ("after the approval of the committee",
 * "follows Seoul's introduction of a bill", "once parliament ratifies it"), or a requirement
 * ("on condition that", "only if", "requires"); "subject to" is left: goods are "subject to" a tariff.
 */
const CONDITION =
  /\b(?:(?:after|following|follow(?:s|ed)|upon|once)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(?:approval|approves?|approved|passage|passes|passed|adoption|adopts?|ratification|ratif(?:y|ies|ied)|signing|signs?|signed|signature|introduction|enactment|vote)|on\s+(?:the\s+)?condition|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|provided\s+that|only\s+if|requir(?:e|es|ed|ing)|pending)\b/iu;

/**
 * What follows if something happens: "what happens if the talks fail", "what will Washington do if
 * Europe taxes bourbon", "how high would the rate go if no deal is reached". News answers with the
 * condition and its outcome in one sentence ("if a favorable agreement is not reached, Mexico is
 * prepared to …", "threatened a 200% tariff if the bloc goes ahead"), where a passage of the
 * question's words alone tells what is.
 */
const ASKS_CONDITIONAL = /^\W*(?:what|how|which|who)\b.*\b(?:if|unless)\b/iu;

/** A condition a passage states: "if", "unless", "otherwise". */
const CONDITIONAL = /\b(?:if|unless|otherwise)\b/iu;

/**
 * A place: a question opening with "where" ("where did the leaders meet", "where were the talks
 * held"); not "where do the talks stand", "where does it rank" or "where does it come from", which
 * ask for a state, a ranking or an origin, nor "where does the tariff money go" or "where did
 * investors put their money", which ask what money goes to (a fund, an asset), seldom a town.
 */
const MONEY = String.raw`money|cash|funds?|revenues?|proceeds|dollars`;
const ASKS_PLACE = new RegExp(
  String.raw`^\W*where\b(?!.*\b(?:stands?|standing|ranks?|ranked|come[s]?\s+from|came\s+from|headed|heading|${MONEY})\b)`,
  'iu',
);

/** Where money goes: "where does the tariff money go", "where did investors put their money" (not where it comes from). */
const ASKS_DESTINATION = new RegExp(String.raw`^\W*where\b(?!.*\bc(?:omes?|ame)\s+from\b).*\b(?:${MONEY})\b`, 'iu');

/**
 * What money goes to, as news tells it: it is deposited in, goes, flows or is poured into, is spent
 * on or used for something, is earmarked for it, or investors move into or seek refuge in an asset.
 */
const DESTINATION =
  /\b(?:deposit(?:s|ed)?\s+(?:in|into|with)|(?:go|goes|went|gone|flows?|flowed|poured|pumped|funnell?ed)\s+(?:in)?to|spent\s+on|used\s+(?:for|to)|earmarked|(?:moved|shifted|fled|rotated)\s+(?:in)?to|sought\s+refuge|safe[-\s]havens?)\b/iu;

/**
 * A place a passage names (besides a country other than those the question names, which answers
 * "where is Japan buying corn now": "sourcing corn from Argentina"): "at" or "in" before a capitalized name that is not a month or a weekday
 * ("at the G7 summit in Canada", "upon arrival at Halim Air Base", "talks in Geneva"), "at a" before
 * one ("at a U.S. Steel plant", "at a Senate hearing"; "in a" is as often a post or an interview:
 * "in a Truth Social post"), or "outside" or "near" a town ("a factory outside Pittsburgh").
 */
const PLACE = new RegExp(
  String.raw`\b(?:(?:at|in)\s+(?:the\s+)?|at\s+an?\s+|(?:outside|near)\s+)(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b)\p{Lu}[\p{L}\p{N}'’.-]*`,
  'u',
);

/**
 * An effect: "how are Swiss manufacturers affected", "how will the levy hit farmers", "how have
 * tariffs affected jobs", "what is the impact on prices". News tells it by what the measure did
 * (jobs "at risk", "lost", exports "fell", a "disadvantage", "higher costs"), seldom with the
 * question's "affected": a passage that only says who will "not be affected" answers nothing.
 */
const ASKS_EFFECT =
  /\bhow\s+(?:are|is|was|were|will|would|could|might|has|have|had)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:be(?:en|ing)?\s+)?(?:affect(?:ed|ing)|impact(?:ed|ing)|hit(?:ting)?|hurt(?:ing)?|harm(?:ed|ing))\b(?!\s+back\b)|\bhow\s+(?:do|does|did|will|would|could|might|has|have|had)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:affect(?:ed)?|impact(?:ed)?|hit|hurt|harm(?:ed)?)\b(?!\s+back\b)|\bwhat\s+(?:is|are|was|were|will\s+be)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:impacts?|effects?|consequences?|fallout|toll)\b/iu;

/** An effect a passage states: a loss or a harm, a fall, a cut in jobs, a cost that rose. */
const EFFECT =
  /\b(?:at\s+risk|los(?:e|es|ing|t)|loss(?:es)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|squeez(?:e|es|ed|ing)|struggl(?:e|es|ed|ing)|disadvantage|brac(?:e|es|ed|ing)|shed(?:s|ding)?|laid\s+off|lay(?:s|ing)?\s+off|layoffs?|declin(?:e|es|ed|ing)|fell|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|shr(?:ink|inks|ank|inking|unk)|higher\s+(?:costs?|prices?)|(?:costs?|prices?)\s+(?:rose|rise|rising|jumped|climbed))\b/iu;

/** A court as a question names it: "the Supreme Court", "the judges", "the justices", "the panel". */
const COURT = String.raw`(?:courts?|judges?|justices|panel|tribunal|bench)`;

/**
 * A court's ruling: "what did the Supreme Court rule", "how did the judges rule", "what did the
 * court decide (find, hold)". News tells a ruling by what it did to the measure ("struck down the
 * tariffs", "upheld", "found them unlawful", "exceeded his authority"), seldom by the verb "rule";
 * a paragraph that only names the ruling ("after the Supreme Court ruling, importers …") tells
 * what followed it.
 */
const ASKS_RULING = new RegExp(
  String.raw`\b(?:what|how)\s+(?:did|does|do|has|have|had|will|would|could|might)\b.*?\brule\b|\b(?:what|how)\s+(?:did|does|do|has|have|had|will|would|could|might)\s+(?:the\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,3}?${COURT}\s+(?:decide|find|hold|conclude)\b`,
  'iu',
);

/** What a ruling did: struck down, upheld or invalidated a measure, found it unlawful, the president exceeding his powers. */
const RULING =
  /\b(?:str(?:uck|ikes?|iking)\s+down|uph(?:eld|olds?|olding)|ruled|ruling\s+that|f(?:ound|inds?|inding)\s+(?:that|them|it)|concluded|held\s+that|sided\s+with|illegal(?:ly)?|unlawful(?:ly)?|unconstitutional|invalidat(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|exceeded|overst(?:epped|epping))\b/iu;

/** A person: a question opening with "who" or "whom" ("who is leading the talks?", "who did Delhi send?"). */
const ASKS_PERSON = /^\W*(?:who|whom)\b/i;

/**
 * Who bears a cost: "who pays the tariffs", "who ends up paying", "who will foot the bill", "who
 * bears the cost". It asks for a party (importers, shoppers, a retailer), seldom a named person:
 * news tells it by where the cost lands, not with the question's "pay".
 */
const ASKS_PAYER =
  /^\W*who\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:pay|pays|paid|paying|foot|foots|footing|bear|bears|bearing|shoulder|shoulders)\b/iu;

/** The question's words for paying ("pays", "ends up paying"): the kind of answer, not its subject. */
export const PAYER_NAMES =
  /\b(?:(?:ends?|ended|ending)\s+up\s+)?(?:pay|pays|paid|paying|foot|foots|footing|bear|bears|bearing|shoulder|shoulders)\b/giu;

/**
 * Where a cost lands, as a passage tells it: paid, charged or borne by or to someone ("charged to
 * companies importing the items", "paid by U.S. companies"), passed on, along or through to them
 * ("will be passed on to the consumer", "pass the cost on to shoppers"), absorbed or eaten ("cannot
 * absorb all of the costs", "eat the tariffs"), or a party that pays ("importers pay the duty").
 */
const PAYER = new RegExp(
  [
    String.raw`\b(?:paid|borne|charged|shouldered|footed)\s+(?:to|by)\b`,
    String.raw`\bpass(?:es|ed|ing)?\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?(?:on|along|through)\s+to\b`,
    String.raw`\babsorb(?:s|ed|ing)?\b|\beat(?:s|ing)?\s+the\s+(?:tariffs?|costs?|dut(?:y|ies)|lev(?:y|ies))\b`,
    String.raw`\b(?:importers?|consumers?|shoppers?|households?|customers?|buyers?|retailers?)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:pay|pays|paid|paying|bear|bears|foot)\b`,
  ].join('|'),
  'iu',
);

/** Offices news puts before a person's name: the shared ones and those of people a passage quotes ("adviser", "envoy"). */
const OFFICES = eitherCase([...OFFICE_WORDS, 'adviser', 'advisor', 'envoy', 'head', 'leader', 'official', 'executive']);

/**
 * A person a passage names: an office, then a name of capitalized words ("chief negotiator Rajesh
 * Agrawal", "Vice Premier He Lifeng", "Secretary of State Marco Rubio"), which is how news first
 * names the people it quotes.
 */
const PERSON = new RegExp(
  String.raw`\b(?:${OFFICES})(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}+)?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*`,
  'u',
);

/**
 * Someone's words: "what did Nvidia say about …", "what did Trump post on Truth Social", "what has
 * Ottawa told …", "did Trump say …": an auxiliary, the speaker, then a verb of speech or writing.
 * A user who names the speaker by office takes up to eight words ("did the head of the meat
 * exporters' lobby say"). The progressive asks the same ("what is London saying about …", "what's
 * Ottawa telling exporters").
 */
const ASKS_STATEMENT =
  /\b(?:did|does|do|has|have|had|will|would)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,8}?)(?:say|said|post|posted|tweet|tweeted|write|written|wrote|tell|told)\b|\b(?:is|are|was|were)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,8}?)(?:saying|posting|tweeting|writing|telling)\b/iu;

/**
 * Someone's words in a passage: a quotation of six words at least between double marks (a
 * scare-quoted term, "reciprocal", or a phrase, "very special relationship", tells no statement), or
 * a verb reporting what was said ("Li said the two sides talked about …"), news's other verbs for
 * it included ("condemned the move, describing it as …", "accused Beijing of …", "warned that …"),
 * and the verbs of judging a measure, which report words fewer than a sentence ("decried the order as
 * "unfair"", "denounced", "slammed", "lambasted", "criticized" the levy).
 */
const STATEMENT =
  /["“](?:[^"“”\s]+\s+){5,}[^"“”]*["”]|\b(?:said|says|saying|told|tells|stated|wrote|posted|tweeted|accus(?:ed|es|ing)|describ(?:ed|es|ing)|warn(?:ed|s|ing)|insist(?:ed|s|ing)|claim(?:ed|s|ing)|condemn(?:ed|s|ing)|argu(?:ed|es|ing)|decr(?:ied|ies|ying)|denounc(?:ed|es|ing)|slamm(?:ed|ing)|lambast(?:ed|s|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing))\b/iu;

/**
 * A question word with "is" or "has" run into it, as users type it ("what's the duty on…", "whats
 * the rate", "how's Seoul reacting"): the patterns above read the question word and the verb apart.
 */
const CONTRACTED = /\b(what|how|when|who|where|why)(?:['’]s|s(?=\s))/giu;

/**
 * A trade's size: "how much medicine does the US import", "how much gold do the Swiss send here",
 * "how much steel did Canada sell": "how much", the goods, then a verb of trade. News answers with
 * a sum or a quantity ("imported $233 billion in pharmaceuticals", "61.5 billion worth of gold"),
 * not with the tariff's percentage that the story's other paragraphs state. So is money put in,
 * pledged or collected: "how much does Japan have to invest", "how much has Seoul pledged", "how
 * much will the US collect" ("$550 billion", not the deal's 15%). "How much of" asks for a share.
 */
const ASKS_SUM =
  /\bhow\s+much\s+(?!of\b)(?:[\p{L}'’-]+\s+){1,3}?(?:does|do|did|is|are|was|were|will|has|have)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,4}?(?:import|export|buy|sell|send|ship|sold|sent|bought|shipp?|trade|purchase)\p{L}*\b|\bhow\s+much\s+(?!of\b)(?:[\p{L}'’-]+\s+){0,3}?(?:does|do|did|is|are|was|were|will|would|has|have|had)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,5}?(?:invest|spen[dt]|lend|lent|pledg|commit|donat|borrow|collect|owe)\p{L}*\b/iu;

/** A sum of money or a quantity of goods ("$233 billion", "1.2 million tonnes"). */
const SUM = /[$€£¥]\s?\d|\b\d+(?:[.,]\d+)*\s*(?:billion|million|trillion|bn|tonnes|tons|barrels|ounces|bushels)\b/iu;

/**
 * What a question about someone's words asks them to have spoken of: "what did Ottawa say about the
 * quotas?" asks for words on the quotas. News quotes a person on many subjects, and a passage of
 * their words on another one (the deal, their reaction) shares the speaker's name and office, which
 * outweigh the subject's one or two words.
 */
const STATEMENT_SUBJECT = /\babout\s+(.+?)\W*$/iu;

/** The subject of `question` when it asks for someone's words about something ("… say about the quotas"). */
export const statementSubject = (question: string): string | undefined =>
  ASKS_STATEMENT.test(question) ? STATEMENT_SUBJECT.exec(question)?.[1] : undefined;

/** The speaker `question` asks the words of ("what did Ortega say" → "Ortega "), if it asks for someone's words. */
export const statementSpeaker = (question: string): string | undefined => {
  const match = ASKS_STATEMENT.exec(question);
  return match ? (match[1] ?? match[2]) : undefined;
};

/** Whether `question` asks for a rate by what goods pay ("what does Pakistan pay on …"). */
export const asksPaid = (question: string) => ASKS_PAID.test(question);

export function answerKindsOf(asked: string): AnswerKind[] {
  const question = asked.replace(CONTRACTED, '$1 is');
  const kinds: AnswerKind[] = [];
  if (ASKS_AMOUNT.test(question) || ASKS_PAID.test(question)) {
    kinds.push(ASKS_SUM.test(question) ? 'sum' : ASKS_EITHER.test(question) ? 'amount' : 'rate');
    if (ASKS_PREVIOUS.test(question)) kinds.push('previous');
  }
  if (ASKS_COUNT.test(question)) kinds.push('count');
  if (ASKS_RANK.test(question)) kinds.push('rank');
  if (ASKS_COUNTRIES.test(question)) kinds.push('countries');
  if (ASKS_GOODS.test(question)) kinds.push('goods');
  if (ASKS_TIME.test(question)) kinds.push(ASKS_DURATION.test(question) ? 'duration' : 'time');
  if (ASKS_SCHEDULE.test(question)) kinds.push('schedule');
  if (ASKS_SCHEDULE.test(question) && ASKS_END.test(question)) kinds.push('end');
  if (ASKS_REACTION.test(question)) kinds.push('reaction');
  if (ASKS_REASON.test(question)) kinds.push('reason');
  if (ASKS_EFFECT.test(question)) kinds.push('effect');
  if (ASKS_RULING.test(question)) kinds.push('ruling');
  if (ASKS_COUNTERFACTUAL.test(question)) kinds.push('counterfactual');
  if (ASKS_PAYER.test(question)) kinds.push('payer');
  else if (ASKS_PERSON.test(question)) kinds.push('person');
  if (ASKS_STATEMENT.test(question)) kinds.push('statement');
  if (ASKS_CONDITION.test(question)) kinds.push('condition');
  if (ASKS_CONDITIONAL.test(question)) kinds.push('conditional');
  if (ASKS_PLACE.test(question)) kinds.push('place');
  if (ASKS_DESTINATION.test(question)) kinds.push('destination');
  if (TALLY.test(question)) kinds.push('tally');
  if (ASKS_PENDING.test(question)) kinds.push('pending');
  return kinds;
}

/** Percentages, as the index writes them ("145 per cent" is `145%`) or spelt out ("ten percent"), and sums of money. */
const AMOUNT = new RegExp(
  String.raw`(\d+(?:\.\d+)?)(?:\s*|-)${PERCENT_UNIT}|\b(${Object.keys(NUMBER_WORDS).join('|')})[\s-]${PERCENT_WORD}|[$€£¥]\s?\d|\d\s*(?:billion|million|trillion)\b`,
  'giu',
);

/**
 * A month's abbreviation, with its dot ("Aug. 1") or, before a day, without ("Aug 1", as wire
 * services and trade newsletters write it): every pattern below puts the day after it.
 */
const MONTH_SHORT = `(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})`;
const MONTH_ABBREVIATION = `${MONTH_SHORT}(?:\\.|(?=\\s*\\d))`;
/** Numbers spelt out as news writes a span ("four months", "a two-week standoff"). */
const SPAN_NUMBERS = Object.keys(NUMBER_WORDS).join('|');

/**
 * A length of time: a span after a word that tells it ("for about 90 days", "lasted about one hour",
 * "in effect 90 days"), told by what filled it or as a word before a noun ("four months of talks",
 * "a two-week standoff").
 */
const SPANS = [
  `\\b(?:in|for|within|after|lasted|lasting|last|lasts|runs?|ran|running|in\\s+(?:effect|place|force))\\s+(?:(?:about|around|roughly|some|nearly|almost|up\\s+to|(?:a|an|the)\\s+(?:\\p{L}+\\s+)?period\\s+of|a\\s+maximum\\s+of|at\\s+least|at\\s+most|another|a\\s+further|an\\s+(?:additional|extra))\\s+)?(?:\\d+|a|an|one|two|three|six|nine|twelve)[-\\s](?:minutes?|hours?|days?|weeks?|months?|years?)\\b`,
  // A span told by what filled it or as a word before a noun: "four months of negotiations", "a two-week standoff".
  `\\b(?:\\d+|${SPAN_NUMBERS})(?:\\s+(?:minutes|hours|days|weeks|months|years)\\s+of|-(?:minute|hour|day|week|month|year)\\s+\\p{L})`,
];

/**
 * A time a passage states: a month and a day either way round ("April 2nd", "the 9th of July"), a weekday (not right after a speech
 * verb: "said on Monday" dates the words, not what they are about), a month after "in / from
 * / by / until …" or with its year, a year after such a word ("in 1938"), or a span ("in 18 months",
 * "for about 90 days", "for a period of 150 days", "for an initial period of 90 days", "for another
 * 90 days", "lasted 40 minutes", "in effect 90 days"), or an hour of the
 * clock ("took effect at midnight Washington time", "from 12:01 a.m. EDT"), which news gives alone
 * when the day is the article's. Case matters: "may" and "march" in lower case are verbs.
 */
const TIME = new RegExp(
  [
    `\\b(?:${MONTH_NAMES}|${MONTH_ABBREVIATION})\\s*\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`,
    `(?<!\\b(?:said|says|told\\s+\\p{L}+|announced|stated|added)\\s+(?:on\\s+)?)\\b${WEEKDAY_NAMES}\\b`,
    `\\b(?:in|from|since|until|till|by|before|after|on|starting|beginning|through)\\s+(?:(?:early|mid|late)[-\\s])?(?:${MONTH_NAMES}|(?:19|20)\\d\\d)\\b`,
    `\\b(?:${MONTH_NAMES})\\s+20\\d\\d\\b`,
    `\\b(?:at|after|before|from|until|by)\\s+(?:(?:one|a|\\d+)\\s+minutes?\\s+(?:after|past)\\s+)?(?:midnight|noon|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\b\\.?)`,
    ...SPANS,
  ].join('|'),
  'u',
);

/**
 * What answers "how long": a span, or the day something is set to end or start ("until August 7");
 * a day alone ("met on Sunday") tells when, not how long.
 */
const SPAN = new RegExp(SPANS.join('|'), 'u');

/** A day: a month and a day either way round, or a weekday. */
const DAY = `(?:(?:${MONTH_NAMES}|${MONTH_ABBREVIATION})\\s*\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b|${WEEKDAY_NAMES}\\b)`;

/**
 * A time something is set to start or end: a day right after "from", "until", "through" or "by"
 * ("would apply from August 1", "until July 9"), or within a few words of a word that tells a start
 * or an end ("starting April 1", "on or after 12:01 a.m. on August 27", "set to kick in on April
 * 9", "set to go into effect August 6", "expires on Oct. 29"), a day after a "will" ("will increase
 * from 34% to 84% on Thursday") or a plan ("set to increase on January 1"), a day named as the
 * effective date, a day's deadline ("the August 12 deadline"), or a time from now ("in 18
 * months", "within 90 days"). A day alone ("released the list Wednesday", "On July 15, outlets
 * reported") tells when something was done or said.
 */
const SCHEDULED = new RegExp(
  [
    String.raw`\b(?:(?:from|until|till|through|by)\s+(?:the\s+)?|(?:starting|beginning|as\s+of|effective|retroactive(?:ly)?\s+(?:to|from)|on\s+or\s+after|no\s+later\s+than|(?:takes?|took|taking)\s+effect|(?:go(?:es|ing|ne)?|went|com(?:e|es|ing)|came|enter(?:s|ed|ing)?)\s+into\s+(?:effect|force)|kick(?:s|ed)?\s+in|(?:start|begin|expire|end|lapse)(?:s|ed|d)?|deadline)\s+(?:[\p{L}\p{N}:.,'’-]+\s+){0,6}?)${DAY}`,
    String.raw`\bwill\s+(?:[\p{L}\p{N}%:.,'’-]+\s+){0,8}?${DAY}`,
    // A start told as planned ("are set to increase on January 1", "is due to rise on Friday"), or
    // after a longer "will" when "on" brings the day ("will adjust its counter-tariffs on US steel
    // and aluminium products on July 21").
    String.raw`\b(?:set|due|scheduled|slated)\s+to\s+(?:[\p{L}\p{N}%:.,'’-]+\s+){1,8}?(?:on\s+)?${DAY}`,
    String.raw`\bwill\s+(?:[\p{L}\p{N}%:.,'’-]+\s+){0,14}?on\s+${DAY}`,
    // The day named as the start: "sets October 14, 2025 as the effective date".
    String.raw`${DAY}(?:,?\s+\d{4})?\s+as\s+the\s+(?:effective|start(?:ing)?)\s+date\b`,
    String.raw`${DAY},?\s+(?:\d{4}\s+)?deadline\b`,
    String.raw`\b(?:in|within)\s+(?:the\s+next\s+)?\d+\s+(?:days|weeks|months|years)\b`,
  ].join('|'),
  'u',
);

/** An end a passage states by its day: "until August 12", "expires on Oct. 29", "pushes the deadline to mid-November". */
const ENDS = new RegExp(
  String.raw`\b(?:until|till|through|expir(?:e|es|ed|ing|y)|ends?|lapses?|runs?\s+out|deadline)\s+(?:[\p{L}\p{N}:.,'’-]+\s+){0,6}?(?:${DAY}|(?:early|mid|late)[-\s]?(?:${MONTH_NAMES})\b)|${DAY},?\s+(?:\d{4}\s+)?deadline\b`,
  'u',
);

/**
 * A start or an end told as past ("the duty that took effect on August 1", "came into force on
 * Wednesday", "the truce expired on Sunday"): it answers "when did it start", and "when does it
 * start" only as a time, below a start still to come ("will take effect on August 27"), above a
 * day that tells no start at all.
 */
const STARTED = new RegExp(
  String.raw`\b(?:took\s+effect|(?:went|came|entered)\s+into\s+(?:effect|force)|kicked\s+in|started|began|expired|ended|lapsed)\s+(?:[\p{L}\p{N}:.,'’-]+\s+){0,6}?${DAY}`,
  'gu',
);

/**
 * A reaction a passage states: a verb of welcome or rejection, a verdict ("called it", "described
 * the move as"), a vow or a warning, thanks, a verb that says it is one ("responded with a message
 * of appreciation", "reacted angrily", "replied that", "fired back"), a market's move (stocks, a currency:
 * "sank", "posted strong gains"), or what a poll or a survey found (the public's reaction).
 */
const REACTION = new RegExp(
  [
    String.raw`\b(?:welcom|hail|prais|applaud|celebrat|criticis|criticiz|condemn|slamm|denounc|reject|blast|decri|lambast|protest|retaliat|vow|warn|regret|regrett|lament|dismiss|respond|react|thank)(?:e|es|ed|ing|s)?\b|\brepl(?:y|ies|ied|ying)\b`,
    // A retort: "fired back hours later", "hit back with", "in a pointed response".
    String.raw`\b(?:fir|hit|sho|struck|lash)(?:e|es|ed|ing|s|t|ting)?\s+back\b|\bretort(?:s|ed|ing)?\b|\bresponses?\b`,
    String.raw`\b(?:call|called|calling|describ\w*|branded|dubbed)\s+(?:it|the\s+\p{L}+|this|that)\b`,
    String.raw`\b(?:polls?|surveys?|polled|surveyed)\b`,
    String.raw`\bexpress(?:ed|es|ing)?\s+(?:\p{L}+\s+)?(?:satisfaction|disappointment|regret|concern|relief|hope|dismay|anger)\b`,
    String.raw`\b(?:rose|fell|jumped|slid|rallied|tumbled|slumped|climbed|strengthened|weakened|gained|dropped|surged|sank|soared|plunged|plummeted|slipped|rebounded|shed)\b`,
    // A market's move told as a noun: "posted strong gains", "extended losses".
    String.raw`\b(?:post|record|book|extend|pare)(?:s|ed|d)?\s+(?:\p{L}+\s+)?(?:gains|losses)\b`,
  ].join('|'),
  'iu',
);

/**
 * A reason: a question opening with "why" or asking "what (main) reason", "for what", "the reasons
 * for (behind)" something ("what reason did the White House give for …"), one asking for the excuse, rationale, justification or
 * pretext of something, or on what grounds ("what's the excuse for the tariffs"), or one asking what
 * is to blame or what caused something ("what is blamed for the slump", "which tariffs are to blame",
 * "what caused the drop"), or what something is "supposed to do" or "meant to achieve", its "point"
 * or "purpose" ("what was that tech tax supposed to do": "brought in to address large companies").
 */
const ASKS_REASON =
  /^\W*why\b|\b(?:what|which)\s+(?:[\w'’-]+\s+){0,2}?reasons?\b|\bfor\s+what\s+(?:reasons?|purposes?)\b|\breasons?\s+(?:for|behind|why)\b|\b(?:excuses?|rationale|justifications?|pretexts?|on\s+what\s+grounds)\b|\b(?:blam(?:e|ed|es|ing)|culprits?)\b|\bwhat\s+(?:caused|causes|is\s+causing|was\s+causing|led\s+to)\b|\b(?:supposed|meant)\s+to\s+(?:do|achieve|accomplish)\b|\b(?:point|purpose)\s+of\b/i;

/**
 * A reason a passage states: a cause ("because", "due to the …", "citing"; "due to expire" is a
 * schedule), a justification ("officials arguing the purchases bankroll the war", "India asserted
 * that …", "Ottawa contends that …", "the levy follows Modi's assertion that …", "on the grounds
 * that"; a trade case's grounds are an allegation: "Washington alleges the fees are subsidies"),
 * an answer to something ("in retaliation for", "the levy is a retaliation against", "a retaliatory
 * measure against", "in response to"), the answer to a reporter's "why" ("Asked why Beijing denied
 * the talks, Bessent said …"), a measure told by its cause
 * ("a penalty tariff linked to India's Russian oil purchases", "duties tied to fentanyl", "tying the
 * decision to the trial of …"), a
 * purpose ("aimed at", "to allow for negotiations", "to pressure New Delhi"), or a cause named as
 * the one to blame ("the culprit? a 23% tariff", "the rising costs stem from", "blamed the levies",
 * "attributed to", "caused by", "driven by", "as a result of").
 */
const REASON =
  /\b(?:because|culprits?|blam(?:e|ed|es|ing)|stem(?:s|med|ming)?\s+from|attribut(?:e|ed|es|ing)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?to|caused\s+by|driven\s+by|as\s+a\s+result\s+of|result(?:s|ed|ing)?\s+from|argu(?:ing|ed|es)|(?:assert(?:s|ed|ing|ions?)?|contend(?:s|ed|ing)?|contentions?)\s+that|alleg(?:ing|ed|es|ations?)|on\s+the\s+grounds?\s+that|justif(?:y|ies|ied|ying)|due\s+to\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b|owing\s+to|cit(?:ing|ed)|in\s+(?:order|a\s+bid)\s+to|so\s+that|aim(?:ed|s)?\s+(?:at|to)|in\s+(?:response|reaction)\s+to|asked\s+why|(?:in|a)\s+retaliation\s+(?:for|against|to)|retaliatory\s+(?:\p{L}+\s+){1,2}?against|as\s+(?:retaliation|punishment|a\s+penalty)\s+for|(?:linked|tied)\s+to|(?:tying|ties|tied|link(?:s|ed|ing)?)\s+(?:the|its|his|her|their|this|that|these|those|it|them)\s+(?:[\p{L}\p{N}%'’-]+\s+){0,3}?to\b|to\s+(?:allow|give|pressure|punish|protect|force|encourage|address|counter|deter|curb|prevent|avoid|offset))\b/iu;

/**
 * A number of things: a figure that is not a percentage, a sum of money, a year or a day of a month
 * ("12,000 workers", "54 barriers", "four million people", "dozens of countries").
 */
const COUNT = new RegExp(
  [
    String.raw`(?<![$€£¥\d.,]\s?)\b(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*(?:\.\d+)?\b(?!\s*${PERCENT_UNIT}|[.,]\d)`,
    String.raw`\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds|thousands|millions)\b`,
    // How many times something was done, told by the last one: "for the seventh time", "a third round of talks".
    String.raw`\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:time|round|visit|trip)s?\b`,
  ].join('|'),
  'giu',
);

const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES}|${MONTH_SHORT}\\.?)\\s*$`, 'u');
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_NAMES})\\b`, 'u');

/** A count in `text`: a figure that is not a day next to a month's name ("August 7", "7 August"). */
function holdsCount(text: string): boolean {
  for (const m of text.matchAll(COUNT)) {
    const day =
      /^\d{1,2}$/.test(m[0]) &&
      (MONTH_BEFORE.test(text.slice(0, m.index)) || MONTH_AFTER.test(text.slice(m.index + m[0].length)));
    if (!day) return true;
  }
  return false;
}

/** A place in a ranking: "second-largest", "third biggest", "the largest", "leading", "number one". */
const RANK =
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[-\s](?:largest|biggest|most|highest|leading|top)\b|\b(?:largest|biggest|leading|number\s+one|no\.\s*1)\b/iu;

/**
 * Countries answer "which countries": this many at least, besides those the question names and the
 * United States, a party to every story. News names two in passing in most paragraphs of a story
 * between countries ("the island is part of Denmark, the UK will raise it with the US"); the
 * paragraph that answers lists them ("imports from Norway, Sweden, Finland and Iceland").
 */
const COUNTRIES_IN_A_LIST = 3;
const UNITED_STATES = documentTerms('United States')[0];

const namesCountries = (text: string, named: ReadonlySet<string>, atLeast = COUNTRIES_IN_A_LIST) =>
  new Set(documentTerms(text).filter((t) => COUNTRY_TERMS.has(t) && t !== UNITED_STATES && !named.has(t))).size >=
  atLeast;

/**
 * How many of the kinds of answer `kinds` asks for `text` holds. A question asking when something
 * is set to start ("when does the tariff take effect?") is answered by its start: a day that tells
 * when it was announced or said ("On August 1, the administration announced …") is no answer of a
 * time, so the time counts only beside a start or, asked when something ends, a span; a start told
 * as past counts as a time alone.
 */
export function answersHeld(kinds: readonly AnswerKind[], text: string, named: ReadonlySet<string>): number {
  const held = kinds.filter((kind) => holdsAnswer(kind, text, named));
  const dayAlone =
    kinds.includes('schedule') &&
    held.includes('time') &&
    !held.includes('schedule') &&
    !held.includes('end') &&
    !text.match(STARTED);
  return held.length - Number(dayAlone);
}

/**
 * Whether `text` holds an answer of `kind`: a time, or an amount other than those the question
 * names (`named`: the question's terms, "50%"; "when does the 50% tariff start?" is not answered by
 * another mention of 50%), a percentage for a rate, or countries other than those it names.
 */
export function holdsAnswer(kind: AnswerKind, text: string, named: ReadonlySet<string>): boolean {
  if (kind === 'time') return TIME.test(text);
  if (kind === 'duration') return SPAN.test(text) || SCHEDULED.test(text.replace(STARTED, ' '));
  if (kind === 'sum') return SUM.test(text);
  if (kind === 'schedule') return SCHEDULED.test(text.replace(STARTED, ' '));
  if (kind === 'end') return SPAN.test(text) || ENDS.test(text);
  if (kind === 'reaction') return REACTION.test(text);
  if (kind === 'reason') return REASON.test(text);
  if (kind === 'counterfactual') return COUNTERFACTUAL.test(text);
  if (kind === 'person') return PERSON.test(text);
  if (kind === 'payer') return PAYER.test(text);
  if (kind === 'effect') return EFFECT.test(text);
  if (kind === 'ruling') return RULING.test(text);
  if (kind === 'statement') return STATEMENT.test(text);
  if (kind === 'condition') return CONDITION.test(text);
  if (kind === 'conditional') return CONDITIONAL.test(text);
  if (kind === 'place') return PLACE.test(text) || namesCountries(text, named, 1);
  if (kind === 'destination') return DESTINATION.test(text);
  if (kind === 'tally') return TALLY.test(text);
  if (kind === 'pending') return PENDING.test(text);
  if (kind === 'previous') return PREVIOUS.test(text);
  if (kind === 'count') return holdsCount(text);
  if (kind === 'rank') return RANK.test(text);
  if (kind === 'countries') return namesCountries(text, named);
  if (kind === 'goods') return listsGoods(text);
  for (const [, digits, spelt] of text.matchAll(AMOUNT)) {
    const percent = digits ?? (spelt && NUMBER_WORDS[spelt.toLowerCase()]);
    if (percent ? !named.has(`${percent}%`) : kind === 'amount') return true;
  }
  return false;
}
