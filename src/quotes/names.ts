import { COUNTRIES } from '../geo/countries.ts';
import { escapeRegExp } from '../text/patterns.ts';
import { GENERATIONAL_SUFFIXES, NAME_PARTICLES, OFFICE_SEATS } from './vocabulary.ts';
import { foldAccents } from '../text/accents.ts';

/** Names as replies show them, and as lookups compare them: case, accents, apostrophes and punctuation folded. */

/** A name as replies show it: curly apostrophes straightened, single spaces ("Canada’s" → "Canada's"). */
export function normaliseName(text: string): string {
  return text.replace(/[‘’`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** "Šefčovič" → "sefcovic", "China’s" → "china's", "U.S." → "us": lower case, single spaces. */
export function foldName(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, '$1$2')
    .trim();
}

/** A name as a lookup key: folded, and without a leading "the" ("the ministry" finds "ministry"). */
export function lookupName(text: string): string {
  return foldName(text).replace(/^the /, '');
}

/**
 * The first and last name of a person's folded name words, the last before a "Jr." ("Ferdinand
 * Marcos Jr." → marcos), and the names between, by which news may call them too ("Luiz Inácio Lula
 * da Silva" → lula, "Claudia Sheinbaum Pardo" → sheinbaum).
 */
export function nameEnds(words: readonly string[]): { first: string; last: string; inner: string[] } {
  const end = words.length > 2 && GENERATIONAL_SUFFIXES.has(words.at(-1) ?? '') ? -2 : -1;
  const inner = words.slice(1, words.length + end).filter((w) => w.length > 2 && !NAME_PARTICLES.has(w));
  return { first: words[0] ?? '', last: words.at(end) ?? '', inner };
}

/** A stable, URL- and button-safe id for a name ("China's Ministry of Commerce" → "chinas-ministry-of-commerce"). */
export function slugOf(name: string, maxLength: number): string {
  const slug = foldName(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'speaker';
}

/** An office that is a seat of power ("White House"): an organisation of its own, not its country. */
export const isOfficeSeat = (name: string): boolean => OFFICE_SEATS.has(foldName(name).replace(/ /g, '-'));

/** Every folded form of every country (name, alias, demonym, seat but an office) → the country's folded name. */
const COUNTRY_OF_FORM = new Map(
  COUNTRIES.flatMap((c) =>
    [c.name, ...c.aliases, ...c.demonyms, ...c.seats.filter((s) => !isOfficeSeat(s))].map(
      (f) => [foldName(f), foldName(c.name).replace(/ /g, '_')] as const,
    ),
  ),
);
const COUNTRY_FORM = new RegExp(
  `(?<=^|\\s)(${[...COUNTRY_OF_FORM.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:'s)?(?=\\s|$)`,
  'g',
);
const FILLER = new Set(['the', 'of', 'for', 'and', '&']);

/**
 * An organisation's identity whatever the word order and however its country is named:
 * "China's Ministry of Commerce", "Chinese Ministry of Commerce" and "China's commerce ministry"
 * all give "china commerce ministry".
 */
export function organisationKey(name: string): string {
  const words = foldName(name)
    .replace(COUNTRY_FORM, (_, form: string) => COUNTRY_OF_FORM.get(form) ?? form)
    .replace(/'s\b/g, '')
    .split(' ')
    .filter((w) => w && !FILLER.has(w));
  return words.sort().join(' ');
}

/** A folded word as titles compare it: a country's name, demonym or capital as the country ("japanese" → "japan"). */
export function countryWord(word: string): string {
  const folded = foldName(word).replace(/'s$/, '');
  return COUNTRY_OF_FORM.get(folded) ?? folded;
}

/** The country a name is ("US", "Washington", "the United States" → "United States"), or null. */
export function countryName(name: string): string | null {
  const key = COUNTRY_OF_FORM.get(foldName(name).replace(/^the /, ''));
  return COUNTRIES.find((c) => foldName(c.name).replace(/ /g, '_') === key)?.name ?? null;
}

/** Whether a name is a country's (or its capital's, standing for its government: "Beijing"). */
export function isCountry(name: string): boolean {
  return COUNTRY_OF_FORM.has(foldName(name));
}

/** Whether a name is a bloc's ("the European Union", "EU"): what "the bloc" refers to. */
export function isBloc(name: string): boolean {
  const country = countryName(name);
  return COUNTRIES.some((c) => c.name === country && c.bloc === true);
}

/** `words` without the country they start with ("European Union trade commissioner" → "trade commissioner"). */
export function withoutCountry(words: readonly string[]): string[] {
  for (let n = words.length - 1; n > 0; n--) {
    if (COUNTRY_OF_FORM.has(foldName(words.slice(0, n).join(' ')).replace(/'s$/, ''))) return words.slice(n);
  }
  return [...words];
}
