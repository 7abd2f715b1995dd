import { COUNTRIES, HOME_COUNTRY } from '../geo/countries.ts';
import { countryMentions } from '../geo/mentions.ts';
import { clauseAt, clauseSpans, type Span } from './clauses.ts';
import { namedProductsIn } from './coverage.ts';
import { ANSWERING, GOODS_WORDS } from './cues.ts';
import { wordsSource } from './words.ts';
import {
  ALL_IMPORTS_LAW_ALL,
  ANAPHORS,
  AVERAGE,
  BOTH_WAYS,
  CHANGES_STATED_RATE_TO,
  COORDINATION,
  EVERY_COUNTRY,
  GENERIC_TARGET,
  MEMBERS_LISTED_AFTER,
  CHARGED_BEFORE,
  HOME_GOVERNMENT,
  IMPORTED_GOODS,
  isWorldwide,
  namesAllImportsLaw,
  RESPECTIVELY,
  RETALIATION,
  SUBJECT_VERB,
  UNIVERSAL,
  worldwideTarget,
  type Role,
} from './party-cues.ts';
import type { RoledMention } from './roles.ts';
import { tableRowOwner } from './run-table.ts';
import { PERCENT_WORD } from '../text/percent-unit.ts';

const GOODS_NOUNS = wordsSource(GOODS_WORDS);

/** Who imposes a rate on whom. */
export interface Direction {
  imposer: string;
  target: string;
}

/** A country an earlier sentence names, with the part that sentence gives it. */
export type ContextParty = Omit<Party, 'start'>;

/** What `directionsOf` reads for one percentage. */
export interface DirectionScope {
  sentence: string;
  /** The countries of the sentence, with roles. */
  mentions: readonly RoledMention[];
  clause: Span;
  segment: Span;
  /** Where the percentage starts. */
  at: number;
  /** The directions of the previous percentage of the sentence, if any. */
  previous?: readonly Direction[];
  /** Where the previous percentage of the sentence ends. */
  previousEnd?: number;
  /** The parties of the nearest earlier sentence that names a foreign country (computed only when needed). */
  context: () => readonly ContextParty[];
  /** The direction of the rate stated just before, when the sentence goes on with it ("Additionally, …"). */
  continued?: Direction;
}

interface Party {
  country: string;
  role: Role;
  /** Where it is named in the sentence; absent for a country from context. */
  start?: number;
}

/**
 * A country named twice in the parties, once imposing and once targeted ("China announced the
 * suspension of 24% tariffs on the US after Trump … on Chinese imports"), plays the part its
 * mention nearest the number gives it; the other mention is about another tariff.
 */
function nearestRoles(parties: readonly RoledMention[], at: number): readonly RoledMention[] {
  const distance = (m: RoledMention) => (m.start > at ? m.start - at : at - m.end);
  const decided = new Map<string, RoledMention>();
  for (const m of parties) {
    if (m.role === 'unknown') continue;
    const best = decided.get(m.country);
    if (!best || distance(m) < distance(best)) decided.set(m.country, m);
  }
  return parties.filter((m) => m.role === 'unknown' || decided.get(m.country) === m);
}

const within = (mentions: readonly RoledMention[], span: Span) =>
  mentions.filter((m) => m.start >= span.start && m.end <= span.end);
const unique = (countries: readonly string[]) => [...new Set(countries)];

/** The first party of `parties` (by role preference) that is none of `not`. */
function pick(parties: readonly Party[], roles: readonly Role[], not: readonly string[]): string | undefined {
  for (const role of roles) {
    const found = parties.find((p) => p.role === role && !not.includes(p.country));
    if (found) return found.country;
  }
  return undefined;
}

/** Foreign countries first named in `parties`, in order. */
/** The blocs of the country list ("the bloc" refers back to one of them). */
const BLOCS = new Set(COUNTRIES.filter((c) => c.bloc).map((c) => c.name));
const foreignIn = (parties: readonly Party[]) =>
  unique(parties.map((p) => p.country).filter((c) => c !== HOME_COUNTRY));

/**
 * Directions from the parties nearest the number (`local`), completed from the rest of the sentence
 * (`nearby`) and, only when the sentence names no partner, from `context`. A target with no
 * imposer is the home country's target, and so is a foreign country with no role; a foreign
 * imposer with no partner named charges `unnamed(imposer)` (one party or several).
 */
function resolve(
  local: readonly Party[],
  nearby: readonly Party[],
  context: readonly Party[],
  bothWays: boolean,
  at: number,
  homeActsAt = -1,
  unnamed: (imposer: string) => readonly string[] = () => [HOME_COUNTRY],
): Direction[] {
  const countries = unique(local.map((p) => p.country));
  if (bothWays) {
    const [a, b = a && (a !== HOME_COUNTRY ? HOME_COUNTRY : foreignIn([...nearby, ...context])[0])] = countries;
    return a && b && a !== b
      ? [
          { imposer: a, target: b },
          { imposer: b, target: a },
        ]
      : [];
  }
  const targets = unique(local.filter((p) => p.role === 'target').map((p) => p.country));
  const imposer = pick(local, ['imposer'], targets);
  if (targets.length > 0) {
    // A foreign country with no role after the number is compared with the target ("…, alongside
    // Brazil's"), not imposing on it; before it, it is the subject ("Beijing's move: 34% on US goods"),
    // unless the home government acts after it ("India's exporters … when Trump slashed tariffs on Bangladesh").
    const subjects = targets.includes(HOME_COUNTRY)
      ? local
      : local.filter((p) => p.start === undefined || (p.start < at && p.start > homeActsAt));
    const unacted = targets.includes(HOME_COUNTRY)
      ? nearby
      : nearby.filter((p) => p.role === 'imposer' || p.start === undefined || p.start > homeActsAt);
    // On a foreign target, a foreign country outside the number's clause imposes only where the words
    // say so: news on US tariffs names other countries in other clauses to list or compare them
    // ("Norway has 15%, while Brazil faces 50%"), and one rarely taxes another.
    const outside: readonly Role[] = targets.includes(HOME_COUNTRY) ? ['imposer', 'unknown'] : ['imposer'];
    // A rate on the home country that nothing else gives an imposer, after a rate of the sentence on a
    // foreign country's goods, is that country's: "30% on Chinese imports and 10% on American goods".
    const by =
      imposer ??
      pick(subjects, ['unknown'], targets) ??
      pick(unacted, outside, targets) ??
      (targets.includes(HOME_COUNTRY)
        ? (foreignIn(context).find((c) => !targets.includes(c)) ?? pick(unacted, ['target'], targets))
        : HOME_COUNTRY);
    return by ? targets.filter((t) => t !== by).map((target) => ({ imposer: by, target })) : [];
  }
  // Two countries that each might charge it ("any Canadian retaliatory tariffs would be met with an
  // additional 35% duty on exports to the United States"): the one named nearer the number does, on the other.
  const imposers = local.filter((p) => p.role === 'imposer' && p.start !== undefined);
  if (new Set(imposers.map((p) => p.country)).size > 1) {
    const distance = (p: Party) => Math.abs((p.start ?? 0) - at);
    const [nearest, ...others] = [...imposers].sort((a, b) => distance(a) - distance(b));
    const target = others.find((p) => p.country !== nearest?.country);
    if (nearest && target) return [{ imposer: nearest.country, target: target.country }];
  }
  if (imposer) {
    const target = pick(local, ['unknown'], [imposer]) ?? pick(nearby, ['target', 'unknown', 'imposer'], [imposer]);
    const targets = target ? [target] : imposer !== HOME_COUNTRY ? unnamed(imposer) : foreignIn(context).slice(0, 1);
    return targets.map((t) => ({ imposer, target: t }));
  }
  const foreign = foreignIn(local);
  const partners = foreign.length > 0 ? foreign : foreignIn([...nearby, ...context]).slice(0, 1);
  return partners.map((target) => ({ imposer: HOME_COUNTRY, target }));
}

/**
 * A rate on imports from everywhere, as the home country's rate on `all countries` ("a global
 * 10% tariff", "on all imports") or on `most countries` ("the 10% baseline on nearly all trading
 * partners"): real news, kept apart from every partner's own rates. None for a rate on some other
 * countries, an average, or one another country imposes.
 */
function worldwide(clauseText: string, clauseMentions: readonly RoledMention[]): Direction[] {
  const target = worldwideTarget(clauseText);
  if (!target || clauseMentions.some((m) => m.country !== HOME_COUNTRY)) return [];
  return [{ imposer: HOME_COUNTRY, target }];
}

/**
 * `chosen` with the countries listed beside them ("on imports from the UK, Denmark, Norway and
 * France"), which commas put in other clauses.
 */
function withListed(
  sentence: string,
  mentions: readonly RoledMention[],
  chosen: readonly RoledMention[],
): readonly RoledMention[] {
  const listed = new Set(chosen);
  for (let i = 0; i < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (!a || !b || !COORDINATION.test(sentence.slice(a.end, b.start))) continue;
    if (listed.has(a)) listed.add(b);
  }
  for (let i = mentions.length - 1; i > 0; i--) {
    const [a, b] = [mentions[i - 1], mentions[i]];
    if (a && b && listed.has(b) && COORDINATION.test(sentence.slice(a.end, b.start))) listed.add(a);
  }
  return mentions.filter((m) => listed.has(m));
}

/** Words of a rate on everyone, in the number's own noun phrase: "a “universal 10%” level", "the 10% global tariff" ("baseline" is said of one partner's rate too). */
const WORLDWIDE_BEFORE = /\b(?:universal|global|worldwide)\s*["“]?\s*$/u;
/** The same words before the tariff noun the number is "of": "the global sector-specific duty of 25 percent", "a universal tariff of 10%". */
const WORLDWIDE_OF =
  /\b(?:universal|global|worldwide)\s+(?:[\p{L}-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|rate)\s+of\s+(?:about\s+|around\s+)?$/u;
const WORLDWIDE_AFTER = new RegExp(
  String.raw`^\S+(?:\s+${PERCENT_WORD})?\s*["”]?\s+(?:universal|global|worldwide)\b`,
  // "the 10% Worldwide Tariff": a leader's post writes the name of the tariff in title case.
  'iu',
);

/** Imported or foreign goods up to the country they come from: "on imported chicken, wheat and cotton originating from ". */
const IMPORTED_FROM =
  /^on\s+(?:all\s+)?(?:imported|foreign)\s+(?:(?!(?:while|but|whereas|although|though|which|that|who|as|after|before|when|if|and\s+(?:the|a|an|its|their))\b)[\p{L}&'’-]+,?\s+){0,10}?(?:from|originating\s+(?:from|in)|made\s+in|produced\s+in)\s+(?:the\s+)?$/u;

/** A clause opening on a group of countries as its subject: "while most countries pay", "Most Caribbean nations face". */
const GROUP_SUBJECT =
  /^\W*(?:(?:while|whereas|although|though)\s+)?(?:most|many|other|all|several|some|(?:nearly|almost|virtually)\s+all)\s+(?:of\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,2}?(?:countries|nations|economies|(?:trading\s+)?partners)\b/iu;
/**
 * A participle clause of bearing a rate ("…, facing only a flat 10% tariff"), which goes on with the
 * subject of the clause before it, and that subject a group of countries picked out by what they did
 * ("all countries that had not retaliated would be granted a reprieve"): the group's rate, on most
 * countries, since a group so picked out is not all of them.
 */
const BEARING_PARTICIPLE = /^\W*(?:facing|paying|getting|receiving|subject\s+to)\b/iu;
const PICKED_GROUP =
  /\b(?:all|most|many|other)\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|nations|economies|(?:trading\s+)?partners)\s+(?:that|which|who)\b/iu;
/** Countries as a group no one has named ("economies that fail to", "a wide range of nations"), not ones pointed back at ("these countries", "the two nations"). */
const UNNAMED_COUNTRIES =
  /(?<!\b(?:the|these|those|both|two|such|its|their|our|his|her)\s+)\b(?:countries|nations|trading\s+partners|economies)\b/iu;

/** A rate told as the same for every country, in the number's own noun phrase: "a 10% uniform tariff", "the 10% minimum tariffs". */
const UNIFORM_AFTER = new RegExp(String.raw`^\S+(?:\s+${PERCENT_WORD})?\s+(?:uniform|minimum)\b`, 'u');

/** Partners a relative clause may describe without naming them: "its Southeast Asian neighbours, which …". */
const UNNAMED_PARTNERS_BEFORE =
  /\b(?:neighbou?rs|rivals|competitors|peers|partners|countries|nations|economies)\s*,\s*$/u;

/** A relative clause set off by commas between a subject and its verb: "India, which levies 100% on US motorcycles, now …". */
const RELATIVE_ASIDE = /^\s*,\s*(?:which|who)\b[^,;]*,\s*$/u;

/** A passive verb opening a clause: its subject bears the rate ("… , was also set at 19%"). */
const PASSIVE =
  /^\s+(?:\S+\s+){0,2}?(?:was|were|is|are|been)\s+(?:also\s+|now\s+|since\s+)?(?:set|cut|put|hit|\p{Ll}+ed)\b/u;

/** "All other imports" may be those from the partner named before. */
const OTHER = /\bother\b/iu;

/**
 * "nearly all U.S. imports": a country named between "nearly all" and "imports", read from its
 * start: the imports from most countries. "All U.S. imports" as the subject before the number
 * ("All U.S. imports will be subject to a 10% tariff") are those from all of them (after the
 * number, "on all U.S. imports" may be a partner's rate on the home country's goods).
 */
const ALL_BEFORE = /\b(?:(nearly|almost|virtually)\s+)?all\s+(?:of\s+)?(?:the\s+)?$/iu;
const IMPORTS_AFTER_NAME = /^[\p{L}.]+\s+imports\b/u;
const allImportsAt = (sentence: string, start: number, at: number): 'all countries' | 'most countries' | undefined => {
  const all = ALL_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start));
  if (!all || !IMPORTS_AFTER_NAME.test(sentence.slice(start))) return undefined;
  if (all[1]) return 'most countries';
  return start < at ? 'all countries' : undefined;
};

/**
 * "They", "the country" or "the bloc" as the subject that bears a rate: "They are still subject to",
 * "The country south of the border also faces", "The 27-nation bloc faces". The countries named
 * before, the first of them, or the bloc named before (whatever it did there: "The EU will launch
 * countermeasures … The bloc faces 25% tariffs" is the home country's rate on the bloc).
 */
const THEY_BEAR =
  /^\W*(?:(?<they>They)|The\s+(?:country|nation)(?:\s+\p{Ll}+){0,4}?|The\s+(?:[\p{L}\d-]+\s+)?(?<bloc>bloc))\s+(?:(?:are|is|were|was|will|would|could|still|also|now|already|be|remain|remains)\s+){0,3}(?:fac(?:e|es|ed|ing)|subject\s+to|hit\s+with)\b/u;

/** A singular pronoun referring back: "made it a target", "its exports". */
const SINGULAR_REFERENCE = /\b(?:it|its)\b/iu;

/** Between a country and its number: "Japan's 15%", "Britain’s". */
const POSSESSIVE_BEFORE = /^['’]s?\s*$/u;
/** A possessive right before a number: "Cambodia's 36%". */
const OWNS_NUMBER = /^['’]s?\s*(?:about\s+|around\s+)?(?=\d)/u;
const ownsOtherNumber = (sentence: string, m: RoledMention, at: number) => {
  const owned = OWNS_NUMBER.exec(sentence.slice(m.end));
  return owned !== null && m.end + owned[0].length !== at;
};
/**
 * Between a country and a number that is its rate: in brackets right after it ("Laos (40%)",
 * "Syria (about 41%)"), after "at", as trackers rank them ("followed by Switzerland at 39%"), or
 * after a comma and "with" ("Britain, with a 10 percent tariff").
 */
const BRACKETED = /^['’]?s?\s*\((?:\s*[\p{L}]+){0,2}\s*$/u;
/** A rate whose noun names the partner it is told with: "30 percent tariff rate with Chile". */
const RATE_WITH = new RegExp(
  String.raw`^\S+(?:\s?${PERCENT_WORD})?\s+(?:tariff|duty|customs)\s+rates?\s+with\s+(?:the\s+)?$`,
  'u',
);
/** A list item's own bracketed rate, joined to the next item by a comma: "Peru (49 percent), ". */
const ITEM_BRACKET_BEFORE = /\([^()]*\d[^()]*\)\s*,\s*(?:and\s+)?$/u;
/** A bracket that gives its rate to every name before it: "Thailand and Cambodia (both 36%)", "(36% each)". */
const SHARED_BRACKET_BEFORE = /\(\s*(?:both|all|each)\s+$/iu;
const SHARED_BRACKET_AFTER = new RegExp(String.raw`^[\d.]+\s?(?:%|${PERCENT_WORD})\s+(?:each|apiece)\s*\)`, 'iu');
const sharedBracket = (sentence: string, at: number) =>
  SHARED_BRACKET_BEFORE.test(sentence.slice(Math.max(0, at - 12), at)) || SHARED_BRACKET_AFTER.test(sentence.slice(at));
const RANKED_AT = /^\s+at(?:\s+\p{L}+)?\s*$/u;
/** A rate set off after a country by a comma and "with", as a comparison lists them: "or Britain, with a 10 percent tariff". */
const WITH_AFTER_COMMA = /^\s*,\s+with\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+)?$/u;
/**
 * An aside set off by dashes between a country and its number, as a list running in a sentence
 * describes one of its items: "Kenya 33%, and Nigeria — the region’s largest economy — 22%".
 */
const DASHED_ASIDE = /^\s*[—–]\s[^—–\d()]{1,80}?\s[—–]\s*$/u;
/** A destination ("shipped from the region to the U.S. at 15%") is no country ranked by its rate. */
const DESTINATION_BEFORE = /\b(?:to|into)\s+(?:the\s+)?$/u;
const rateAfter = (sentence: string, m: RoledMention, at: number) =>
  m.end <= at &&
  (BRACKETED.test(sentence.slice(m.end, at)) ||
    (DASHED_ASIDE.test(sentence.slice(m.end, at)) && m.country !== HOME_COUNTRY) ||
    (WITH_AFTER_COMMA.test(sentence.slice(m.end, at)) && m.country !== HOME_COUNTRY) ||
    (RANKED_AT.test(sentence.slice(m.end, at)) &&
      m.country !== HOME_COUNTRY &&
      !DESTINATION_BEFORE.test(sentence.slice(Math.max(0, m.start - 10), m.start))));

/** A rate the speaker's own government charges, told right after the number: "the 25% that we charge", "the 30% we impose". */
const WE_CHARGE_AFTER = new RegExp(
  String.raw`^\S+(?:\s?${PERCENT_WORD})?\s+(?:(?:tariffs?|rate)\s+)?(?:that\s+|which\s+)?we\s+(?:now\s+|will\s+|would\s+)?(?:charge|impose|collect|levy)\b`,
  'u',
);

/** A condition or other subordinate clause after the number: "… on Canada if it made a deal with China". */
const SUBORDINATE_AFTER =
  /\s(?:if|unless|after|until|once|because|in\s+case|as(?=\s+(?:\p{Lu}\p{L}+|he|she|it|they|the\s+\p{L}+)\s+\p{Ll}{2,}(?:ed|s)\b|\s+(?:the\s+|more\s+|many\s+|some\s+)?\p{Ll}{3,}s\s+(?:\p{Ll}+ly\s+)?(?!(?:of|on|in|from|to|for|with|at|by|and|or|that|which|who|as|than)\b)\p{Ll}{3,}\b))\s/gu;

/** `clause` up to a subordinate clause after the number, whose countries are no parties to the rate. */
function mainClause(sentence: string, clause: Span, at: number): Span {
  SUBORDINATE_AFTER.lastIndex = at;
  const m = SUBORDINATE_AFTER.exec(sentence);
  return m && m.index < clause.end ? { start: clause.start, end: m.index } : clause;
}

/**
 * The countries of that subordinate clause other than its subject ("… rise to 25% as exporters
 * shift orders to Vietnam", "… if it made a deal with China"): where goods go or whom someone deals
 * with is no party even when the main clause names none. Its subject may be ("… if India keeps
 * buying Russian oil").
 */
function subordinateObjects(sentence: string, at: number): (m: RoledMention) => boolean {
  SUBORDINATE_AFTER.lastIndex = at;
  const m = SUBORDINATE_AFTER.exec(sentence);
  if (!m) return () => false;
  const opens = m.index + m[0].length;
  const ends = clauseAt(clauseSpans(sentence), opens).end;
  const subjectAt = opens + (/^the\s+/u.exec(sentence.slice(opens))?.[0].length ?? 0);
  return (x) => x.start >= opens && x.end <= ends && x.start !== subjectAt;
}

/** A number told for a country right after it: "24 percent for Japan", "20% on the EU". */
const LEVEL_FOR = /^[\d.]+\s*(?:%|percent|per\s*cent|pc)\s+(?:for|on)\s+(?:the\s+)?$/iu;

/**
 * Words that make a number the level the previous one changed from, right after it or its comma:
 * "to 125%, up from 84%", "to 15% from 25%", "— down from a whopping 39%".
 */
const OLD_LEVEL_BEFORE = new RegExp(
  String.raw`(?:(?:%|\b${PERCENT_WORD})\s*[,—–(]?\s*|[,—–(]\s*)(?:(?:up|down)\s+)?from(?:\s+[\p{L}'’-]+){0,2}\s+$`,
  'u',
);

/**
 * Words opening what a rate is measured against ("a barrier compared to the concessions secured by
 * India", "their position in price competition with Japanese firms", "putting Korea on the same
 * footing as partners like Japan and Taiwan", "is subject to the same arrangement as Canada"): the
 * countries after them are rivals, no party to it. So is the country whose policy a rate follows
 * ("the 100% duty imposed in 2024 in alignment with U.S. policy", "in line with Washington").
 */
const COMPARED =
  /\b(?:compared\s+(?:to|with)|in\s+(?:alignment|line|step|keeping|tandem)\s+with|align(?:ed|ing)\s+with|on\s+(?:the\s+same|an?\s+equal|equal|a\s+level|level)\s+footing\s+(?:as|with)|the\s+same\s+(?!time\b)(?:\p{L}+\s+){1,2}as|in\s+comparison\s+(?:to|with)|relative\s+to|(?:in\s+)?(?:\p{L}+\s+)?competition\s+(?:with|against)|competing\s+(?:with|against)|versus|vis-[àa]-vis)\s/gu;

/**
 * `mentions` without the countries of a comparison's clause ("… compared to the concessions secured
 * by India and Bangladesh"), unless the number at `at` is itself in that clause: "compared with
 * Vietnam's 20%" is Vietnam's rate.
 */
function withoutCompared(sentence: string, mentions: readonly RoledMention[], at: number): readonly RoledMention[] {
  const compared = [...sentence.matchAll(COMPARED)];
  if (compared.length === 0) return mentions;
  const clauses = clauseSpans(sentence);
  const spans = compared
    .map((m) => ({ start: m.index, end: clauseAt(clauses, m.index).end }))
    .filter((span) => at < span.start || at >= span.end);
  if (spans.length === 0) return mentions;
  return mentions.filter((m) => !spans.some((span) => m.start >= span.start && m.end <= span.end));
}

/**
 * The home country, its leader or its government owning the number: "U.S. 30%", "Trump's 46%",
 * "Washington's new 10%", "the Trump administration's 25%". A word between may only describe the
 * rate: "into the US and 10% on US imports" ends one phrase and opens another.
 */
const HOME_OWNS_NUMBER =
  /(?:\b(?:Trump|Washington|America|(?:the\s+)?(?:Trump\s+)?administration|the\s+White\s+House)['’]s|\b(?:U\.S\.|US|USA|America)(?:['’]s)?)\s+(?:(?!(?:and|or|but|nor|than|to|from|at|by|of|on|in|into|with|as|while)\s)[\p{Ll}-]+\s+)?$/u;

/** A tariff on the trading partners of a country rather than on it: "secondary tariffs", "any country that imports Venezuelan oil". */
const SECONDARY =
  /\bsecondary\s+(?:tariffs?|duties|levies|sanctions)\b|\b(?:any|every|all)\s+(?:other\s+)?(?:countr(?:y|ies)|nations?)\s+(?:that\s+|which\s+|who\s+)?(?:doing|does|do|trading|trades|trade|buying|buys|buy|importing|imports|import|purchasing|purchases|purchase)\b/iu;

/** Goods the home country taxes from every country alike (its sector tariffs), by the product names of `PRODUCTS`. */
const SECTOR_GOODS = new Set([
  'steel',
  'aluminum',
  'copper',
  'autos',
  'auto parts',
  'lumber',
  'furniture',
  'pharmaceuticals',
  'semiconductors',
]);
/** Goods after "on", up to a verb, a conjunction or a stop (group 1). */
const GOODS_OBJECT = String.raw`((?:(?!\b(?:would|will|could|can|may|might|must|should|is|are|was|were|be|been|has|have|had|that|which|who|to|since|as|after|before|when|while|because|amid|by|under|at|until|unless|if)\b)[^,;:—–()])+)`;
/** The object of the number's own tariff noun: "25% tariffs on steel and aluminium imports" → "steel and aluminium imports". */
const TARIFF_OBJECT = new RegExp(
  String.raw`^\S*(?:\s+${PERCENT_WORD})?\s+(?:[\p{L}.-]+\s+){0,3}?(?:tariffs?|duty|duties|levy|levies|surcharges?|taxes)\s+(?:(?:imposed|levied|placed)\s+)?on\s+${GOODS_OBJECT}`,
  'u',
);
/** A tariff noun told before its number: "duties of 25% on trucks", "a tariff of about 100 percent on drugs". */
const NOUN_OF_BEFORE = /\b(?:tariffs?|duty|duties|levy|levies|surcharges?)\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?$/u;
/** The goods right after a number: "25% on trucks" → "trucks". */
const NUMBER_OBJECT = new RegExp(String.raw`^\S*(?:\s+${PERCENT_WORD})?\s+on\s+${GOODS_OBJECT}`, 'u');

/**
 * Words of a partner's own terms on a sector's goods: a deal, a quota or a cut ("The deal lowers the
 * 27.5% tariff on cars to 15%") is the partner's, where the sector rate is raised for everyone. A fall
 * with its own size is a move of something else ("shares fell 4% after the 25% tariff on cars").
 */
const PARTNER_TERMS =
  /\b(?:deals?|agreements?|pacts?|accords?|quotas?|exempt\w*|exclu\w*|spared?|cut|cuts|cutting|lower(?:s|ed|ing)?(?!\s+than)|reduc\w+|slash\w*|(?:fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|eas(?:e|es|ed|ing))(?!\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d))\b/iu;

/** A further rate joined after the number's goods ("35% on most goods and higher rates on steel"): not of its goods. */
const NEXT_RATE =
  /\s+and\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:rates?|tariffs?|duty|duties|levies)|\d+(?:\.\d+)?\s*%)\s+on\b.*$/u;

/**
 * True when the number's own tariff is on goods of a sector the home country taxes from everywhere
 * and names no country they come from ("US's 50% tariffs on copper", "Washington's 25% tariff on
 * automobiles and some auto parts"), not "U.S. 100% tariffs on Chinese EVs".
 */
function onSectorGoods(sentence: string, mentions: readonly RoledMention[], at: number): boolean {
  // A number with no tariff noun of its own ("tariffs such as 50% on steel") is a sector's rate only
  // where the sentence names no partner: "25% on cars … apply to British exports" is Britain's.
  const object = NOUN_OF_BEFORE.test(sentence.slice(0, at))
    ? NUMBER_OBJECT.exec(sentence.slice(at))
    : (TARIFF_OBJECT.exec(sentence.slice(at)) ??
      (mentions.some((m) => m.country !== HOME_COUNTRY) ? null : NUMBER_OBJECT.exec(sentence.slice(at))));
  return object?.[1]
    ? sectorGoodsOnly(object[1].replace(NEXT_RATE, ''), at + object[0].length - object[1].length, mentions)
    : false;
}

/** True when the goods `text` (at `start` in its sentence) names are all of a sector the home country taxes from everywhere, and it names no country. */
function sectorGoodsOnly(text: string, start: number, mentions: readonly RoledMention[]): boolean {
  const end = start + text.length;
  if (mentions.some((m) => m.start < end && m.end > start)) return false;
  const goods = namedProductsIn(text);
  return goods.length > 0 && goods.every((g) => SECTOR_GOODS.has(g));
}

/**
 * Goods named as the subject that faces the number's tariff: "upholstered furniture will be subject
 * to a 30% tariff", "Imports of trucks weighing over 10,000 pounds will face a 25% tariff".
 */
const GOODS_FACE =
  /([^;:—–()]{3,160}?)\s+(?:will\s+|would\s+|could\s+|(?:are|is)\s+(?:set|expected|due|slated)\s+to\s+)?(?:face|faces|be\s+subject(?:ed)?\s+to|(?:are|is)\s+subject(?:ed)?\s+to)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/u;

/** True when the goods facing the number's tariff, told before it, are of a sector the home country taxes from everywhere, and no country is named among them. */
function sectorSubject(sentence: string, mentions: readonly RoledMention[], at: number): boolean {
  const subject = GOODS_FACE.exec(sentence.slice(0, at));
  return subject?.[1] ? sectorGoodsOnly(subject[1], subject.index, mentions) : false;
}

/** A retaliation's object right before the number: "retaliate against the 25%", "in response to the new 25%". */
const ANSWERED_NUMBER = new RegExp(
  String.raw`\b(?:${ANSWERING}|retaliat\p{L}*\s+against|hit(?:s|ting)?\s+back\s+(?:at|against)|respon(?:d|ds|ded|ding)\s+to)\s+(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}?$`,
  'u',
);

/** Goods the rate is on told as the answering party's own: "25% tariffs on its steel". */
const ITS_GOODS = /^\S*(?:\s+[\p{L}.-]+){0,4}?\s+on\s+(?:its|their)\s/u;

/** The foreign country imposing in the words before a number a retaliation answers. */
function answeringParty(sentence: string, mentions: readonly RoledMention[], at: number): string | undefined {
  const answered = ANSWERED_NUMBER.exec(sentence.slice(0, at));
  if (!answered) return undefined;
  return mentions.findLast((m) => m.end <= answered.index && m.role === 'imposer' && m.country !== HOME_COUNTRY)
    ?.country;
}

/**
 * The foreign countries a number the home country owns is on: the targets of its clause, else of
 * its sentence, else every one the sentence names; none for a rate on everyone.
 */
function homeOwnedTargets(sentence: string, mentions: readonly RoledMention[], clause: Span, at: number): string[] {
  if (!HOME_OWNS_NUMBER.test(sentence.slice(Math.max(0, at - 40), at))) return [];
  // "China charges the U.S. 67%": the home country right before the number is the one charged.
  const last = mentions.findLast((m) => m.end <= at);
  if (last?.country === HOME_COUNTRY && CHARGED_BEFORE.test(sentence.slice(0, last.start))) return [];
  // "Chile dodges US's 50% tariffs on copper" is the sector rate on every country, whoever dodges it.
  if (onSectorGoods(sentence, mentions, at)) return ['all countries'];
  // "Washington's 10% tariff that is applicable to all countries" is on no country in particular.
  if (worldwideTarget(sentence.slice(at, clause.end))) return [];
  const foreign = mentions.filter((m) => m.country !== HOME_COUNTRY && !ownsOtherNumber(sentence, m, at));
  const targets = foreign.filter((m) => m.role === 'target');
  const own = within(targets, clause);
  return unique((own.length > 0 ? own : targets.length > 0 ? targets : foreign).map((m) => m.country));
}

/**
 * A time clause whose subject is the home government, opening before the number: "…, shortly after
 * Trump imposed a 50% tariff", "…, days after Washington raised duties to 35%".
 */
const HOME_ACTED_CLAUSE =
  /^\W*(?:(?:shortly|just|soon|only|hours|days|weeks|months)\s+)?(?:after|when|since|once)\s+(?:(?:U\.S\.|US)\s+)?(?:President\s+)?(?:Donald\s+)?(?:Trump|Washington|the\s+White\s+House|the\s+(?:Trump\s+)?administration)\s+(?!\p{Ll}+\s+(?:that|it|they|he)\b)/u;

/**
 * "Brazil announced its response on Monday, after Trump imposed a 50% tariff": a number in a time
 * clause where the home government acts, naming no country of its own, is the home country's rate
 * on the foreign countries the rest of the sentence is about, whatever part they play there.
 */
function actedOnByHome(sentence: string, mentions: readonly RoledMention[], clause: Span, at: number): string[] {
  if (!HOME_ACTED_CLAUSE.test(sentence.slice(clause.start, at))) return [];
  if (within(mentions, clause).some((m) => m.country !== HOME_COUNTRY)) return [];
  return unique(
    mentions.filter((m) => m.country !== HOME_COUNTRY && !ownsOtherNumber(sentence, m, at)).map((m) => m.country),
  );
}

/**
 * Who imposes the percentage described by `scope` on whom. The parties come from its clause, else
 * the previous percentage of the sentence ("to 30% from 145%"), else its segment, else the whole
 * sentence, else the sentence before that names a foreign country; a rate on no country in
 * particular ("on all countries", "the 10% baseline tariff") gets none.
 */
export function directionsOf(scope: DirectionScope): Direction[] {
  const { sentence, segment, previous } = scope;
  const mentions = withoutCompared(sentence, scope.mentions, scope.at);
  // "to 125%, up from 84%", "to 15% from 25%": the old level of the same rate, whoever the clause names.
  if (previous?.length && OLD_LEVEL_BEFORE.test(sentence.slice(Math.max(0, scope.at - 40), scope.at))) {
    // "down from 24% for Peru and 20% for Chile": an old level told for one of them is that one's alone.
    const told = mentions.find((m) => m.start > scope.at && LEVEL_FOR.test(sentence.slice(scope.at, m.start)));
    const its = previous.filter((d) => d.target === told?.country);
    return its.length > 0 ? its : [...previous];
  }
  const clause = mainClause(sentence, scope.clause, scope.at);
  // "Syria (41%), Laos (40%)", "Canada and Iraq at 35%": a rate right after a country is the rate on
  // that country; so is a rate among a country's cells in a table run into one paragraph.
  const bracketed =
    mentions.find((m) => rateAfter(sentence, m, scope.at)) ?? tableRowOwner(sentence, mentions, scope.at);
  if (bracketed) {
    const imposer =
      mentions.find((m) => m.role === 'imposer' && m.country !== bracketed.country)?.country ?? HOME_COUNTRY;
    // "on Japan, South Korea and the EU (15 percent)": the whole list before the bracket; but where
    // an item before the list has a bracket of its own ("Peru (49%), Chile and Bolivia (36%)"), each
    // bracket is its own item's, and the names between are listed with no rate.
    const run = withListed(sentence, mentions, [bracketed]);
    // A bracket that says "both" or "each" is every listed name's all the same.
    const perItem =
      run[0] !== undefined &&
      ITEM_BRACKET_BEFORE.test(sentence.slice(0, run[0].start)) &&
      !sharedBracket(sentence, scope.at);
    const listed = perItem ? [bracketed.country] : unique(run.map((m) => m.country));
    return listed.filter((c) => c !== imposer).map((target) => ({ imposer, target }));
  }
  // "a 30 percent tariff rate with Chile": the partner the number's own noun names is the one charged,
  // whoever the clauses around it name.
  const partner = mentions.find((m) => m.start > scope.at && RATE_WITH.test(sentence.slice(scope.at, m.start)));
  if (partner && partner.country !== HOME_COUNTRY) {
    const imposer = mentions.find((m) => m.role === 'imposer' && m.country !== partner.country)?.country;
    return unique(withListed(sentence, mentions, [partner]).map((m) => m.country))
      .filter((c) => c !== HOME_COUNTRY)
      .map((target) => ({ imposer: imposer ?? HOME_COUNTRY, target }));
  }
  // "… will be added onto the 25% that we charge,” Trump wrote": the rate the home country's leader
  // calls his own is the home country's, on the partners the sentence (or the one before) names.
  if (WE_CHARGE_AFTER.test(sentence.slice(scope.at)) && HOME_GOVERNMENT.test(sentence)) {
    const named = foreignIn(mentions);
    const partners = named.length > 0 ? named : foreignIn(scope.context());
    if (partners.length > 0) return partners.map((target) => ({ imposer: HOME_COUNTRY, target }));
  }
  // "pushes back on U.S. 30% tariff", "Amid Trump's 46% Tariff": the home country or its leader
  // right before the number imposes it, on the foreign country the sentence names, whatever part
  // the sentence's verb gives that country ("Vietnam offers zero tariffs on U.S. imports").
  // "any Country doing business with Iran will pay a Tariff of 25%", "tariffs at about 100%, they
  // call them secondary tariffs": a rate on countries left unnamed, known by whom they trade with,
  // is no one's in particular, nor the rate of the country they trade with.
  if (SECONDARY.test(sentence) && !mentions.some((m) => m.role === 'target' && m.country !== HOME_COUNTRY)) return [];
  const homeOwned = homeOwnedTargets(sentence, mentions, clause, scope.at);
  if (homeOwned.length > 0) return homeOwned.map((target) => ({ imposer: HOME_COUNTRY, target }));
  const answered = actedOnByHome(sentence, mentions, scope.clause, scope.at);
  if (answered.length > 0) return answered.map((target) => ({ imposer: HOME_COUNTRY, target }));
  // "The EU will retaliate against the 25% tariffs on steel", "Canada hit back at the 25% tariffs on
  // its steel": the rate a retaliation answers is charged on the one answering (on every country,
  // for a sector's goods from nowhere named), not by it.
  const answering = answeringParty(sentence, mentions, scope.at);
  if (answering) {
    const sector = onSectorGoods(sentence, mentions, scope.at) && !ITS_GOODS.test(sentence.slice(scope.at));
    return [{ imposer: HOME_COUNTRY, target: sector ? 'all countries' : answering }];
  }
  // "Canada and Mexico are excluded from the regime. They are still subject to 25% tariffs on most
  // imports": "They" bearing the rate are the countries named before, every one of them, not
  // imports from everywhere.
  const bearer = THEY_BEAR.exec(sentence);
  if (bearer && !mentions.some((m) => m.country !== HOME_COUNTRY)) {
    const referred = bearer.groups?.bloc
      ? foreignIn(scope.context()).filter((c) => BLOCS.has(c))
      : foreignIn(scope.context().filter((p) => p.role !== 'imposer'));
    const bearers = bearer.groups?.they ? referred : referred.slice(0, 1);
    if (bearers.length > 0) return bearers.map((target) => ({ imposer: HOME_COUNTRY, target }));
  }
  // "… if the US goes ahead with its 30% tariff": the rate "its" owns is charged by the country
  // named just before it, on the other party of the sentence.
  const owned = ownedBySubject(sentence, mentions, scope.at);
  if (owned) return owned;
  const clauseText = sentence.slice(clause.start, clause.end);
  // "double the 10% universal tariff", "the baseline 10%": the number's own words make it the rate on everyone.
  const everyone =
    WORLDWIDE_BEFORE.exec(sentence.slice(Math.max(0, scope.at - 30), scope.at)) ??
    WORLDWIDE_OF.exec(sentence.slice(Math.max(0, scope.at - 80), scope.at)) ??
    WORLDWIDE_AFTER.exec(sentence.slice(scope.at));
  // The law of a surcharge on all imports in the clause says "all", whatever "baseline" says.
  const everyoneTarget = everyone
    ? namesAllImportsLaw(clauseText)
      ? 'all countries'
      : worldwideTarget(everyone[0])
    : undefined;
  if (everyoneTarget && !within(mentions, clause).some((m) => m.role === 'imposer' && m.country !== HOME_COUNTRY))
    return [{ imposer: HOME_COUNTRY, target: everyoneTarget }];
  // "a 10% uniform tariff hike and 60% on China", "oppose the 10% minimum tariffs": the same rate for
  // every country, when its clause names none.
  if (UNIFORM_AFTER.test(sentence.slice(scope.at)) && !within(mentions, clause).some((m) => m.country !== HOME_COUNTRY))
    return [{ imposer: HOME_COUNTRY, target: 'all countries' }];
  // "Pakistan, which continues to face tariffs of 19%": the countries the relative clause describes.
  const described = antecedentOf(sentence, mentions, clause);
  // "… similar to its neighbours, which have seen rates around 20%": partners left unnamed, no one's rate in particular.
  if (
    described.length === 0 &&
    RELATIVE_OPENING.test(clauseText) &&
    UNNAMED_PARTNERS_BEFORE.test(sentence.slice(0, clause.start)) &&
    within(mentions, clause).length === 0
  )
    return [];
  const clauseMentions = within(mentions, clause);
  const ownTargets = unique(clauseMentions.filter((m) => m.role === 'target').map((m) => m.country));
  const countries = unique(described.map((m) => m.country));
  // "a deal with Peru, which will impose 15% tariffs on Peruvian goods": a clause whose rate is on
  // the very country before it describes what that country closes (the deal), read as any other.
  const selfDescribed = ownTargets.length > 0 && ownTargets.every((t) => countries.includes(t));
  if (described.length > 0 && !selfDescribed) {
    // ", which imposed 25% on US goods": they charge it; ", which face US duties of 19%": they pay it.
    if (ownTargets.length > 0)
      return countries.flatMap((imposer) =>
        ownTargets.filter((t) => t !== imposer).map((target) => ({ imposer, target })),
      );
    const imposer = clauseMentions.find((m) => m.role === 'imposer')?.country ?? HOME_COUNTRY;
    return countries.filter((c) => c !== imposer).map((target) => ({ imposer, target }));
  }
  let anaphor: boolean | undefined;
  const pointsBack = () => (anaphor ??= ANAPHORS.test(sentence));
  // A group whose members a bracket lists ("on BRICS nations (Brazil, Russia, …)") is on them.
  const groupMatch = GENERIC_TARGET.exec(clauseText);
  const generic =
    groupMatch && !MEMBERS_LISTED_AFTER.test(sentence.slice(clause.start + groupMatch.index + groupMatch[0].length))
      ? groupMatch
      : null;
  // A country the rate is on, named nearer the number than the generic phrase, is its target:
  // "pause tariffs on most countries but hike tariffs on China to 125%".
  const genericAt = generic ? clause.start + generic.index : 0;
  // "on imported goods from Japan", "on imported chicken, wheat and cotton originating from the US":
  // goods whose origin is named come from there, not from anywhere; whoever imposes, it is on them.
  const origin = generic
    ? mentions.find((m) => m.start > genericAt && IMPORTED_FROM.test(sentence.slice(genericAt, m.start)))
    : undefined;
  if (origin) {
    const imposer =
      clauseMentions.find((m) => m.role === 'imposer' && m.country !== origin.country)?.country ?? HOME_COUNTRY;
    const targets = unique(withListed(sentence, mentions, [origin]).map((m) => m.country));
    return targets.filter((target) => target !== imposer).map((target) => ({ imposer, target }));
  }
  // So is one named after the number, nearer it than a group before it: "letters to seven
  // countries set tariffs with 25% duties on Japan and Peru".
  const nearerAfter = (m: RoledMention) =>
    genericAt < scope.at && m.start > scope.at && m.start - scope.at < scope.at - genericAt;
  if (
    generic &&
    !clauseMentions.some(
      (m) =>
        m.role === 'target' && (m.start < genericAt || (genericAt < m.start && m.end <= scope.at) || nearerAfter(m)),
    ) &&
    !pointsBack()
  )
    return worldwide(clauseText, clauseMentions);
  let local: readonly Party[] = nearestRoles(withListed(sentence, mentions, clauseMentions), scope.at);
  // "a rate below Japan's 15%": the country whose number it is, not the one it is compared for.
  const owner = clauseMentions.find((m) => POSSESSIVE_BEFORE.test(sentence.slice(m.end, scope.at)));
  if (owner) local = local.filter((p) => p === owner || (p.start ?? 0) > scope.at);
  // "India, which levies 100% on US motorcycles, now faces 50%": the subject before a relative aside
  // plays the part the verb after it gives, not the part the aside's rate gave it.
  const beforeAside =
    local.length === 0 ? mentions.find((m) => RELATIVE_ASIDE.test(sentence.slice(m.end, clause.start))) : undefined;
  const verb = ` ${clauseText.trimStart()}`;
  const asideRole =
    beforeAside && (PASSIVE.test(verb) ? 'target' : SUBJECT_VERB.find((v) => v.pattern.test(verb))?.role);
  if (beforeAside && asideRole) local = [{ ...beforeAside, role: asideRole }];
  // "34% on Chinese goods, 20% on EU products, and a minimum tariff of 10% on all imports": a number
  // whose own words since the previous one say all imports, naming no country, is the rate on
  // everyone, not another of the previous number's partner ("all other imports" may be that partner's).
  const ownSpan = { start: Math.max(scope.previousEnd ?? segment.start, clause.start), end: clause.end };
  const ownText = sentence.slice(ownSpan.start, ownSpan.end);
  if (
    local.length === 0 &&
    previous?.length &&
    EVERY_COUNTRY.test(ownText) &&
    !OTHER.test(ownText) &&
    within(mentions, ownSpan).length === 0
  )
    return worldwide(ownText, []);
  // "Mexico will face 25% on cars and 50% on steel exports to the United States": the previous
  // number's imposer named again, as the goods' destination, names no new party.
  const knownImposers =
    local.length > 0 && local.every((p) => p.role === 'imposer' && previous?.some((d) => d.imposer === p.country));
  if ((local.length === 0 || knownImposers) && previous?.length) {
    // "…, for Taiwan — 20% instead of 32%": a target named in the number's own segment, before it,
    // outranks the previous number's parties; so does another target named since the previous
    // number ("cut tariffs to 10% on most countries but raised those on China twice, and they now
    // total 145%"). The previous number's own target named again changes nothing.
    const since = { start: scope.previousEnd ?? segment.start, end: scope.at };
    const newTargets = within(mentions, since).filter(
      (m) => m.role === 'target' && !previous.some((d) => d.target === m.country || d.imposer === m.country),
    );
    const ownTargets = [
      ...within(mentions, segment).filter((m) => m.role === 'target' && m.end <= scope.at),
      ...newTargets,
    ];
    if (ownTargets.length === 0) return [...previous];
    local = [...(knownImposers ? local : []), ...ownTargets];
  }
  const aside = subordinateObjects(sentence, scope.at);
  const parties = mentions.filter((m) => !aside(m));
  // "While most countries pay 10%, Laos faces 40%": a clause whose subject is a group of countries
  // left unnamed tells that group's rate, not the rate of a country another clause names.
  if (local.length === 0 && GROUP_SUBJECT.test(clauseText) && !pointsBack()) return worldwide(clauseText, []);
  if (
    local.every((p) => p.country === HOME_COUNTRY) &&
    BEARING_PARTICIPLE.test(clauseText) &&
    PICKED_GROUP.test(sentence.slice(segment.start, clause.start)) &&
    within(mentions, segment).every((m) => m.country === HOME_COUNTRY) &&
    !pointsBack()
  )
    return [{ imposer: HOME_COUNTRY, target: 'most countries' }];
  if (local.length === 0) {
    // A clause naming no one, in a segment about no country in particular ("a pause for countries
    // that negotiate, while leaving in place a 10% tariff"), borrows no country.
    const segmentText = sentence.slice(segment.start, segment.end);
    if (GENERIC_TARGET.test(segmentText) && within(mentions, segment).length === 0 && !pointsBack())
      return worldwide(segmentText, []);
    local = within(parties, segment);
  }
  // Countries that own another number of the sentence ("lower than Cambodia's 36%") are no parties to this one.
  if (local.length === 0) local = parties.filter((m) => !ownsOtherNumber(sentence, m, scope.at));
  const foreignNamed = local.some((p) => p.country !== HOME_COUNTRY);
  // "The total effective, or average, US tariff on all imports is 30%": an average told in an earlier clause is one too.
  // "… imposes 34% on all US imports": a rate on the home country, not the home country's on everyone.
  const onHomeCountry = local.some((p) => p.role === 'target' && p.country === HOME_COUNTRY);
  // "a 10% tariff on nearly all U.S. imports", no one else named and nothing answered: the home
  // country's own imports, nearly all of them: its baseline on most countries ("All U.S. imports
  // will be subject to a 10% tariff": on all of them).
  const allImports =
    foreignNamed || RETALIATION.test(sentence)
      ? undefined
      : local
          .map((p) =>
            p.country === HOME_COUNTRY && p.start !== undefined ? allImportsAt(sentence, p.start, scope.at) : undefined,
          )
          .find((target) => target !== undefined);
  if (allImports) return [{ imposer: HOME_COUNTRY, target: allImports }];
  // "… a 10% global tariff. He then said he would raise the rate to 15%": a change of the rate just
  // stated, naming no partner, is of the same pair (the home country named is no partner).
  if (
    scope.continued &&
    !foreignNamed &&
    !onHomeCountry &&
    CHANGES_STATED_RATE_TO.test(sentence.slice(Math.max(0, scope.at - 80), scope.at))
  )
    return [scope.continued];
  if (!foreignNamed && !onHomeCountry && UNIVERSAL.test(sentence.slice(segment.start, segment.end)) && !pointsBack()) {
    if (AVERAGE.test(sentence.slice(segment.start, scope.at))) return [];
    // The law of all imports named in another clause only ("Firstly set at 10%, the levy was raised
    // to the ceiling Section 122 allows") sets the number's rate too, on all countries where its
    // clause names no partner; other words of all imports there keep the context out.
    const found = worldwide(clauseText, clauseMentions);
    const segmentText = sentence.slice(segment.start, segment.end);
    if (found.length > 0 || UNIVERSAL.test(clauseText) || UNIVERSAL.test(segmentText.replace(ALL_IMPORTS_LAW_ALL, ' ')))
      return found;
    if (!clauseMentions.some((m) => m.country !== HOME_COUNTRY))
      return [{ imposer: HOME_COUNTRY, target: 'all countries' }];
  }
  // "a 100% tariff on imports of branded drugs", naming no partner: the sector rate on every country.
  // The goods may follow in the number's segment past an aside ("The 50% tariff, as the White House
  // said, will affect imports of copper pipes").
  const [goodsText, goodsMentions] = IMPORTED_GOODS.test(clauseText)
    ? [clauseText, clauseMentions]
    : [sentence.slice(segment.start, segment.end), within(mentions, segment)];
  if (!foreignNamed && IMPORTED_GOODS.test(goodsText) && !pointsBack()) return worldwide(goodsText, goodsMentions);
  // "China announced 15% on US farm goods. Additionally, a 10% levy will apply to soybeans.": the
  // sentence that goes on, naming no one, tells more of the same rates.
  if (local.length === 0 && scope.continued) return [scope.continued];
  // "economies that fail to strike a deal could face up to 70%": a sentence about countries
  // left unnamed as a group borrows none from the sentences before.
  if (local.length === 0 && mentions.length === 0 && UNNAMED_COUNTRIES.test(sentence) && !pointsBack())
    return worldwide(clauseText, []);
  // The parties keep the parts the earlier sentence gave them: after "India has imposed a tariff on
  // steel from China", "The levy will be 12%" is India's on China, not the home country's on both.
  // Where the home government acts ("Trump then raised the rate to 125%"), the rate is its own.
  const homeActs = [...sentence.slice(0, scope.at).matchAll(HOME_GOVERNMENT_ALL)].at(-1);
  const context: readonly Party[] = homeActs
    ? scope.context().map(({ country }) => ({ country, role: 'unknown' }))
    : scope.context();
  // "Vietnam ranks third, after China and Mexico. This made it a prime target, with 46% …": one
  // country referred back to is the first one named before, not every one; where that sentence
  // told who imposes on whom, "it" may as well be the measure, and its parties stand.
  const first = foreignIn(context)[0];
  const directed = context.some((p) => p.role !== 'unknown' && p.country !== HOME_COUNTRY);
  // "Tariffs will be set at 10% for timber and lumber", in an article that has named no partner yet:
  // a rate on goods named by what they are is the home country's sector rate on every country. So is
  // a tariff of the sentence's own on a sector's goods, whatever partner the article is about ("While
  // the 10% tariff on lumber will raise construction costs" in news on Canada), a partner named in
  // another clause only ("while the US has imposed 50% tariffs on steel, Canada's countertariffs …").
  const foreign = (m: RoledMention) => m.country !== HOME_COUNTRY;
  const sectorRate =
    (onSectorGoods(sentence, mentions, scope.at) || sectorSubject(sentence, mentions, scope.at)) &&
    !PARTNER_TERMS.test(sentence);
  if (
    ((!first && !mentions.some(foreign)) || (sectorRate && !within(mentions, clause).some(foreign))) &&
    !onHomeCountry &&
    namedProductsIn(sentence.slice(segment.start, segment.end)).length > 0 &&
    !pointsBack()
  )
    return [{ imposer: HOME_COUNTRY, target: 'all countries' }];
  if (local.length === 0)
    local =
      first && !directed && SINGULAR_REFERENCE.test(sentence) && !pointsBack()
        ? context.filter((p) => p.country === first || p.country === HOME_COUNTRY)
        : context;
  // Parties outside the clause complete it only when named before it ("Canada, which …, announced 25% …").
  // Of a rate on a foreign country, a country named there as a target after it was named as a
  // subject imposes nothing: in "… by China's ministry, … on Chinese imports …, alongside imposing
  // 25% on Canada", China is no imposer ("Canada answered … on Canadian goods with 25% on US
  // imports" is a rate on the home country, which Canada does impose).
  const before = [...within(mentions, segment), ...mentions].filter((m) => m.start < clause.start);
  const onHome = local.some((p) => p.role === 'target' && p.country === HOME_COUNTRY);
  const nearby = onHome
    ? before
    : before.filter(
        (m) =>
          m.role === 'target' ||
          !before.some((o) => o.country === m.country && o.role === 'target' && o.start > m.start),
      );
  // "India imposed a 12% safeguard duty on some steel products": a foreign country's rate on goods
  // named by what they are is on its imports from everywhere, as the home country's sector rates
  // are, where nothing gives it a partner: no country targeted in the sentence or the one before
  // (nor the imposer, which would answer), no retaliation, no pact.
  const goodsNamed = IMPORTED_GOODS.test(goodsText) || namedProductsIn(goodsText).length > 0;
  const answers = RETALIATION.test(sentence) || PACT.test(sentence);
  // "The CBSA has set a provisional duty of 48.1% on the subject goods" after "… steel nails exported
  // from China and Vietnam": a foreign country's rate naming no partner is on those the sentence
  // before had it acting on (or named beside it), where no one taxes it there and nothing answers.
  const toldOn = (imposer: string) =>
    !answers && context.some((p) => p.country === imposer && p.role !== 'target')
      ? unique(
          context
            .filter((p) => p.role === 'target' && p.country !== imposer && p.country !== HOME_COUNTRY)
            .map((p) => p.country),
        )
      : [];
  const unnamed = (imposer: string) => {
    if (
      goodsNamed &&
      !answers &&
      !mentions.some((m) => m.role === 'target' && m.country !== imposer) &&
      context.every((p) => p.country === imposer && p.role !== 'target')
    )
      return ['all countries'];
    const told = toldOn(imposer);
    return told.length > 0 && !context.some((p) => p.country === HOME_COUNTRY && p.role === 'imposer')
      ? told
      : [HOME_COUNTRY];
  };
  // "Despite a 39% US tariff, Switzerland is seeking talks": a home rate in an opening clause that
  // names no one it is on is on the countries the main clause opens on.
  const bearers = local.every((p) => p.country === HOME_COUNTRY && p.role === 'imposer')
    ? openingBearers(sentence, mentions, scope.at)
    : [];
  if (local.length > 0 && bearers.length > 0) return bearers.map((target) => ({ imposer: HOME_COUNTRY, target }));
  const found = resolve(local, nearby, context, BOTH_WAYS.test(clauseText), scope.at, homeActs?.index ?? -1, unnamed);
  return withSharers(
    sentence,
    scope.mentions,
    scope.at,
    withListedTargets(sentence, mentions, scope.at, withListedImposers(sentence, mentions, found)),
  );
}

/** A clause of circumstance opening a sentence: "Despite …", "After …", "As …". */
const OPENING_CIRCUMSTANCE =
  /^\W*(?:despite|in\s+spite\s+of|after|following|although|though|even\s+though|since|with|amid|because\s+of|as)\b/iu;
/** From the comma that closes it to the main clause's subject: "the African country", "neighbouring". */
const MAIN_SUBJECT_LEAD = /^,\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?$/u;

/**
 * The foreign countries the main clause opens on, after an opening clause of circumstance that
 * holds the number at `at` ("After Washington imposed a 39% tariff, Switzerland sought talks"), and
 * those listed with the first.
 */
function openingBearers(sentence: string, mentions: readonly RoledMention[], at: number): string[] {
  const head = sentence.slice(0, at);
  const comma = sentence.indexOf(',', at);
  if (!OPENING_CIRCUMSTANCE.test(head) || /[,;:]/u.test(head) || comma < 0) return [];
  const subject = mentions.find((m) => m.start > comma && MAIN_SUBJECT_LEAD.test(sentence.slice(comma, m.start)));
  if (!subject || subject.country === HOME_COUNTRY) return [];
  return unique(withListed(sentence, mentions, [subject]).map((m) => m.country)).filter((c) => c !== HOME_COUNTRY);
}

/** Words that join a country after a rate to the party it was told of: "50% along with Brazil", "30%, as does Peru". */
const SHARED_WITH = /(?:\b(?:along|together)\s+with|,?\s*\bas\s+(?:does|do|did|has|have|had|will))\s+(?:the\s+)?$/iu;
/** "the same 30% rate as Peru": the number told as the same as another country's. */
const SAME_BEFORE = /\bsame\s+$/iu;
const SAME_AS = /^\s*(?:[\p{L}-]+\s+){0,3}?as\s+(?:the\s+)?$/u;
const OTHER_NUMBER = /\d/u;
/** The number at the start of a text with its percent sign or word: "50%", "50 per cent". */
const NUMBER_WORDS = new RegExp(String.raw`^\S+(?:\s?${PERCENT_WORD})?`, 'u');

/**
 * `found` with the countries joined to the rate after its number as sharing it: "India will attract
 * the highest US tariff of 50% along with Brazil", "Chile faces 30%, as does Peru", "the same 30%
 * rate as Peru". The country joined takes the part of the one told of: a target of the same
 * imposer, or, where the rate is on the home country, another imposer of it.
 */
function withSharers(sentence: string, mentions: readonly RoledMention[], at: number, found: Direction[]): Direction[] {
  const numberEnd = at + (NUMBER_WORDS.exec(sentence.slice(at))?.[0].length ?? 0);
  const same = SAME_BEFORE.test(sentence.slice(Math.max(0, at - 12), at));
  const sharers = mentions.filter((m) => {
    if (m.start < numberEnd || /^['’]s\b/u.test(sentence.slice(m.end))) return false;
    const between = sentence.slice(numberEnd, m.start);
    return !OTHER_NUMBER.test(between) && (SHARED_WITH.test(between) || (same && SAME_AS.test(between)));
  });
  const shared = found.flatMap((d) =>
    sharers.flatMap((m): Direction[] => {
      if (isWorldwide(d.target) || m.country === d.imposer || m.country === d.target) return [];
      return d.target === HOME_COUNTRY
        ? [{ imposer: m.country, target: d.target }]
        : [{ imposer: d.imposer, target: m.country }];
    }),
  );
  return shared.length > 0 ? [...found, ...shared] : found;
}

/**
 * `found` with the imposers listed beside each one: "Chile and Peru imposed 25% tariffs on US
 * goods" is each one's rate on the United States.
 */
function withListedImposers(sentence: string, mentions: readonly RoledMention[], found: Direction[]): Direction[] {
  return found.flatMap((d) => {
    const imposer = mentions.find((m) => m.country === d.imposer && m.role === 'imposer');
    if (!imposer) return [d];
    const listed = withListed(sentence, mentions, [imposer]).filter(
      (m) => m.role === 'imposer' && m.country !== d.target,
    );
    return unique(listed.map((m) => m.country)).map((country) => ({ imposer: country, target: d.target }));
  });
}

/**
 * `found` with the countries listed beside each foreign target: "letters to the leaders of Peru and
 * Chile saying each will face 30%", "a 35% tariff on goods bound for the US from Peru and Chile" is
 * the rate on each of them, not on the first one named (the mention of the target nearest the number
 * counts). A country listed there that imposes, or the imposer itself, is none of them.
 */
function withListedTargets(
  sentence: string,
  mentions: readonly RoledMention[],
  at: number,
  found: Direction[],
): Direction[] {
  const distance = (m: RoledMention) => (m.start > at ? m.start - at : at - m.end);
  const directions = found.flatMap((d) => {
    if (d.target === HOME_COUNTRY || isWorldwide(d.target)) return [d];
    // The target's mention nearest the number: "Both Peru and Chile pay 15%, down from 24% for Peru and
    // 20% for Chile" lists Chile with Peru before, but the 20% is told for Chile alone.
    const [nearest] = mentions
      .filter((m) => m.country === d.target && m.role !== 'imposer')
      .sort((a, b) => distance(a) - distance(b));
    if (!nearest) return [d];
    const listed = withListed(sentence, mentions, [nearest]).filter(
      (m) => m.role !== 'imposer' && m.country !== d.imposer && m.country !== HOME_COUNTRY,
    );
    return unique([d.target, ...listed.map((m) => m.country)]).map((country) => ({
      imposer: d.imposer,
      target: country,
    }));
  });
  const seen = new Set<string>();
  return directions.filter((d) => {
    const key = `${d.imposer}|${d.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HOME_GOVERNMENT_ALL = new RegExp(HOME_GOVERNMENT.source, 'gu');

/** A deal between two parties, whose rates are on each other ("The pact will see Japanese duties on cars cut to 5%"). */
const PACT = /\b(?:pact|deal|agreement|accord|treaty)s?\b/iu;

/** A possessive pronoun right before the number: "with its 30% tariff", "their own 25% duties". */
const ITS_BEFORE = /\b(?:its|their)\s+(?:own\s+|new\s+)?$/u;
/** What may stand between a subject and its "its": a few words, no other number and no clause break. */
const SUBJECT_GAP = /^\s+(?:[\p{Ll}-]+\s+){1,5}$/u;

/**
 * The rate "its" owns, when the country named just before it has no role yet (it is the subject:
 * "if the US goes ahead with its 30% tariff") and another country of the sentence is its partner:
 * that subject charges it on that partner.
 */
function ownedBySubject(sentence: string, mentions: readonly RoledMention[], at: number): Direction[] | undefined {
  const its = ITS_BEFORE.exec(sentence.slice(Math.max(0, at - 20), at));
  if (!its) return undefined;
  const subject = mentions.filter((m) => m.end <= at).at(-1);
  const itsAt = at - its[0].length;
  if (!subject || subject.role !== 'unknown' || !SUBJECT_GAP.test(sentence.slice(subject.end, itsAt))) return undefined;
  const other =
    mentions.find((m) => m.role === 'target' && m.country !== subject.country)?.country ??
    mentions.find((m) => m.country !== subject.country)?.country;
  return other ? [{ imposer: subject.country, target: other }] : undefined;
}

/** A relative clause that describes the country right before it: ", which face …", ", where tariffs remain at …". */
const RELATIVE_OPENING = /^\s*(?:which|who|where)\b/u;
/** What may stand between a country and the comma of its relative clause: "Chinese goods, which …". */
const ANTECEDENT_GAP = new RegExp(String.raw`^(?:['’]s?)?(?:\s+${GOODS_NOUNS})?\s*,\s*$`, 'u');

/**
 * The countries a relative clause describes (with those listed beside them: "Vietnam, Bangladesh
 * and Pakistan, which currently face 19%"), as parties of no role yet: the clause itself says
 * whether they charge the rate or pay it. None when the clause opens no relative clause on a country.
 */
function antecedentOf(sentence: string, mentions: readonly RoledMention[], clause: Span): RoledMention[] {
  if (!RELATIVE_OPENING.test(sentence.slice(clause.start, clause.end))) return [];
  // A country named as a place in its own clause may still be what the relative clause describes
  // ("moving orders to Vietnam, which faces 20%").
  const named = countryMentions(sentence).map((m) => ({ ...m, role: 'unknown' as const }));
  const last = named.filter((m) => m.end <= clause.start).pop();
  if (!last || last.country === HOME_COUNTRY || !ANTECEDENT_GAP.test(sentence.slice(last.end, clause.start))) return [];
  const listed = withListed(sentence, named, [last]).map((m) => m.country);
  return named.filter((m) => listed.includes(m.country) && m.end <= clause.start);
}

/** Only a comma or "and" between two list items. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "Vietnam and Cambodia had been assigned 46% and 49%": as many different percentages, listed
 * together, as countries listed together before them, with nothing else named, pair in order even
 * without "respectively" (a writer giving one rate to all would say it once).
 */
function parallelLists(
  sentence: string,
  mentions: readonly RoledMention[],
  percents: readonly { value: number; lead: number; end: number }[],
): boolean {
  const first = percents[0];
  if (!first || percents.length < 2 || new Set(percents.map((p) => p.value)).size !== percents.length) return false;
  const listed = percents.every((p, i) => i === 0 || LIST_JOIN.test(sentence.slice(percents[i - 1]?.end ?? 0, p.lead)));
  const before = mentions.filter((m) => m.end <= first.lead);
  const countries = unique(before.map((m) => m.country));
  return (
    listed &&
    before.length === mentions.length &&
    countries.length === percents.length &&
    before.every((m, i) => i === 0 || COORDINATION.test(sentence.slice(before[i - 1]?.end ?? 0, m.start)))
  );
}

/**
 * Where "respectively" closes a list of percentages that follows others each told with its own
 * pair ("keeps U.S. tariffs on Chinese imports at 30% and Chinese tariffs on American goods at 10%,
 * averting … 145% and 125%, respectively"), the index of the list's first: the i-th of the list
 * goes the way of the i-th of as many percentages before it. Undefined for any other sentence.
 */
export function respectiveRun(
  sentence: string,
  percents: readonly { lead: number; end: number }[],
): number | undefined {
  if (!RESPECTIVELY.test(sentence)) return undefined;
  let from = percents.length - 1;
  while (from > 0 && LIST_JOIN.test(sentence.slice(percents[from - 1]?.end ?? 0, percents[from]?.lead ?? 0))) from--;
  const length = percents.length - from;
  const closed = RESPECTIVELY.test(sentence.slice(percents[from]?.lead ?? 0));
  return closed && length >= 2 && from >= length ? from : undefined;
}

/**
 * The countries before a list of percentages that the list pairs with: where more are named than
 * percentages, the list of as many named last ("Countries without a deal with the United States —
 * namely Peru, Chile and Bolivia — were assigned 25%, 20% and 30%, respectively"): a country named
 * earlier is then part of what describes the list, not one of its items.
 */
function closingList(sentence: string, before: readonly RoledMention[], count: number): readonly RoledMention[] {
  const countries = unique(before.map((m) => m.country));
  if (countries.length <= count) return before;
  const items = countries.slice(-count);
  const listed = before.filter((m) => items.includes(m.country));
  const joined = listed.every((m, i) => i === 0 || COORDINATION.test(sentence.slice(listed[i - 1]?.end ?? 0, m.start)));
  return joined && listed.length === count ? listed : before;
}

/** "respectively" right after a percentage, closing the list it ends. */
const CLOSES_LIST = /^\s*,?\s*respectively\b/u;

/**
 * "…raising the rate on Canada from 25% to 35%, while Switzerland and South Africa will face 39% and
 * 30%, respectively, and India 25%": a list closed by "respectively" that starts after another
 * percentage, with as many countries named since that one as it has items. Those countries are the
 * list's, in order; the sentence's other percentages are read as any other.
 */
function innerList(
  sentence: string,
  mentions: readonly RoledMention[],
  percents: readonly { lead: number; end: number }[],
): { from: number; to: number; anchors: readonly RoledMention[] } | undefined {
  const to = percents.findIndex((p) => CLOSES_LIST.test(sentence.slice(p.end)));
  if (to < 1) return undefined;
  let from = to;
  while (from > 0 && LIST_JOIN.test(sentence.slice(percents[from - 1]?.end ?? 0, percents[from]?.lead ?? 0))) from--;
  const previous = percents[from - 1];
  if (!previous || to === from) return undefined;
  const since = within(mentions, { start: previous.end, end: percents[from]?.lead ?? 0 });
  const anchors = closingList(sentence, since, to - from + 1);
  return unique(anchors.map((m) => m.country)).length === to - from + 1 ? { from, to, anchors } : undefined;
}

/**
 * The pair of the i-th percentage of a list told for `anchors` in order (cycling, for "down from
 * 145% and 125%"): foreign countries with no role are the home country's targets, as in `resolve`.
 */
function listPair(sentence: string, mentions: readonly RoledMention[], anchors: readonly RoledMention[], i: number) {
  const countries = unique(anchors.map((m) => m.country));
  const asTargets =
    anchors.some((m) => m.role === 'target') ||
    anchors.every((m) => m.role === 'unknown' && m.country !== HOME_COUNTRY);
  const bothWays = BOTH_WAYS.test(sentence) && countries.length === 2;
  const anchor = countries[i % countries.length] as string;
  const other = bothWays ? countries[(i + 1) % 2] : anchor !== HOME_COUNTRY ? HOME_COUNTRY : foreignIn(mentions)[0];
  if (!other || other === anchor) return [];
  return [asTargets ? { imposer: other, target: anchor } : { imposer: anchor, target: other }];
}

/**
 * "The U.S. and China now charge 30% and 10% respectively": the i-th percentage belongs to the i-th
 * country named before the first percentage (cycling, for "down from 145% and 125%"), or after the
 * last when as many are listed there and none before. Undefined when the sentence is not built
 * that way. A list closed by "respectively" after rates with pairs of their own is `respectiveRun`'s,
 * read first.
 */
export function respectiveDirections(
  sentence: string,
  mentions: readonly RoledMention[],
  percents: readonly { value: number; lead: number; start: number; end: number }[],
): (Direction[] | undefined)[] | undefined {
  const firstPercentStart = percents[0]?.lead ?? 0;
  const percentCount = percents.length;
  if (!RESPECTIVELY.test(sentence) && !parallelLists(sentence, mentions, percents)) return undefined;
  const inner = RESPECTIVELY.test(sentence) ? innerList(sentence, mentions, percents) : undefined;
  if (inner)
    return percents.map((_, i) =>
      i >= inner.from && i <= inner.to ? listPair(sentence, mentions, inner.anchors, i - inner.from) : undefined,
    );
  const before = mentions.filter((m) => m.end <= firstPercentStart);
  // "levies of 17%, 20% and 24% on imports from Israel, the EU and Japan, respectively": the
  // countries listed after the last percentage, one for each.
  const after = mentions.filter((m) => m.start >= (percents.at(-1)?.end ?? 0));
  const listedAfter =
    unique(before.map((m) => m.country)).length < 2 &&
    RESPECTIVELY.test(sentence) &&
    unique(after.map((m) => m.country)).length === percentCount;
  const anchors = listedAfter ? after : closingList(sentence, before, percentCount);
  const countries = unique(anchors.map((m) => m.country));
  if (countries.length < 2) return undefined;
  return Array.from({ length: percentCount }, (_, i) => {
    // "Libya and Iraq are slated for 30% and 35%, respectively, and Nepal will face 20%": a number
    // past the list with a country of its own named since the one before is that country's, read
    // as any other, not the list's again.
    const since = { start: percents[i - 1]?.end ?? 0, end: percents[i]?.lead ?? 0 };
    if (i >= countries.length && !listedAfter && within(mentions, since).length > 0) return undefined;
    return listPair(sentence, mentions, anchors, i);
  });
}
