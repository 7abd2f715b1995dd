/**
 * `/ask`'s one-line answer, from the same knowledge `/tariff`, `/deadline` and `/quote` use: the
 * rate in force one way between two countries, when a pause or deadline runs out, or what a person
 * said. Every number and word of it comes from a cited sentence of the corpus; a question the
 * knowledge cannot answer gets none.
 */
import { articleRef, type ArticleRef } from '../corpus/article.ts';
import { deadlineStatus } from '../deadlines/deadline.ts';
import { countryNamed, HOME_COUNTRY, nameInText } from '../geo/countries.ts';
import { countryMentions, type CountryMention } from '../geo/mentions.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { quoteLookup } from '../quotes/lookup.ts';
import { namedProductsIn } from '../rates/coverage.ts';
import { pairRates, worldwideRates, type DirectionRates } from '../rates/current.ts';
import { worldwideTarget } from '../rates/party-cues.ts';
import { levelText, type RateStatement } from '../rates/rate-statement.ts';
import { inForceWording, trackerStatus, type RateInForce } from '../rates/timeline.ts';
import { queryTerms } from '../search/analyzer.ts';
import { timeFocusOf } from '../search/time-focus.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

export type AnswerKind = 'rate' | 'deadline' | 'quote';

export type AnswerCitation = ArticleRef & { paragraph: number };

/** The console JSON `data.answer` (a scripting contract). */
export interface DirectAnswer {
  text: string;
  kind: AnswerKind;
  citations: AnswerCitation[];
  /** A rate answer that gives a level announced or set to start, not one charged now. */
  toCome?: true;
}

/** A quotation longer than this is cut at a word, with an ellipsis. */
const QUOTE_ROOM = 280;

/** The direct answer to `question`, or undefined when it asks something else or the knowledge has none. */
export function directAnswer(kb: KnowledgeBase, question: string, now: Date): DirectAnswer | undefined {
  return quoteAnswer(kb, question) ?? deadlineAnswer(kb, question, now) ?? rateAnswer(kb, question, now);
}

function cite(kb: KnowledgeBase, articleId: string, paragraph: number): AnswerCitation | undefined {
  const article = kb.articleById.get(articleId);
  return article ? { ...articleRef(article), paragraph } : undefined;
}

const sourceText = (c: AnswerCitation) => `(${c.outlet}, ${c.published}, paragraph ${c.paragraph})`;

/** "Chinese goods", "goods from Laos". */
function goodsFrom(country: string): string {
  const demonym = countryNamed(country)?.demonyms[0];
  return demonym ? `${demonym} goods` : `goods from ${country}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// Rates ---------------------------------------------------------------------------------------

/** A question about the level of a tariff: what, which, how high; not when, why or who. */
const RATE_QUESTION =
  /^(?:(?:so|and|ok),?\s+)?(?:what(?:'s| is| are| was)?|which|how (?:much|high|big)|is there|are there|does|do)\b[^?]*\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|taxe?s?|charges?)\b/i;
/**
 * "What reason did he give for the tariffs", "which other countries got new duties", "what products are
 * exempt from the tariffs", "what prompted the tariffs": the thing asked for is a cause, goods or
 * countries, not a level, however many tariff words follow.
 */
const ASKS_OTHER_THING =
  /^(?:(?:so|and|ok),?\s+)?(?:what|which)\s+(?:other\s+)?(?:(?:reasons?|grounds|countries|nations|economies|partners|products|goods|items|sectors?|industries|companies|firms|businesses|impacts?|effects?|consequences|steps?|exemptions?|exceptions)\b|(?:prompted|caused|triggered|sparked|drove|led|happened)\b)/i;
/** A rate the question already names: it asks something else about it ("when does the 50% tariff start"). */
const STATED_RATE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*${PERCENT_UNIT}`, 'i');
/**
 * Whether a rate holds now, asked yes or no: "is the US still charging tariffs on Indian goods",
 * "are Swiss goods still paying 39%", "is the 50% tariff on Brazil still in force": a word of holding
 * or a level, not "is the tariff still legal". The rate in force answers it, with a yes or a no where
 * the question names a level.
 */
const STILL_QUESTION = new RegExp(
  String.raw`^(?:(?:so|and|ok),?\s+)?(?:is|are|does|do)\b(?=[^?]*\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\b)(?=[^?]*(?:\b(?:charg(?:e|es|ed|ing)|pa(?:y|ys|ying|id)|fac(?:e|es|ing)|impos(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|levied|in\s+(?:force|effect|place))\b|${STATED_RATE.source}))[^?]*\b(?:still|currently|any\s?more|any\s+longer)\b`,
  'i',
);
/**
 * Words after a country that make it the target: "Chinese goods", "imports from Brazil", and a
 * payer's verb, its goods named or not between ("what tariff will India pay", "does brazilian coffee
 * face"): a country pays or faces a tariff on its goods, and charges its own.
 */
const TARGET_AFTER =
  /^s?(?:'s?)?\s+(?:goods|products|imports|exports|exporters|shipments|companies|firms|cars|steel|(?:[\p{L}-]+\s+){0,2}?(?:pays?|paying|paid|faces?|facing|faced)\b)/iu;
const TARGET_BEFORE = /\b(?:on|against|for|from|to|toward|towards)\s+(?:the\s+)?$/i;
/** Words after a country that make it the one charging: "China's tariff", "Canada charges". */
const IMPOSER_AFTER =
  /^(?:'s?\s+(?:own\s+)?(?:\w+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|counter)|\s+(?:charges?|imposes?|levies|puts?|slaps?|applies))/i;
const IMPOSER_BEFORE = /\b(?:does|do|did|will|would|is|are)\s+(?:the\s+)?$/i;

/** Mentions in the question, read once as typed and once with each word capitalized ("us tariffs on brazil"). */
function mentionsIn(question: string): CountryMention[] {
  const found = countryMentions(question);
  if (found.some((m) => m.country !== HOME_COUNTRY)) return found;
  return countryMentions(question.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bUs\b/g, 'us'));
}

/** Who charges whom, as the question words it; the home country charges unless the partner is said to. */
function directionOf(question: string): { imposer: string; target: string } | undefined {
  const mentions = mentionsIn(question);
  const partner = mentions.find((m) => m.country !== HOME_COUNTRY);
  if (!partner) return undefined;
  const home = mentions.find((m) => m.country === HOME_COUNTRY);
  const before = (m: CountryMention) => question.slice(Math.max(0, m.start - 20), m.start);
  const after = (m: CountryMention) => question.slice(m.end, m.end + 40);
  const partnerCharges =
    IMPOSER_AFTER.test(after(partner)) ||
    (IMPOSER_BEFORE.test(before(partner)) && !TARGET_AFTER.test(after(partner))) ||
    (home !== undefined &&
      (TARGET_AFTER.test(after(home)) || TARGET_BEFORE.test(before(home))) &&
      home.start > partner.start);
  return partnerCharges
    ? { imposer: partner.country, target: HOME_COUNTRY }
    : { imposer: HOME_COUNTRY, target: partner.country };
}

function rateAnswer(kb: KnowledgeBase, question: string, now: Date): DirectAnswer | undefined {
  const still = STILL_QUESTION.test(question);
  if (!still && (!RATE_QUESTION.test(question) || STATED_RATE.test(question))) return undefined;
  if (ASKS_OTHER_THING.test(question)) return undefined;
  const direction = directionOf(question);
  // A question that names no partner but imports from everywhere ("the global tariff", "the tariff
  // on all imports") asks for the home country's rate on all countries.
  if (!direction && !worldwideTarget(question)) return undefined;
  // The same timeline /tariff reads, on the bot's day or the day the question names.
  const today = now.toISOString().slice(0, 10);
  const focus = timeFocusOf(question, today);
  const asOf = focus?.kind === 'period' && focus.day < today ? focus.day : today;
  const rates = direction ? chargedOn(kb, direction, asOf) : worldwideRates(kb.rates, asOf);
  const present = asOf === today;
  if (ASKS_PENDING.test(question)) return pendingAnswer(kb, rates, rates.pending, present);
  // A change's new level is the one pending, unless that is a threat: then the one set to come.
  const next = rates.pending && trackerStatus(rates.pending) !== 'threatened' ? rates.pending : rates.coming;
  if (ASKS_NEW_LEVEL.test(question) && next) return pendingAnswer(kb, rates, next, present);
  // A question naming goods ("the tariff on Korean cars", "pharmaceutical tariffs") asks for the
  // rate on them: the rate on goods in general does not answer it, and no rate on them gives none.
  const goods = namedProductsIn(question);
  if (goods.length === 0 && focus?.kind !== 'now' && ASKS_COMING_LEVEL.test(question) && rates.coming)
    return pendingAnswer(kb, rates, rates.coming, present);
  const inForce = goods.length > 0 ? rateOnGoods(rates.coverage, goods) : rates.inForce;
  // With no rate in force on goods in general, a level announced or set to start is the news there
  // is: told as such ("is set to charge 10%"), never as charged.
  if (!inForce) return goods.length === 0 && next ? pendingAnswer(kb, rates, next, present) : undefined;
  // Sources of the same day that disagree are cited too.
  const citations = [inForce.statement, ...inForce.disputed].flatMap((s) => cite(kb, s.articleId, s.paragraph) ?? []);
  if (citations.length === 0) return undefined;
  const rate = levelText({ percent: inForce.percent, qualifier: inForce.statement.qualifier });
  const onTop = inForce.statement.part === 'component' ? ' on top of other duties' : '';
  const disputed =
    inForce.disputed.length > 0
      ? `; other sources of that day say ${inForce.disputed.map((s) => `${s.percent}%`).join(', ')}`
      : '';
  const imposer = nameInText(rates.imposer);
  // A question naming goods is answered on those goods (`rateOnGoods` found the rate by them).
  const on =
    goods.length > 0
      ? `${(inForce.statement.products ?? []).join(', ')} from ${nameInText(rates.target)}`
      : goodsFrom(rates.target);
  // A level the question names is answered yes or no before the rate in force.
  const named = still ? STATED_RATE.exec(question)?.[1] : undefined;
  const verdict = named === undefined ? '' : Number(named) === inForce.percent ? 'Yes: ' : 'No: ';
  const who = present ? imposer : `on ${asOf}, ${imposer}`;
  return {
    kind: 'rate',
    text: capitalized(
      `${verdict}${who} ${present ? 'charges' : 'charged'} ${rate}${onTop} on ${on}, ${inForceWording(inForce, (day) => day)}${disputed} ${citations.map(sourceText).join(' ')}.`,
    ),
    citations,
  };
}

/** What `direction.imposer` charges `direction.target` on `asOf`, from the pair's timeline. */
function chargedOn(kb: KnowledgeBase, direction: { imposer: string; target: string }, asOf: string): DirectionRates {
  const partner = direction.imposer === HOME_COUNTRY ? direction.target : direction.imposer;
  const [homeCharges, partnerCharges] = pairRates(kb.rates, partner, asOf);
  return direction.imposer === HOME_COUNTRY ? homeCharges : partnerCharges;
}

/**
 * A level threatened, announced or proposed is not charged yet: "what tariff did Trump threaten Japan
 * with", "what tariff had Trump announced on Mexico" ask for it, never for the rate in force.
 */
const ASKS_PENDING = /\b(?:threat\w*|warn(?:s|ed|ing)?|propos\w*|announc\w*)\b/i;
/**
 * A change's new level ("what did the US cut tariffs on China to", "… to in Geneva"): one announced
 * or set to start, if any, is it.
 */
const ASKS_NEW_LEVEL =
  /\b(?:cut|cuts|lower(?:s|ed)?|reduc\w*|slash\w*|rais\w*|hik\w*|increas\w*)\b(?:\s+[\p{L}'’-]+){0,6}?\s+to(?:\s+(?:in|at|on|after|during|under|with)\s+[^?]*)?\s*\??$/iu;

/**
 * A level still to come, asked in the future or as the new one: "what tariff will Vietnamese goods face
 * under the deal", "what is the new tariff rate on Taiwan". One announced or set to start answers it
 * (a threat is not set); with none, the rate in force does, and so it does for "what will Peru pay now".
 */
const ASKS_COMING_LEVEL =
  /\b(?:will|is\s+going\s+to|are\s+going\s+to)\b|\bnew\s+(?:[\p{L}.-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\b/iu;

/** How a rate not charged yet stands, in the present and in the past. */
const PENDING_WORDS: Record<string, readonly [string, string]> = {
  threatened: ['has threatened', 'had threatened'],
  announced: ['has announced', 'had announced'],
  scheduled: ['is set to charge', 'was set to charge'],
  paused: ['has paused', 'had paused'],
};

/** A level threatened, announced, set to start or paused on goods in general (`pending`), or nothing. */
function pendingAnswer(
  kb: KnowledgeBase,
  rates: DirectionRates,
  pending: RateStatement | undefined,
  present: boolean,
): DirectAnswer | undefined {
  const words = pending && PENDING_WORDS[trackerStatus(pending) ?? ''];
  const citation = pending && cite(kb, pending.articleId, pending.paragraph);
  if (!pending || !words || !citation) return undefined;
  const imposer = nameInText(rates.imposer);
  const rate = levelText(pending);
  const from = pending.effective ? ` from ${pending.effective}` : '';
  return {
    kind: 'rate',
    text: `${present ? capitalized(imposer) : `Then, ${imposer}`} ${words[present ? 0 : 1]} ${rate} on ${goodsFrom(rates.target)}${from} ${sourceText(citation)}.`,
    citations: [citation],
    toCome: true,
  };
}

/** The rate in force on goods `asked` names, among a direction's rates limited to products (newest source first). */
const rateOnGoods = (coverage: readonly RateInForce[], asked: readonly string[]): RateInForce | undefined =>
  coverage.find((rate) => rate.statement.products?.some((product) => asked.includes(product)));

// Deadlines -----------------------------------------------------------------------------------

/** A question about something running out… */
const ENDS =
  /\b(?:deadline|pause[sd]?|truce|reprieve|suspension|suspended|expire[sd]?|expiry|run(?:s)? out|ran out|end(?:s|ed)?|lapse[sd]?|until when|how long|extended|extension)\b/i;
/** …or a tariff starting. */
const STARTS =
  /\b(?:take[sn]? effect|took effect|start(?:s|ed)?|begin(?:s)?|began|kick(?:s)? in|come(?:s)? into (?:force|effect)|effective|implemented)\b/i;
/** Either asks when (or until when, or how long). */
const WHEN = /\b(?:when|until|till|how long|what date|which date|by what date)\b/i;

function deadlineAnswer(kb: KnowledgeBase, question: string, now: Date): DirectAnswer | undefined {
  if (!WHEN.test(question)) return undefined;
  const kind = ENDS.test(question) ? 'ends' : STARTS.test(question) ? 'takes effect' : undefined;
  if (!kind) return undefined;
  const partners = mentionsIn(question)
    .map((m) => m.country)
    .filter((c) => c !== HOME_COUNTRY)
    .flatMap((c) => queryTerms(c));
  const asked = new Set(queryTerms(question));
  const stated = /(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/i.exec(question)?.[1];
  // A tariff taking effect has a direction: its title names the imposer first ("US tariff on India").
  const direction = kind === 'takes effect' ? directionOf(question) : undefined;
  const [imposer = '', target = ''] = direction
    ? [direction.imposer, direction.target].map((c) => queryTerms(c)[0])
    : [];
  const candidates = kb.deadlines.flatMap((d) => {
    if (d.origin !== 'corpus' || !d.article || d.kind !== kind) return [];
    const terms = queryTerms(d.title);
    if (!partners.every((t) => terms.includes(t))) return [];
    if (direction && terms.indexOf(imposer) > terms.indexOf(target)) return [];
    // A rate the question names must be the one the deadline's sentence gives.
    if (
      stated &&
      !new RegExp(`(?<![\\d.])${stated.replace('.', '\\.')}\\s*(?:%|percent|per cent)`, 'i').test(
        `${d.title} ${d.sentence ?? ''}`,
      )
    )
      return [];
    const upcoming = deadlineStatus(d, now) === 'upcoming';
    return [{ d, upcoming, overlap: terms.filter((t) => asked.has(t)).length }];
  });
  // The best-matching title; among equals, the next to run out, else the latest passed.
  const chosen = candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      Number(b.upcoming) - Number(a.upcoming) ||
      (a.upcoming ? a.d.at.localeCompare(b.d.at) : b.d.at.localeCompare(a.d.at)),
  )[0];
  if (!chosen?.d.article) return undefined;
  const { d, upcoming } = chosen;
  const citation = cite(kb, d.article!.id, d.article!.paragraph);
  if (!citation) return undefined;
  const verb = kind === 'ends' ? (upcoming ? 'runs out' : 'ran out') : upcoming ? 'takes effect' : 'took effect';
  return {
    kind: 'deadline',
    text: `${capitalized(d.title)} ${verb} on ${d.approximate ? 'about ' : ''}${d.date} ${sourceText(citation)}.`,
    citations: [citation],
  };
}

// Quotations ----------------------------------------------------------------------------------

/** "What did Bessent say about China?", "what has the Chinese commerce ministry said on chips". */
const QUOTE_QUESTION =
  /\bwhat (?:did|has|have|does|do) (.+?) (?:say|said|tell|told|write|wrote|post|posted|think)\b(?:\s+(?:about|on|of|regarding)\s+(.+?))?\s*\??$/i;

function quoteAnswer(kb: KnowledgeBase, question: string): DirectAnswer | undefined {
  const match = QUOTE_QUESTION.exec(question.trim());
  if (!match) return undefined;
  const lookup = quoteLookup(kb.quotes);
  const speaker = lookup.find(match[1]!.replace(/^the\s+/i, ''));
  if (!speaker) return undefined;
  const topic = match[2] ? queryTerms(match[2]) : [];
  const quotes = lookup
    .quotesOf(speaker.key)
    .filter((q) => topic.length === 0 || topic.some((t) => queryTerms(q.text).includes(t)));
  // Whole quotations first: a fragment inside reported speech says less on its own.
  const quote = quotes.find((q) => !q.partial) ?? quotes[0];
  const where = quote?.citations[0];
  const citation = where && cite(kb, where.articleId, where.paragraph);
  if (!quote || !citation) return undefined;
  const text =
    quote.text.length > QUOTE_ROOM ? `${quote.text.slice(0, QUOTE_ROOM).replace(/\s+\S*$/, '')}…` : quote.text;
  return {
    kind: 'quote',
    text: `${speaker.name} said: “${text}” ${sourceText(citation)}.`,
    citations: [citation],
  };
}
