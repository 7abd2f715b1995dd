import { stemmer } from 'stemmer';
import { COUNTRIES, formsOf, HOME_COUNTRY, lookupKey } from '../geo/countries.ts';
import {
  FRAMING_PHRASES,
  HOW_DEGREE,
  KEPT_APART,
  PATTERNS,
  PHRASES,
  QUESTION_WORDS,
  STOP_WORDS,
  SYNONYMS,
  type PhraseRule,
} from './vocabulary.ts';
import { AGENCIES, KINDS, PEOPLE, PLACE_DESCRIPTIONS, PLAIN_WORDS, REGIONS } from './domain-vocabulary.ts';
import { phraseTrie } from '../text/patterns.ts';
import { otherCountries, regionsByName } from './world-countries.ts';
import { PRESENT_PHRASE } from './time-focus.ts';
import { foldAccents } from '../text/accents.ts';
import { PRODUCTS } from '../rates/cues.ts';

/**
 * The text pipeline shared by indexing, querying and highlighting:
 * rewrite phrases → split into tokens → fold each token to its index term.
 *
 * MiniSearch's default tokenizer splits on every non-letter, so "U.S." becomes `u` + `s` and
 * "10.5%" becomes `10` + `5`; this one keeps percentages and decimals whole and splits hyphenated
 * words into their parts ("U.S.-China" → usa, china).
 */

/** The index term of a country: the letters of its name ("unitedstates"), whatever form the text uses. */
export function countryTerm(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The country table as vocabulary: acronyms and dotted abbreviations ("US", "U.S.") only in
 * capitals, other several-word forms ("New Delhi") in any case, one-word forms ("Chinese",
 * "Beijing") as synonyms of the country, compared by stem like every other word.
 */
function countryVocabulary(): { phrases: PhraseRule[]; words: Record<string, string> } {
  const phrases: PhraseRule[] = [];
  const words: Record<string, string> = {};
  const add = (form: string, term: string) => {
    if (/^[A-Z.]+$/.test(form)) phrases.push({ phrase: form, replace: term, caseSensitive: true });
    else if (/[\s.'’-]/.test(form)) {
      phrases.push({ phrase: form, replace: term });
      // In lower case also among the case-sensitive rules, which run first: a reader's "white house"
      // is the seat of government, not a "house" that is a home.
      phrases.push({ phrase: form.toLowerCase(), replace: term, caseSensitive: true });
    } else words[form.toLowerCase()] = term;
  };
  for (const country of COUNTRIES) for (const form of formsOf(country)) add(form, countryTerm(country.name));
  // The other sovereign states; a capital keeps its own word too ("Victoria" may be a person or a state).
  for (const { name, forms, capitals } of otherCountries()) {
    const term = countryTerm(name);
    for (const form of forms) add(form, term);
    for (const capital of capitals)
      phrases.push({ phrase: capital, replace: `${capital} ${term}`, caseSensitive: true });
  }
  return { phrases, words };
}

const COUNTRY_VOCABULARY = countryVocabulary();

/**
 * A question's term for a region's countries ("southamerica" → "southamericaregion"), beside the
 * region's own name: the search reads it as any of the countries (`REGION_MEMBERS`), so a question
 * on "Asian markets" still prefers the passage that says "Asian" to the many that name an Asian country.
 */
const regionTerm = (name: string) => `${name}region`;

/**
 * People and agencies keep their name and gain their country and office as terms ("Lula" is also "brazil
 * president leader"); short names only as capitalized, since "Xi" or "Lee" in lower case may be
 * other words. Descriptions of places become the place.
 */
const DOMAIN_PHRASES: PhraseRule[] = [
  ...[...PEOPLE, ...AGENCIES].flatMap((person) =>
    person.names.map((name) => ({
      phrase: name,
      replace: `${name} ${countryTerm(person.country)} ${person.roles}`,
      caseSensitive: name.length < 6,
    })),
  ),
  ...PLACE_DESCRIPTIONS.map((p) => ({ phrase: p.phrase, replace: countryTerm(p.country) })),
  ...REGIONS.flatMap((r) => r.phrases.map((phrase) => ({ phrase, replace: r.term }))),
];

/**
 * Goods named by kind gain their classes in documents only: a question about steel is not about
 * aluminium. A word of several kinds gains them all ("beef" is farm produce and meat).
 */
const KIND_PHRASES: PhraseRule[] = (() => {
  const kindsOf = new Map<string, string[]>();
  for (const { kind, words } of KINDS)
    for (const word of words) kindsOf.set(word, [...(kindsOf.get(word) ?? []), kind]);
  return [...kindsOf].map(([word, kinds]) => ({ phrase: word, replace: `${word} ${kinds.join(' ')}` }));
})();

/**
 * A Latin letter without its accents ("Việt Nam" → "Viet Nam", "Šefčovič" → "Sefcovic", "Bogotá"), as
 * a reader types it and as the country table and the quotes already compare names. Letter for
 * letter, so a folded text keeps the offsets of its source (see `highlight`).
 */
function withoutAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (letter) => {
    const base = foldAccents(letter);
    return base.length === letter.length ? base : letter;
  });
}

const wholeWord = (source: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
const phraseKey = (text: string, caseSensitive: boolean) =>
  (caseSensitive ? text : text.toLowerCase()).replace(/\s+/g, ' ');

/** One rewriting step: a pattern and what each of its matches becomes. */
interface Rewrite {
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

/**
 * Phrase rules compiled into one alternation per case mode (longest phrase first, so "United States
 * of America" wins over "United States"), with the replacement looked up by the matched text: one
 * pass over a passage however many phrases the vocabulary holds.
 */
function phraseRewrites(rules: readonly PhraseRule[]): Rewrite[] {
  return [true, false].flatMap((caseSensitive) => {
    const group = rules.filter((r) => (r.caseSensitive ?? false) === caseSensitive);
    if (group.length === 0) return [];
    const replacements = new Map(group.map((r) => [phraseKey(withoutAccents(r.phrase), caseSensitive), r.replace]));
    const source = phraseTrie(
      group.map((r) => withoutAccents(r.phrase)),
      { ignoreCase: !caseSensitive },
    );
    return [
      {
        pattern: wholeWord(source, caseSensitive ? 'gu' : 'giu'),
        replace: (m: string) => replacements.get(phraseKey(m, caseSensitive)) ?? m,
      },
    ];
  });
}

const PATTERN_REWRITES: Rewrite[] = PATTERNS.map((p) => {
  const pattern = wholeWord(p.pattern, 'giu');
  return { pattern, replace: (m: string) => m.replace(new RegExp(pattern.source, 'iu'), p.replace) };
});

const SHARED_REWRITES = [
  ...phraseRewrites([...PHRASES, ...DOMAIN_PHRASES, ...COUNTRY_VOCABULARY.phrases]),
  ...PATTERN_REWRITES,
];
const DOCUMENT_REWRITES = [...SHARED_REWRITES, ...phraseRewrites(KIND_PHRASES)];
/**
 * In a query, a lower-case "us" is far more likely the country than the pronoun, and an acronym typed
 * in lower case ("eu", "uk", "u.s.", "ustr", "cbp", "pm" for the prime minister) is still the acronym: none is
 * an English word.
 */
const ACRONYMS = [...PHRASES, ...DOMAIN_PHRASES, ...COUNTRY_VOCABULARY.phrases].filter(
  (r) => r.caseSensitive && /^[A-Z.]{2,}$/.test(r.phrase),
);
const QUERY_REWRITES = [
  ...phraseRewrites([
    { phrase: 'us', replace: countryTerm(HOME_COUNTRY) },
    ...REGIONS.flatMap((r) => r.phrases.map((phrase) => ({ phrase, replace: `${r.term} ${regionTerm(r.term)}` }))),
    ...ACRONYMS.map((r) => ({ phrase: r.phrase.toLowerCase(), replace: r.replace })),
  ]),
  ...SHARED_REWRITES,
];

/** A token with its place in the original text, for highlighting. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Numbers (with decimals and a percent sign) or words (with inner apostrophes). */
const TOKEN = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into tokens; hyphens and other punctuation separate them. */
export function tokenizeWithOffsets(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function rewrite(text: string, rewrites: readonly Rewrite[]): string {
  return rewrites.reduce((out, r) => out.replace(r.pattern, r.replace), withoutAccents(text));
}

/**
 * Word stems and the stem of the term they fold to. A canonical word may itself be folded by another
 * entry ("envoy" → "negotiator", whose stem is that of "negotiation" → "talk"): followed to the end,
 * so both sides of every entry reach the same term.
 */
const SYNONYM_STEMS = (() => {
  const direct = new Map(
    Object.entries({ ...SYNONYMS, ...PLAIN_WORDS, ...COUNTRY_VOCABULARY.words }).map(([word, canonical]) => [
      stemmer(withoutAccents(word)),
      KEPT_APART.has(canonical) ? canonical : stemmer(canonical),
    ]),
  );
  const resolve = (stem: string, seen = new Set<string>()): string => {
    const next = direct.get(stem);
    return next === undefined || next === stem || seen.has(next) ? stem : resolve(next, seen.add(stem));
  };
  return new Map([...direct.keys()].map((stem) => [stem, resolve(stem)]));
})();

/**
 * The adjective of an adverb in -ly that the stemmer leaves apart from it ("reportedly" → reported,
 * "firstly" → first, "temporarily" → temporary, "significantly" → significant). Short words and bases
 * ending in a vowel are no adverbs ("early", "daily", "family", "anomaly"), nor are verbs in -ply
 * ("supply", "multiply"); an adverb in -ingly means something else than its verb ("increasingly
 * aggressive" raises nothing); a base in -b takes its -le ("assembly", "probably").
 */
function adjectiveOf(word: string): string {
  if (!word.endsWith('ly')) return word;
  const base = word.slice(0, -2).replace(/i$/, 'y');
  if (base.length < 5 || /(?:[aeiou]|pp|ip|ing)$/.test(base)) return word;
  return base.endsWith('b') ? `${base}le` : base;
}

/**
 * The American spelling of a word in -ise that outlets outside the US write ("organisation",
 * "criticised", "prioritise"), which the stemmer keeps apart from its -ize form. Only after endings
 * -ize verbs are built on ("final-", "critic-", "recogn-"), so "advise", "promise", "exercise",
 * "arise" and "expertise" keep theirs; "-isation" is always "-ization".
 */
const BRITISH_IZE = /^([a-z]+(?:al|ar|ic|im|it|iv|on|an|gn|er|ol|id|il|rd|og|or|ur))is(e|es|ed|ing|er|ers)$/;
const BRITISH_IZATION = /^([a-z]{3,})isation(s?)$/;
const americanSpelling = (word: string) => word.replace(BRITISH_IZATION, '$1ization$2').replace(BRITISH_IZE, '$1iz$2');

/** Folds one token to its index term, or null for a stop word. */
export function termOf(token: string): string | null {
  const word = withoutAccents(token).toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (STOP_WORDS.has(word) || word.length === 0) return null;
  if (/^\d/.test(word)) return word.replace(/,/g, '');
  if (KEPT_APART.has(word)) return word;
  const stem = stemmer(americanSpelling(adjectiveOf(word)));
  return SYNONYM_STEMS.get(stem) ?? stem;
}

/** Index terms of a document's text. */
export function documentTerms(text: string): string[] {
  return termsOf(rewrite(text, DOCUMENT_REWRITES));
}

/**
 * The country terms of each region's question term ("southamericaregion" → brazil, peru, …): a
 * question that names a part of the world ("the South American country") asks about them. The home
 * country is left out: it is in nearly every passage.
 */
export const REGION_MEMBERS: ReadonlyMap<string, readonly string[]> = (() => {
  const areasOf = regionsByName();
  const countries = [
    ...COUNTRIES.map((c) => ({ name: c.name, forms: formsOf(c) })),
    ...otherCountries().map((c) => ({ name: c.name, forms: [c.name, ...c.forms] })),
  ];
  const members = new Map<string, string[]>();
  for (const { name, forms } of countries) {
    if (name === HOME_COUNTRY) continue;
    const areas = forms.map((form) => areasOf.get(lookupKey(form))).find(Boolean) ?? [];
    for (const region of REGIONS.filter((r) => r.areas.some((area) => areas.includes(area)))) {
      const term = regionTerm(region.term);
      members.set(term, [...(members.get(term) ?? []), countryTerm(name)]);
    }
  }
  return members;
})();

/** The index terms of countries (and the EU), to tell a passage that names countries; a name the pipeline splits into words names none. */
export const COUNTRY_TERMS: ReadonlySet<string> = new Set(
  [...COUNTRIES.map((c) => c.name), ...otherCountries().map((c) => c.name)]
    .map((name) => documentTerms(name))
    .flatMap((terms) => (terms.length === 1 ? terms : [])),
);

/**
 * The goods a tariff can be limited to (the rates' `PRODUCTS`), each kind as the index terms of its
 * one-word names ("cars", "automakers", "trucks" are one kind), by each of its terms. Farm goods and
 * energy are left out: broad classes the news names by the item ("soybeans", "LNG") as often as by
 * the class, so a passage about them need not hold the question's word for them.
 */
export const GOODS_KINDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const kinds = new Map<string, Set<string>>();
  for (const { name, words } of PRODUCTS) {
    if (name === 'farm goods' || name === 'energy') continue;
    const terms = words.filter((w) => !w.includes(' ')).flatMap((w) => documentTerms(w));
    for (const term of terms) kinds.set(term, new Set([...(kinds.get(term) ?? []), ...terms]));
  }
  return kinds;
})();

/** Index terms of a query, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(termsOf(rewrite(query, QUERY_REWRITES)))];
}

const QUESTION_TERMS = new Set([...QUESTION_WORDS].map((w) => termOf(w)));

/**
 * Index terms of a question asked of the passages: its query terms less the words that only frame it
 * and the phrases of the present, which the time focus reads ("right now", "so far").
 */
export function questionTerms(question: string): string[] {
  const framed = question.replace(HOW_DEGREE, 'how').replace(FRAMING_PHRASES, ' ').replace(PRESENT_PHRASE, ' ');
  return queryTerms(framed).filter((t) => !QUESTION_TERMS.has(t));
}

function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const term = termOf(m[0]);
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * Wraps in `**bold**` the words of `text` whose terms are in `terms`. Phrase rewrites change the
 * text's length, so phrases are checked on their own: a phrase is bold when its rewrite matches.
 */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  const spans: { start: number; end: number }[] = [];
  const folded = withoutAccents(text);
  for (const { pattern } of DOCUMENT_REWRITES) {
    for (const m of folded.matchAll(pattern)) {
      if (documentTerms(m[0]).some((t) => terms.has(t))) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const token of tokenizeWithOffsets(text)) {
    const term = termOf(token.text);
    if (term && terms.has(term) && !spans.some((s) => token.start < s.end && token.end > s.start)) spans.push(token);
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += `${text.slice(at, span.start)}**${text.slice(span.start, span.end)}**`;
    at = span.end;
  }
  return out + text.slice(at);
}
