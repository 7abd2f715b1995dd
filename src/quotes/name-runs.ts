import { isShouting, type Token } from './tokens.ts';
import {
  DOTTED_ABBREVIATIONS,
  MONTH_LEADS,
  MONTHS,
  NAME_PARTICLES,
  OCCUPATIONS,
  ORGANISATION_CONNECTORS,
  QUESTION_WORDS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLES,
  WEEKDAYS,
} from './vocabulary.ts';

/** Runs of capitalised words that may be one name ("Ministry of Commerce"), and the words they are made of. */

/** Capitalised in a Title Case headline, never inside a name ("Trump Says US Would Lift …"). */
const HEADLINE_VERBS = new Set([
  ...SPEECH_VERBS,
  'is',
  'are',
  'was',
  'were',
  'would',
  'could',
  'should',
  'if',
  'has',
  'have',
]);

/** Letters at most in an acronym that names an organisation ("USTR", "MOFCOM"); longer words in capitals are datelines. */
const MAX_ACRONYM_LETTERS = 6;

/**
 * A word in capitals that names an organisation ("USTR said", "the (USTR)"): short, and followed
 * by a lower-case word or a bracket, where a dateline ("TOKYO, March 4", "LONDON —") and a heading
 * in capitals are not.
 */
function isAcronym(t: Token, text: string): boolean {
  return (
    t.text.length <= MAX_ACRONYM_LETTERS &&
    /^\p{Lu}+$/u.test(t.text) &&
    /^(?:\s+\p{Ll}|\))/u.test(text.slice(t.end, t.end + 2)) &&
    !/\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, t.start - 12), t.start))
  );
}

/** A title in the plural ("the CEOs of big firms", "Ministers"): holders of it, never one name. */
export const isPluralTitle = (t: Token) => {
  const singular = t.lower.slice(0, -1);
  return t.lower.endsWith('s') && TITLES.has(singular) && !OCCUPATIONS.has(singular);
};

/**
 * A US lawmaker's party and state after the name ("Rep. Ro Khanna (D-Calif.)", "Sen. Rand Paul,
 * R-Ky.,"): a label, not a name of its own, which else took the speaker's place.
 */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

/**
 * A capitalised word that may be part of a name: not a dateline, a weekday, a month told as a
 * time (before its day, or after "in early", "since", "until" …), a title in the plural, or a
 * question word (a heading after "|" opens with one where no sentence starts: "| What Goyal said").
 */
const isNameWord = (t: Token, next?: Token, text = '', previous?: Token) =>
  t.capitalised &&
  !PARTY_STATE.test(t.text) &&
  !isPluralTitle(t) &&
  !(QUESTION_WORDS.has(t.lower) && !isShouting(t)) &&
  (!isShouting(t) || isAcronym(t, text)) &&
  !WEEKDAYS.has(t.lower) &&
  !(TIME_WORDS.has(t.lower) && t.text === t.text.toUpperCase()) &&
  !(
    MONTHS.has(t.lower) &&
    (/^\d/.test(next?.text ?? '') ||
      MONTH_LEADS.has(previous?.capitalised ? '' : (previous?.lower ?? '')) ||
      // "the August deadline": a month before a common noun, unlike a first name ("April Ryan") or "May".
      (t.lower !== 'may' && next !== undefined && !next.capitalised && /^\p{Ll}/u.test(next.text)))
  ) &&
  !HEADLINE_VERBS.has(t.lower);
export const isConnector = (word: string) => NAME_PARTICLES.has(word) || ORGANISATION_CONNECTORS.has(word);
/** "of" and "for" start an organisation's complement; "and" and "the" may follow them. */
export const opensComplement = (word: string) => word === 'of' || word === 'for';

/**
 * Two tokens with only spaces between them (or the dot of "Mr.", "Corp." or an initial: "Donald J.
 * Trump"), or an ampersand between capitalised words, which is inside a name ("Foundation & Institute").
 */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return (
    /^\s+$/.test(gap) ||
    ((DOTTED_ABBREVIATIONS.has(a.lower) || /^\p{Lu}$/u.test(a.text)) && /^\.\s+$/.test(gap)) ||
    (a.capitalised && b.capitalised && /^\s+&\s+$/.test(gap))
  );
}

/**
 * Runs of capitalised words that may be one name, with the connectors inside them ("Ministry of
 * Commerce", "Ursula von der Leyen"); "and" and "the" only after "of" or "for", so "Trump and Xi"
 * stays two names.
 */
export function nameRuns(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && !run[run.length - 1]?.capitalised) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && (adjacent(text, prev, token) || listedField(text, prev));
    const next = tokens[i + 1];
    if (isNameWord(token, next, text, tokens[i - 1])) {
      if (!joined) flush();
      run.push(token);
      return;
    }
    const connects =
      joined &&
      isConnector(token.lower) &&
      !token.capitalised &&
      next !== undefined &&
      adjacent(text, token, next) &&
      (isNameWord(next, tokens[i + 2], text, token) || isConnector(next.lower)) &&
      (opensComplement(token.lower) || NAME_PARTICLES.has(token.lower) || run.some((t) => opensComplement(t.lower)));
    if (connects) run.push(token);
    else flush();
  });
  flush();
  return runs;
}

/**
 * A comma inside the name of a body or office that lists its fields after "of", the last after
 * "and" ("Ministry of Trade, Industry and Energy", "Minister of Agriculture, Forestry and
 * Fisheries"): single capitalised words between the commas. Only after such a noun: "the heads of
 * Ford, GM and Stellantis" are three companies. A source for a sticky or global pattern.
 */
export const FIELD_COMMA = String.raw`(?<=\b(?:Ministry|Minister|Department|Secretary|Office|Agency|Bureau|Committee|Commission|Council)\s+of\s+(?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*),(?=\s+(?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*,?\s+and\s+\p{Lu})`;
const FIELD_COMMA_AT = new RegExp(FIELD_COMMA, 'uy');
const listedField = (text: string, before: Token) => {
  FIELD_COMMA_AT.lastIndex = before.end;
  return FIELD_COMMA_AT.test(text);
};
