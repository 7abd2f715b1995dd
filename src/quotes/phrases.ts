import { COUNTRIES } from '../geo/countries.ts';
import { countryName, isCountry } from './names.ts';
import type { SpeakerKind } from './quote.ts';
import { bareWord, isShouting, tokenize, type Token } from './tokens.ts';
import {
  CLAUSE_WORDS,
  COORDINATORS,
  DEFINITE,
  DOCUMENTS,
  DOTTED_ABBREVIATIONS,
  GROUP_NOUNS,
  HONORIFICS,
  INDEFINITE,
  INFORMAL_DEMONYMS,
  LED_BODIES,
  MONTH_LEADS,
  MONTHS,
  NAME_PARTICLES,
  NEWS_OUTLETS,
  ORGANISATION_CONNECTORS,
  ORGANISATION_NOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  QUESTION_WORDS,
  SENTENCE_STARTERS,
  SPEECH_VERBS,
  SPOKESPEOPLE,
  TITLE_QUALIFIERS,
  STAFF_NOUNS,
  NAME_ONLY_ORGANISATION_NOUNS,
  DAY_ADVERBS,
  TIME_WORDS,
  TITLES,
  WEEKDAYS,
} from './vocabulary.ts';

/**
 * Noun phrases that can say who spoke: "U.S. Treasury Secretary Scott Bessent", "Bessent, who
 * …,", "the Treasury secretary", "China's Ministry of Commerce", "the ministry", "he", "a senior
 * official". A phrase is read as it is written; who it refers to is the entity table's business.
 */

export type Gender = 'male' | 'female';

/** A person or organisation named in the text. */
export interface NameRef {
  type: 'name';
  kind: SpeakerKind;
  /** The name as written, without title or possessive ("Scott Bessent", "China's Ministry of Commerce"). */
  words: string[];
  /** The title or description written with it ("U.S. Treasury Secretary"). */
  title?: string;
  gender?: Gender;
}

/** A role noun that refers back to someone named before ("the Treasury secretary", "the ministry"). */
export interface RoleRef {
  type: 'role';
  kind: SpeakerKind;
  head: string;
  qualifiers: string[];
  /** As written, for the speaker's aliases. */
  text: string;
  /**
   * The spokesperson who speaks for the role's holder, as written ("Prime Minister's official
   * spokesman"): the speaker when the article names no one who holds the role.
   */
  spokesperson?: string;
}

/** A text that speaks for its author ("the statement from the ministry", "Trump's letter", "the notice"). */
export interface DocumentRef {
  type: 'document';
  /** The document noun ("notice"), by which the narration may have said whose it is. */
  noun: string;
  /** Who wrote it, when the phrase says; else the one the sentence or the ones before put forward. */
  author: SpeakerRef | null;
}

/** Two parties speaking together: "the two countries", "both sides" (who they are, the table knows). */
export interface JointRef {
  type: 'joint';
}

export type SpeakerRef =
  | NameRef
  | RoleRef
  | DocumentRef
  | JointRef
  | { type: 'pronoun'; kind: SpeakerKind; gender?: Gender; plural?: true }
  /** A definite description of someone just named ("the 79-year-old", "the former banker"): a pronoun in effect. */
  | { type: 'epithet' }
  /**
   * Someone the article does not name ("a source said"); `description`, when it names the body they
   * serve ("a White House official" → "White House official"), is what news calls them instead.
   */
  | { type: 'unnamed'; description?: string[] };

/** The words by which news names two governments speaking together ("the two countries said in a joint statement"). */
const JOINT = /^(?:the )?(?:two|both) (?:countries|sides|governments|nations|leaders)$|^the (?:countries|governments)$/;

/**
 * A body whose name holds "and" ("Customs and Border Protection", "Department of Health and Human
 * Services", "Food and Drug Administration"): in Title Case throughout, one half reads as a body
 * that is not a country and the other as a person's name, which no person and body speaking
 * together would be written as.
 */
function agencyName(tokens: readonly Token[], body: NameRef): NameRef | null {
  const titleCase = tokens.every((t) => t.capitalised || (ORGANISATION_CONNECTORS.has(t.lower) && t.lower !== 'the'));
  if (!titleCase || isCountry(body.words.join(' '))) return null;
  return { type: 'name', kind: 'organisation', words: tokens.map(bareWord) };
}

/** "The United States and India", "Okafor and Reyes": two governments, bodies or people as one speaker, their names joined. */
function jointName(phrase: readonly Token[], text: string): NameRef | null {
  // "Šefčovič after talks with Greer and Lutnick": an "and" after a preposition joins no speakers.
  const tokens = beforePreposition(phrase);
  const and = tokens.findIndex((t) => t.lower === 'and');
  if (and <= 0 || tokens.slice(and + 1).some((t) => t.lower === 'and')) return null;
  // "economists Ann Rowe and Tim Vale", "Capital Group Economists …": a plural title before the first
  // name is both people's.
  const shared = tokens.slice(0, and).findLastIndex(isPluralTitle);
  const [a, b] = [parsePart(tokens.slice(shared + 1, and), text, false), parsePart(tokens.slice(and + 1), text, false)];
  if (a?.type !== 'name' || b?.type !== 'name') return null;
  if (a.kind !== b.kind) return agencyName(tokens, a.kind === 'organisation' ? a : b);
  if (a.kind === 'person') return { type: 'name', kind: 'person', words: [...a.words, 'and', ...b.words] };
  const named = (ref: NameRef) => countryName(ref.words.join(' '))?.split(' ') ?? ref.words;
  return { type: 'name', kind: 'organisation', words: [...named(a), 'and', ...named(b)] };
}

/** A word that is, or qualifies, a title ("president", "CEO", "Commerce", "Industry"). */
const isTitleWord = (t: Token | undefined) => t !== undefined && (TITLES.has(t.lower) || TITLE_QUALIFIERS.has(t.lower));

/**
 * One person with two offices joined by "and" ("Commerce and Industry Minister Piyush Goyal",
 * "association president and CEO Jean Simard"): title words on both sides of the "and", a titled
 * person after it. Two people speaking together name someone before the "and".
 */
function coordinatedTitle(tokens: readonly Token[], text: string): NameRef | null {
  const and = tokens.findIndex((t) => t.lower === 'and');
  if (and <= 0 || !isTitleWord(tokens[and - 1]) || !isTitleWord(tokens[and + 1])) return null;
  // The office may end before the name with a complement's last word ("Union Minister for Commerce
  // and Industry Piyush Goyal"): the title words right after the "and" belong to the title.
  let name = and + 1;
  while (name < tokens.length - 1 && isTitleWord(tokens[name]) && !TITLES.has(tokens[name]?.lower ?? '')) name++;
  const ref = parsePart(tokens.slice(name), text, false);
  if (ref?.type !== 'name' || ref.kind !== 'person') return null;
  const office = tokens.slice(0, name).map((t) => t.text);
  if (!ref.title && !tokens.slice(0, name).some((t) => TITLES.has(t.lower))) return null;
  return { ...ref, title: [...office, ...(ref.title ? [ref.title] : [])].join(' ') };
}

/** A surname opening with particles is short ("van der Berg", "de la Cruz Ortiz"). */
const MAX_PARTICLE_SURNAME_WORDS = 4;

/** Words that link a document to its author ("a statement from …", "a notice published by …"). */
const AUTHOR_LINKS = new Set(['from', 'by', 'of']);

/**
 * A phrase whose head is a document ("the statement from a Ministry of Finance office", "the
 * ministry's statement", "a proclamation"), with its author when the phrase names one.
 */
function documentOf(tokens: readonly Token[], text: string): DocumentRef | null {
  const head = tokens.findIndex((t) => !t.capitalised && DOCUMENTS.has(t.lower));
  if (head < 0 || tokens.slice(0, head).some((t) => isClauseWord(t) || PREPOSITIONS.has(t.lower))) return null;
  const owner = tokens.slice(0, head).findLastIndex((t) => t.possessive);
  const noun = (tokens[head] as Token).lower;
  // "Trump's letter (to Tokyo)" speaks for Trump; "Trump's post came after …" is no speaker phrase.
  const next = tokens[head + 1];
  if (owner >= 0)
    return !next || PREPOSITIONS.has(next.lower)
      ? { type: 'document', noun, author: parsePart(tokens.slice(0, owner + 1), text, false) }
      : null;
  const link = tokens.findIndex((t, i) => i > head && AUTHOR_LINKS.has(t.lower));
  if (link < 0) {
    if (head !== tokens.length - 1) return null;
    // "a White House statement", "a Toyota notice": the name between the article and the noun is its
    // author's, and so is a body told by what it does ("Later a commerce department statement"); "a
    // joint statement" is of the two parties last named.
    const determiner = tokens.slice(0, head).findLastIndex((t) => DEFINITE.has(t.lower) || INDEFINITE.has(t.lower));
    const modifiers = tokens.slice(determiner + 1, head);
    if (modifiers.some((t) => t.lower === 'joint')) return { type: 'document', noun, author: { type: 'joint' } };
    const named = modifiers.length > 0 ? parsePart(modifiers, text, false) : null;
    const byName = named?.type === 'name' && modifiers.every((t) => t.capitalised);
    const byRole = named?.type === 'role' && named.kind === 'organisation';
    return { type: 'document', noun, author: byName || byRole ? named : null };
  }
  let rest = tokens.slice(link + 1);
  if (INDEFINITE.has(rest[0]?.lower ?? '') && rest[1]?.capitalised) rest = rest.slice(1);
  // "a Ministry of Finance office": the author is the name, not the office in it.
  const [run] = nameRuns(rest, text);
  const author = run && run[0] === rest[0] ? parsePart(run, text, false) : parsePart(rest, text, false);
  return { type: 'document', noun, author };
}

/** Country names and seats stand for governments ("Beijing said"); demonyms are only adjectives. */
const GOVERNMENTS = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.seats]));
const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms));
/** A country's people, one or many, as news names them ("Americans", "Aussie beef"): never a person's name. */
const isPeopleWord = (word: string) =>
  [word, word.replace(/s$/, '')].some((w) => DEMONYMS.has(w) || INFORMAL_DEMONYMS.has(w.toLowerCase()));

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
const isPluralTitle = (t: Token) => t.lower.endsWith('s') && TITLES.has(t.lower.slice(0, -1));

/**
 * A capitalised word that may be part of a name: not a dateline, a weekday, a month told as a
 * time (before its day, or after "in early", "since", "until" …), a title in the plural, or a
 * question word (a heading after "|" opens with one where no sentence starts: "| What Goyal said").
 */
/**
 * A US lawmaker's party and state after the name ("Rep. Ro Khanna (D-Calif.)", "Sen. Rand Paul,
 * R-Ky.,"): a label, not a name of its own, which else took the speaker's place.
 */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

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
const isRoleNoun = (word: string) => TITLES.has(word) || ORGANISATION_NOUNS.has(word);
/** A lower-case noun before a name that says the name is a body's ("the lobby group Swissmem"). */
const describesBody = (t: Token | undefined) =>
  t !== undefined && ORGANISATION_NOUNS.has(t.lower) && !NAME_ONLY_ORGANISATION_NOUNS.has(t.lower);
const isClauseWord = (t: Token) => CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower);
const isConnector = (word: string) => NAME_PARTICLES.has(word) || ORGANISATION_CONNECTORS.has(word);
/** "of" and "for" start an organisation's complement; "and" and "the" may follow them. */
const opensComplement = (word: string) => word === 'of' || word === 'for';

/**
 * Two tokens with only spaces between them (or the dot of "Mr.", "Corp." or an initial: "Donald J.
 * Trump"), or an ampersand between capitalised words, which is inside a name ("Foundation & Institute").
 */
function adjacent(text: string, a: Token, b: Token): boolean {
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
function nameRuns(tokens: readonly Token[], text: string): Token[][] {
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

/**
 * The phrase up to its first preposition outside a name ("Bessent in an interview" → "Bessent"), or
 * up to a day told by an adverb ("the White House yesterday" → "the White House").
 */
function beforePreposition(tokens: readonly Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalised && DAY_ADVERBS.has(t.lower)) return tokens.slice(0, i);
    if (t.capitalised || !PREPOSITIONS.has(t.lower)) continue;
    // "Ministry of Commerce", "Secretary of State Marco Rubio": the complement is capitalised up to
    // the next preposition; "Clemens Faust of the IFO institute" names a person, then where he works.
    const next = tokens.findIndex((u, j) => j > i && !u.capitalised && PREPOSITIONS.has(u.lower));
    const complement = tokens.slice(i + 1, next < 0 ? tokens.length : next);
    const inName =
      opensComplement(t.lower) &&
      tokens[i - 1]?.capitalised &&
      (tokens[i + 1]?.capitalised || tokens[i + 2]?.capitalised) &&
      complement.every((u) => u.capitalised || isConnector(u.lower));
    if (!inName) return tokens.slice(0, i);
  }
  return [...tokens];
}

/**
 * Words as a name shows them: no possessive at the end, initials with their dot ("Donald J. Trump"),
 * the commas of a body's fields ("Ministry of Trade, Industry and Energy").
 */
const shown = (tokens: readonly Token[], text = '') =>
  tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    const comma = next !== undefined && text.slice(t.end, next.start).includes(',') ? ',' : '';
    const word = i === tokens.length - 1 ? bareWord(t) : /^\p{Lu}$/u.test(t.text) ? `${t.text}.` : t.text + comma;
    const previous = tokens[i - 1];
    return previous && text.slice(previous.end, t.start).includes('&') ? ['&', word] : [word];
  });

/** A role noun, or an organisation named by its country ("China's commerce ministry"). */
function roleOf(descriptor: readonly Token[]): SpeakerRef | null {
  const head = descriptor[descriptor.length - 1];
  if (!head) return null;
  // The role's own possessive ("the prime minister's [spokesman]") owns nothing of it.
  const ownerEnd = descriptor.slice(0, -1).findIndex((t) => t.possessive);
  const owner = ownerEnd >= 0 ? shown(descriptor.slice(0, ownerEnd + 1)).join(' ') : '';
  const qualifiers = descriptor.slice(ownerEnd + 1, -1).map((t) => t.lower);
  const text = descriptor.map((t) => t.text).join(' ');
  // "the Chinese side", "the U.S. side": diplomatic news for a government.
  const side = descriptor.length === 2 && head.lower === 'side' ? countryName(bareWord(descriptor[0] as Token)) : null;
  if (side) return { type: 'name', kind: 'organisation', words: side.split(' ') };
  if (ORGANISATION_NOUNS.has(head.lower)) {
    // "the Chinese commerce ministry", "the South African presidency": a body named by its country.
    const demonym = [1, 2].some(
      (n) =>
        descriptor.length > n &&
        DEMONYMS.has(
          descriptor
            .slice(0, n)
            .map((t) => t.text)
            .join(' '),
        ),
    );
    if (GOVERNMENTS.has(owner) || (ownerEnd < 0 && demonym))
      return { type: 'name', kind: 'organisation', words: shown(descriptor) };
    // An office speaks for its holder: "Mark Carney's office" for Carney, "the U.S. Trade
    // Representative's office" as the holder's body.
    const ownerHead = descriptor[ownerEnd]?.lower ?? '';
    // "the prime minister's office": the holder of the office the title names.
    if (
      head.lower === 'office' &&
      ownerEnd === descriptor.length - 2 &&
      TITLES.has(ownerHead) &&
      /^\p{Ll}/u.test(owner)
    )
      return roleOf(descriptor.slice(0, -1));
    if (head.lower === 'office' && ownerEnd === descriptor.length - 2 && /^\p{Lu}/u.test(owner)) {
      if (TITLES.has(ownerHead) || ORGANISATION_NOUNS.has(ownerHead))
        return { type: 'name', kind: 'organisation', words: owner.replace(/^the /i, '').split(' ') };
      // The holder's name without the title before it ("Prime Minister Narendra Modi's office").
      let from = ownerEnd;
      while (from > 0 && isPersonalName(descriptor[from - 1] as Token)) from--;
      const title = descriptor.slice(0, from).filter((t) => !DEFINITE.has(t.lower));
      return {
        type: 'name',
        kind: 'person',
        words: shown(descriptor.slice(from, ownerEnd + 1)),
        ...(title.length > 0 ? { title: title.map((t) => t.text).join(' ') } : {}),
      };
    }
    return { type: 'role', kind: 'organisation', head: head.lower, qualifiers, text };
  }
  if (TITLES.has(head.lower)) return { type: 'role', kind: 'person', head: head.lower, qualifiers, text };
  return null;
}

/** At most this many words name what a role heads ("the head of the World Trade Organization"). */
const MAX_BODY_WORDS = 4;

/**
 * A role told by its head and then what it heads: "the President of the European Commission", "the
 * head of the Commission". The body's words qualify the role, as in "the Commission president".
 */
function roleHeadingBody(first: Token, rest: readonly Token[]): RoleRef | null {
  const [head, of, ...body] = rest;
  if (first.lower !== 'the' || !head || !TITLES.has(head.lower) || of?.lower !== 'of') return null;
  const named = body.filter((t) => !DEFINITE.has(t.lower));
  if (named.length === 0 || named.length > MAX_BODY_WORDS || !named.every((t) => t.capitalised)) return null;
  // "the Minister of Trade Todd McClay": the holder's name after the body makes it a titled person.
  let holder = named.length;
  while (holder > 0 && isPersonalName(named[holder - 1] as Token)) holder--;
  if (holder > 0 && named.length - holder >= 2) return null;
  const text = [first, ...rest].map((t) => t.text).join(' ');
  // "the President of the United States" is the US president: a country is one qualifier.
  const country = named.map((t) => t.lower).join(' ');
  const qualifiers = isCountry(country) ? [country] : named.map((t) => t.lower);
  return { type: 'role', kind: 'person', head: head.lower, qualifiers, text };
}

/** Two countries joined as one word ("India-US", "Canada-U.S."): what a deal or talks are between, no one's name. */
const isCountryPair = (t: Token) => {
  const parts = bareWord(t).split('-');
  return parts.length === 2 && parts.every((p) => GOVERNMENTS.has(p));
};

/** A word that can be part of a person's name: not an organisation noun, a title, or a country. */
const isPersonalName = (t: Token) =>
  t.capitalised &&
  !ORGANISATION_NOUNS.has(t.lower) &&
  !TITLES.has(t.lower) &&
  !TITLE_QUALIFIERS.has(t.lower) &&
  !GOVERNMENTS.has(bareWord(t)) &&
  !isPeopleWord(bareWord(t));

/** Countries by name, not by their people or capital ("New Zealand", "U.S."). */
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]));

/** Longest country name, in words ("United States of America"). */
const MAX_COUNTRY_WORDS = 4;

/** A name that ends in a country's ("Air New Zealand", "Bank of Korea"): a body; no person is named so. */
const endsInCountry = (name: readonly Token[]) =>
  Array.from({ length: Math.min(MAX_COUNTRY_WORDS, name.length - 1) }, (_, k) => name.slice(-(k + 1))).some((tail) =>
    COUNTRY_NAMES.has(tail.map(bareWord).join(' ')),
  );

/** A place joined to a participle before a name ("Tokyo-based", "London-listed"). */
const PLACE_PARTICIPLE = /^\p{Lu}[\p{L}.]*-(?:based|born|listed|headquartered|owned|backed|run)$/u;

/**
 * "… goods that enter the U.S. LeBlanc said": a country's dotted abbreviation after "the" and a word
 * in lower case closed the sentence before, so the one name word after it stands alone ("U.S.
 * Steel", with no "the", stays a name).
 */
function endsEarlierSentence(words: readonly Token[], text: string): boolean {
  const [country, name] = words;
  return (
    words.length === 2 &&
    !!country &&
    !!name &&
    /^(?:\p{Lu}\.){2,}$/u.test(country.text) &&
    GOVERNMENTS.has(country.text) &&
    isPersonalName(name) &&
    /\p{Ll}\s+the\s+$/u.test(text.slice(0, country.start))
  );
}

/** A name run with the description before it: a person with a title, an organisation, or a bare title. */
function nameOf(
  run: readonly Token[],
  descriptor: readonly Token[],
  startsSentence: boolean,
  text: string,
): SpeakerRef | null {
  let words = run[0]?.lower === 'the' ? run.slice(1) : run;
  // "Tokyo-based Kyodo News", "Seoul-listed Hanwha": a place joined to a participle describes the name.
  while (words.length > 1 && PLACE_PARTICIPLE.test(words[0]?.text ?? '')) words = words.slice(1);
  if (endsEarlierSentence(words, text)) words = words.slice(1);
  const first = words[0];
  if (!first) return null;
  if (words.length === 1 && startsSentence && (SENTENCE_STARTERS.has(first.lower) || GROUP_NOUNS.has(first.lower)))
    return null;
  if (words.length === 1 && isCountryPair(first)) return null;
  if (GOVERNMENTS.has(shown(words).join(' '))) return { type: 'name', kind: 'organisation', words: shown(words) };
  if (words.every((t) => isPeopleWord(bareWord(t)) || TITLE_QUALIFIERS.has(t.lower))) return null;
  let lastTitle = words.findLastIndex((t) => TITLES.has(t.lower));
  // "U.S. Donald Trump" (a title left out): a country before a name of two words or more describes it.
  const personal = words.slice(1);
  if (
    lastTitle < 0 &&
    personal.length > 1 &&
    (GOVERNMENTS.has(bareWord(first)) || DEMONYMS.has(bareWord(first))) &&
    personal.every((t) => isPersonalName(t) && !isConnector(t.lower))
  )
    lastTitle = 0;
  let nameStart = lastTitle + 1;
  // "Secretary of State Marco Rubio": the title's complement runs up to the name that ends the run,
  // and a name never follows a connector inside it ("Minister of Energy and Mines" names no one).
  if (lastTitle >= 0 && opensComplement(words[nameStart]?.lower ?? '')) {
    nameStart = words.length;
    while (nameStart > lastTitle + 1 && isPersonalName(words[nameStart - 1] as Token)) nameStart--;
    if (isConnector(words[nameStart - 1]?.lower ?? '')) nameStart = words.length;
  }
  let name = words.slice(nameStart);
  // "chief secretary to the Treasury Darren Jones": an office's own words run into the name after
  // them ("Treasury") are no part of it.
  let office = 0;
  while (lastTitle < 0 && office < name.length - 2 && TITLE_QUALIFIERS.has((name[office] as Token).lower)) office++;
  if (office > 0 && name.slice(office).every(isPersonalName)) {
    name = name.slice(office);
    nameStart += office;
  }
  // "the Prime Minister's Office", "the President's Office": a body named by its holder's title.
  if (words[lastTitle]?.possessive && name.length > 0 && name.every((t) => ORGANISATION_NOUNS.has(t.lower)))
    return { type: 'name', kind: 'organisation', words: shown(words, text) };
  // "Gareth Stace of UK Steel": a person's name ends where an affiliation starts ("Bank of England" is one name).
  const affiliation = name.findIndex((t) => opensComplement(t.lower));
  if (affiliation > 0 && !name.slice(0, affiliation).some((t) => ORGANISATION_NOUNS.has(t.lower)))
    name = name.slice(0, affiliation);
  // "Sir Keir Starmer", "Dame Alice …": the honorific is a title, not part of the name.
  let gender: Gender | undefined;
  const titleEnd = nameStart;
  while (name.length > 1 && (name[0] as Token).lower in HONORIFICS) {
    gender = HONORIFICS[(name[0] as Token).lower] ?? gender;
    name = name.slice(1);
    nameStart++;
  }
  const title = [...descriptor, ...words.slice(0, titleEnd)];
  if (name.length === 0) {
    // "Office of the U.S. Trade Representative" is an organisation; "Treasury Secretary" a title.
    if (ORGANISATION_NOUNS.has(first.lower)) return { type: 'name', kind: 'organisation', words: shown(words, text) };
    return roleOf([...descriptor, ...words.slice(0, lastTitle + 1)]);
  }
  const titleText = title.length > 0 ? title.map((t) => t.text).join(' ') : undefined;
  const organisation =
    name.some((t) => ORGANISATION_NOUNS.has(t.lower)) ||
    endsInCountry(name) ||
    (name.length === 1 && NEWS_OUTLETS.has(name[0]?.lower ?? '')) ||
    (name.length === 1 && /^\p{Lu}{3,}$/u.test(name[0] ? bareWord(name[0]) : '')) ||
    describesBody(descriptor[descriptor.length - 1]);
  return {
    type: 'name',
    kind: organisation ? 'organisation' : 'person',
    words: shown(name, text),
    ...(titleText ? { title: titleText } : {}),
    ...(gender ? { gender } : {}),
  };
}

/** A pronoun as the object of "according to" ("according to him"). */
const OBJECT_PRONOUNS: Readonly<Record<string, (typeof PRONOUNS)[string]>> = {
  him: PRONOUNS.he!,
  her: PRONOUNS.she!,
  them: PRONOUNS.they!,
};

/**
 * Nouns for an unnamed member of a body, which news qualifies with the body ("a White House official",
 * "a government source", the wire and European press's word for an official who may not be named).
 */
const MEMBER_NOUNS = new Set(['official', 'officials', 'diplomat', 'diplomats', 'source', 'sources']);
/** Bodies news writes in lower case before a member noun ("a senior administration official"). */
const LOWER_CASE_BODIES = new Set(['administration', 'government', 'ministry', 'embassy']);

/**
 * Someone unnamed after "a", "one", "two" …: "a senior White House official" is known as "White House
 * official", from the first capitalised word of the body on ("administration official" from a body
 * news writes in lower case); "a senior official" or "a source" only as unnamed.
 */
function unnamedOf(tokens: readonly Token[]): SpeakerRef {
  const head = tokens.at(-1);
  const body = tokens.findIndex((t, i) => i > 0 && (t.capitalised || LOWER_CASE_BODIES.has(t.lower)));
  if (!head || !MEMBER_NOUNS.has(head.lower) || body < 0 || tokens.slice(body, -1).some(isClauseWord))
    return { type: 'unnamed' };
  return { type: 'unnamed', description: tokens.slice(body).map((t) => bareWord(t)) };
}

/**
 * One comma-free part of a phrase. `startsSentence`: the part opens its sentence, so a capitalised
 * first word may be an ordinary word ("Those", "He"); elsewhere a capitalised "He" is a surname.
 */
export function parsePart(tokens: readonly Token[], text: string, startsSentence: boolean): SpeakerRef | null {
  const first = tokens[0];
  if (!first) return null;
  // "Later he added", "In a later post he said", "On Monday she told": a pronoun after words that
  // name no one and open no clause (adverbs, an adverbial with no comma) is the subject.
  const last = tokens[tokens.length - 1] as Token;
  const trailing = last.capitalised ? undefined : PRONOUNS[last.lower];
  const leading = tokens.slice(0, -1);
  if (leading.length > 0 && trailing && !leading.some(isClauseWord) && leading.slice(1).every((t) => !t.capitalised))
    return { type: 'pronoun', ...trailing };
  if (PREPOSITIONS.has(first.lower)) return null; // an adverbial ("In Brussels, …"), not a subject
  const document = documentOf(tokens, text);
  if (document) return document;
  if (JOINT.test(tokens.map((t) => t.lower).join(' '))) return { type: 'joint' };
  const twoOffices = coordinatedTitle(tokens, text);
  if (twoOffices) return twoOffices;
  const joint = jointName(first.lower === 'both' ? tokens.slice(1) : tokens, text);
  if (joint) return joint;
  const pronoun = PRONOUNS[first.lower];
  if (tokens.length === 1 && pronoun && (!first.capitalised || startsSentence)) return { type: 'pronoun', ...pronoun };
  // "According to him, a committee … will speak with Amcham": the pronoun is the source, alone in its part.
  const object = OBJECT_PRONOUNS[first.lower];
  if (tokens.length === 1 && object && !first.capitalised) return { type: 'pronoun', ...object };
  // "von der Leyen", "de Guindos": a surname that opens with its particle, lower-case mid-sentence.
  if (
    NAME_PARTICLES.has(first.lower) &&
    !first.capitalised &&
    tokens.length <= MAX_PARTICLE_SURNAME_WORDS &&
    last.capitalised &&
    tokens.every((t) => t.capitalised || NAME_PARTICLES.has(t.lower))
  )
    return { type: 'name', kind: 'person', words: tokens.map(bareWord) };
  const principal = spokenFor(tokens, text);
  if (principal) return principal;
  const employer = staffOf(tokens, text);
  if (employer) return employer;
  if (INDEFINITE.has(first.lower)) {
    // "a spokesman for the ministry" speaks for the ministry (and one for a person for that person);
    // anyone else indefinite is unnamed.
    const linker = tokens.findIndex(
      (t, i) => i > 0 && ['for', 'of', 'at', 'with'].includes(t.lower) && SPOKESPEOPLE.has(tokens[i - 1]?.lower ?? ''),
    );
    const principal = linker > 0 ? parsePart(tokens.slice(linker + 1), text, false) : null;
    const speaksFor = principal?.type === 'name' || (principal?.type === 'role' && principal.kind === 'organisation');
    if (speaksFor) return principal;
    // "a defiant Trump": a name after an adjective is that person, not someone unnamed.
    const named = tokens.length > 2 && tokens.at(-1)?.capitalised ? parsePart(tokens.slice(2), text, false) : null;
    return named?.type === 'name' && named.kind === 'person' && !named.title ? named : unnamedOf(tokens);
  }
  // "The", or a sentence's first word that is not a name ("After the talks"); a capitalised
  // pronoun before a name is the name's first word ("He Yadong").
  const opener = startsSentence && SENTENCE_STARTERS.has(first.lower) && !(pronoun && tokens[1]?.capitalised);
  const rest = DEFINITE.has(first.lower) || (opener && tokens.length > 1) ? tokens.slice(1) : tokens;
  const owner = ownedByPronoun(tokens) ?? ownedByPronoun(rest);
  if (owner) return owner;
  const headOf = roleHeadingBody(first, rest);
  if (headOf) return headOf;
  const words = withoutEpithet(beforePreposition(rest));
  // "the Business and Trade Secretary": one office named by two portfolios.
  if (isCoordinatedOffice(words)) return roleOf(words);
  const [title, surname] = words;
  if (words.length === 2 && title && surname?.capitalised && title.lower in HONORIFICS) {
    const gender = HONORIFICS[title.lower];
    return { type: 'name', kind: 'person', words: [bareWord(surname)], ...(gender ? { gender } : {}) };
  }
  const runs = nameRuns(words, text);
  const lastRun = runs[runs.length - 1] ?? [];
  const run = lastRun[lastRun.length - 1] === words[words.length - 1] ? lastRun : [];
  const descriptor = words.slice(0, words.length - run.length);
  if (descriptor.some(isClauseWord)) return null;
  const described = descriptor[descriptor.length - 1];
  if (run.length === 0) return roleOf(descriptor);
  if (described && !described.possessive && !isRoleNoun(described.lower)) return null;
  // "The Treasury", "the Cabinet": a word of titles alone after "the" is a body.
  const [only] = run;
  if (
    first.lower === 'the' &&
    run.length === 1 &&
    only &&
    TITLE_QUALIFIERS.has(only.lower) &&
    !DEMONYMS.has(bareWord(only))
  )
    return { type: 'name', kind: 'organisation', words: [bareWord(only)] };
  const ref = nameOf(run, descriptor, startsSentence && descriptor.length === 0 && rest === tokens, text);
  // People's names take no article: "the Republican" describes someone; "the Fed", "the Pentagon" are
  // bodies. So is "the Trump administration", a body named by whom it serves, not that person.
  const body = first.lower === 'the' && ref?.type === 'name' && ref.kind === 'person' && ref.words.length === 1;
  if (!body || ref.title) return ref;
  const led = /^\s+(\p{Ll}+)/u.exec(text.slice(only?.end))?.[1];
  return { ...ref, kind: 'organisation', ...(led && LED_BODIES.has(led) ? { words: [...ref.words, led] } : {}) };
}

/** "analysts at Goldman Sachs (led by …)", "officials at the Commerce Department": the body speaks. */
function staffOf(tokens: readonly Token[], text: string): NameRef | null {
  const [staff, at] = tokens;
  if (!staff || !at || !STAFF_NOUNS.has(staff.lower) || !['at', 'from', 'with'].includes(at.lower)) return null;
  const rest = tokens.slice(2);
  const from = DEFINITE.has(rest[0]?.lower ?? '') ? 1 : 0;
  let end = from;
  while (end < rest.length && ((rest[end] as Token).capitalised || isConnector((rest[end] as Token).lower))) end++;
  const body = end > from ? parsePart(rest.slice(from, end), text, false) : null;
  return body?.type === 'name' ? { ...body, kind: 'organisation' } : null;
}

/** The subject pronoun of a possessive one: "his office" is the office of whom "he" means. */
const POSSESSOR: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they' };
/** What news gives as someone's own voice: their office, staff or government. */
const OWN_VOICES = new Set([
  ...SPOKESPEOPLE,
  'office',
  'administration',
  'government',
  'aide',
  'aides',
  'campaign',
  'team',
]);

/**
 * A voice owned by a pronoun ("his administration promised", "her spokesman said", "its office
 * said"): the one the pronoun means speaks through it, as for "Trump's spokeswoman"; read as a role,
 * its speaker was "his administration". Lower-case words only between ("his official spokesman").
 */
function ownedByPronoun(tokens: readonly Token[]): SpeakerRef | null {
  const [first, ...rest] = tokens;
  const subject = POSSESSOR[first?.lower ?? ''];
  const pronoun = subject ? PRONOUNS[subject] : undefined;
  const head = rest.at(-1);
  if (!pronoun || !head || !OWN_VOICES.has(head.lower)) return null;
  return rest.slice(0, -1).every((t) => !t.capitalised && !isClauseWord(t)) ? { type: 'pronoun', ...pronoun } : null;
}

/**
 * A spokesperson named by the one they speak for ("a Downing Street spokesperson", "the
 * ministry's spokesman", "a Toyota spokeswoman", "Trump's spokeswoman"): that one. "The ministry
 * spokesperson" may be someone titled so before, and stays a role.
 */
function spokenFor(tokens: readonly Token[], text: string): SpeakerRef | null {
  const first = tokens[0];
  // "Trump's spokeswoman", "the PM's official spokesman": the owner, then words in lower case.
  const ownerAt = tokens.slice(0, -1).findLastIndex((t) => t.possessive);
  const owner = ownerAt >= 0 && tokens.slice(ownerAt + 1, -1).every((t) => !t.capitalised && !isClauseWord(t));
  const determined = first !== undefined && (INDEFINITE.has(first.lower) || DEFINITE.has(first.lower));
  const body = tokens.slice(determined ? 1 : 0, owner ? ownerAt + 1 : -1);
  if (!(owner || INDEFINITE.has(first?.lower ?? '')) || body.length === 0) return null;
  if (!SPOKESPEOPLE.has(tokens.at(-1)?.lower ?? '')) return null;
  if (body.some(isClauseWord)) return null;
  const ref = parsePart(body, text, false);
  // "Trump's spokeswoman" speaks for Trump, "the PM's spokesman" for the PM; "a Toyota spokesman" for a body.
  if (ref?.type === 'name') return owner ? ref : { ...ref, kind: 'organisation' };
  if (ref?.type !== 'role' || !(owner || ref.kind === 'organisation')) return null;
  const spokesperson = tokens.slice(determined ? 1 : 0).map((t) => t.text);
  return owner && ref.kind === 'person' ? { ...ref, spokesperson: spokesperson.join(' ') } : ref;
}

/**
 * One word read as a person's name at the end of a title's complement ("Minister of Economic
 * Revitalization"), which a name in an appositive may show to be the portfolio's last word.
 */
function portfolioTail(ref: SpeakerRef): ref is NameRef & { title: string } {
  if (ref.type !== 'name' || ref.kind !== 'person' || !ref.title || ref.words.length !== 1) return false;
  const title = tokenize(ref.title);
  const head = title.findLastIndex((t) => TITLES.has(t.lower));
  return head >= 0 && opensComplement(title[head + 1]?.lower ?? '');
}

/** A person's untitled name set off by commas at `from` (", Akazawa,"). */
function appositiveName(text: string, from: number): boolean {
  const m = /^,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*),/u.exec(text.slice(from));
  if (!m?.[1]) return false;
  const start = from + m[0].indexOf(m[1]);
  const ref = parsePart(tokenize(text, start, start + m[1].length), text, false);
  return ref?.type === 'name' && ref.kind === 'person' && !ref.title;
}

/** A description rather than a proper name: "the industry's trade body", "Japan's most powerful business lobby". */
function isDescription(ref: NameRef | RoleRef): boolean {
  return ref.type === 'role' || /^\p{Ll}/u.test(ref.words[ref.words.length - 1] ?? '');
}

/** An acronym in brackets right after a word ("European Union's (EU)", "Trade Representative (USTR)"). */
const BRACKETED_ACRONYM = /(?<=\S\s?)\(\p{Lu}[\p{Lu}.&]{1,7}\)/gu;

/** Commas (not one inside a body's name, `FIELD_COMMA`), semicolons and brackets separate a name from what is said about it. */
const PART_BREAK = new RegExp(String.raw`(?!${FIELD_COMMA})[,;()]`, 'gu');

/**
 * A title without the lower-case words that describe its holder before it ("the newly appointed
 * Business Secretary", "the embattled Prime Minister"): the title is what names the office.
 */
function withoutEpithet(words: readonly Token[]): readonly Token[] {
  const title = words.findIndex((t) => t.capitalised);
  const epithet = words.slice(0, title);
  return title > 0 && isTitleWord(words[title]) && epithet.every((t) => !isClauseWord(t) && !t.possessive)
    ? words.slice(title)
    : words;
}

/** Capitalised title words with one "and" between two of them ("Business and Trade Secretary"). */
function isCoordinatedOffice(words: readonly Token[]): boolean {
  const and = words.findIndex((t) => t.lower === 'and');
  return (
    and > 0 &&
    TITLES.has(words[words.length - 1]?.lower ?? '') &&
    words.every((t, i) => (i === and ? true : t.capitalised && isTitleWord(t)))
  );
}

/**
 * A speaker phrase, possibly with appositives: "Huo Jianguo, vice president of …" or "The shadow
 * business secretary, Andrew Griffith,". The first part that reads as a speaker leads; an appositive
 * next to it adds a title, a name (to a role or an unnamed "a spokesperson"), or the knowledge that
 * the name is an organisation's.
 */
export function parsePhrase(written: string, from: number, to: number, startsSentence: boolean): SpeakerRef | null {
  // "The European Union's (EU) trade chief": an acronym in brackets after a name repeats it.
  const text = written.replace(BRACKETED_ACRONYM, (m) => ' '.repeat(m.length));
  const bounds = [from, ...Array.from(text.slice(from, to).matchAll(PART_BREAK), (m) => from + m.index), to];
  const parts = bounds.slice(0, -1).map((start, i) => tokenize(text, i === 0 ? start : start + 1, bounds[i + 1]));
  const refs = parts.map((tokens, i) => parsePart(tokens, text, i === 0 && startsSentence));
  const lead = refs.findIndex((r) => r !== null);
  let ref = refs[lead];
  if (!ref) return null;
  // "Japan's Minister of Economic Revitalization, Akazawa,": a portfolio's last word read as a name
  // gives way to the name the appositive next to it gives.
  const next = refs[lead + 1];
  if (portfolioTail(ref) && next?.type === 'name' && next.kind === 'person' && !next.title)
    ref = { ...next, title: `${ref.title} ${ref.words.join(' ')}` };
  // "a spokesperson for the foreign ministry, Mao Ning,": the person named beside it speaks, for the body.
  const part = parts[lead] ?? [];
  const spokesperson = [...part.slice(0, 3), ...part.slice(-1)].some((t) => SPOKESPEOPLE.has(t.lower));
  for (const other of [refs[lead - 1], refs[lead + 1]]) {
    if (!other) continue;
    if (
      (ref.type === 'unnamed' || (ref.type === 'role' && ref.kind === 'person') || spokesperson) &&
      other.type === 'name' &&
      other.kind === 'person'
    ) {
      // "A spokesperson, Kush Desai," or "The shadow business secretary, Andrew Griffith,"; "a
      // spokesperson for the ministry, Lin Jian," or "Novak's spokesperson, Ana Brel,": the spokesperson
      // noun is in her title, so that "the spokesperson" later means her, not the body she speaks for.
      const spokespersonTitle = spokesperson && part[0] ? text.slice(part[0].start, part.at(-1)?.end) : undefined;
      const title: string | undefined =
        other.title ?? spokespersonTitle ?? (ref.type === 'role' ? ref.text : undefined);
      ref = { ...other, ...(title ? { title } : {}) };
    } else if (
      ref.type === 'name' &&
      (other.type === 'role' || other.type === 'name') &&
      other.kind === 'organisation' &&
      !ref.title &&
      isDescription(other)
    ) {
      ref = { ...ref, kind: 'organisation' };
    } else if (ref.type === 'name' && other.type === 'role' && other.kind === 'person' && !ref.title) {
      ref = { ...ref, title: other.text };
    }
  }
  return ref;
}

/** A name in the narration, and whether it stands where a subject does (not after a preposition, not possessive). */
export interface Mention {
  ref: NameRef;
  start: number;
  end: number;
  subject: boolean;
}

/** A sentence's first word in "-ing" that the article never capitalises inside a sentence ("Addressing"; not "Jinping"). */
const isOpeningParticiple = (t: Token, known: ReadonlySet<string>) => /\p{Ll}ing$/u.test(t.text) && !known.has(t.lower);

/** Prepositions that also open a clause ("after Trump revealed his plan"). */
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/** Conjunctions that open a subordinate clause before the main one ("After Trump spoke, Carney said …"). */
const SUBORDINATORS = new Set([
  'if',
  'when',
  'while',
  'although',
  'though',
  'because',
  'since',
  'as',
  'after',
  'before',
  'unless',
  'whether',
  'once',
]);

/**
 * Where a clause that opens the sentence ends, when one does: a participle ("Asked whether Ontario
 * would …, Ford left …", "Speaking in Oslo, …") or a subordinate clause ("After Trump spoke, …"),
 * up to its comma. The names in it are not the sentence's subject.
 */
function openingClauseEnd(tokens: readonly Token[], text: string, known: ReadonlySet<string>): number {
  const [first, second] = tokens;
  if (!first || !second) return -1;
  const participle =
    isOpeningParticiple(first, known) ||
    (/^\p{Lu}\p{Ll}+ed$/u.test(first.text) &&
      !known.has(first.lower) &&
      (PREPOSITIONS.has(second.lower) || CLAUSE_WORDS.has(second.lower)));
  if (!participle && !SUBORDINATORS.has(first.lower)) return -1;
  const comma = clauseComma(text, first.end);
  return comma >= 0 && comma < (tokens.at(-1) as Token).end ? comma : -1;
}

/**
 * A comma between a place and its region's abbreviation ("in Washington, D.C. and meeting …", "in
 * Richmond, Va., on Monday"): it does not end the clause. "U.S." and the like after a comma are a
 * subject ("After the talks, U.S. officials said").
 */
const PLACE_REGION = /^\p{L},\s*(?!U\.[SKN]\.|E\.U\.)(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}{1,4}\.)(?=,|\s+\p{Ll})/u;

/** The first comma from `from` that ends a clause; the one closing a region ("Va., on Monday") goes with it. */
function clauseComma(text: string, from: number): number {
  let comma = text.indexOf(',', from);
  for (let region; comma >= 0 && (region = PLACE_REGION.exec(text.slice(comma - 1)));) {
    const end = comma - 1 + region[0].length;
    comma = text.indexOf(',', text[end] === ',' ? end + 1 : end);
  }
  return comma;
}

/**
 * One capitalised word between a determiner and a title ("the Republican president", "a Labour
 * minister") qualifies the title: it names no one. A body's spokesperson ("a Toyota spokesman") is
 * the body's.
 */
function isQualifier(tokens: readonly Token[], from: number, last: number, text: string): boolean {
  const [before, word, title] = [tokens[from - 1], tokens[from], tokens[last + 1]];
  return (
    from === last &&
    before !== undefined &&
    (DEFINITE.has(before.lower) || INDEFINITE.has(before.lower)) &&
    title !== undefined &&
    !title.capitalised &&
    TITLES.has(title.lower) &&
    !SPOKESPEOPLE.has(title.lower) &&
    adjacent(text, word as Token, title)
  );
}

/** Words between a preposition and the name it governs: a determiner and a few modifiers. */
const MAX_GOVERNED_GAP = 4;

/**
 * A name a preposition governs across a determiner and the words that qualify it ("in a post", "in
 * an early-morning Truth Social post", "on his official account"): no subject.
 */
function governedAcross(tokens: readonly Token[], from: number, text: string): boolean {
  let determined = false;
  for (let j = from - 1; j >= Math.max(0, from - MAX_GOVERNED_GAP); j--) {
    const t = tokens[j] as Token;
    if (!/^\s+$/.test(text.slice(t.end, (tokens[j + 1] as Token).start))) return false;
    if (!t.capitalised && PREPOSITIONS.has(t.lower)) return determined;
    if (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || t.possessive) determined = true;
    else if (determined || t.capitalised || isClauseWord(t)) return false;
  }
  return false;
}

/**
 * The word before the name at `from`, or, when that word is an acronym in brackets, the word before
 * the capitalised title the acronym shortens ("with U.S. Trade Representative (USTR)" → "with").
 */
function bracketedFrom(tokens: readonly Token[], from: number, text: string): Token | undefined {
  let j = from - 1;
  const word = tokens[j];
  if (!word || text[word.start - 1] !== '(' || text[word.end] !== ')') return word;
  j--;
  while (j >= 0 && (tokens[j] as Token).capitalised) j--;
  return tokens[j];
}

/**
 * The title an appositive gives the name ending at token `last` ("Mr Reynolds, the Business
 * Secretary, was …"), so that "the Business Secretary" later means that person; or the office an
 * aside says the name holds ("Mark Carney – in his first trip as prime minister – met …", "Lee, in
 * his first briefing as president, said …"), which news gives instead of a title before the name.
 */
function appositiveTitle(tokens: readonly Token[], last: number, text: string): string | undefined {
  const gap = (i: number) => text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
  const mark = last + 1 < tokens.length ? /^\s*([,–—])\s+$/.exec(gap(last + 1))?.[1] : undefined;
  if (!mark) return undefined;
  let end = last + 2;
  while (end < tokens.length && end - last <= MAX_ASIDE_WORDS && !gap(end).includes(mark)) end++;
  if (end < tokens.length && !new RegExp(`^\\s*${mark}\\s+$`).test(gap(end))) return undefined;
  const aside = tokens.slice(last + 1, end);
  const portfolio = portfolioOf(aside);
  const office = aside.slice(0, aside.length - portfolio.length);
  const role = parsePart(office, text, false);
  if (mark === ',' && office.length <= MAX_DESCRIPTION_WORDS && role?.type === 'role' && role.kind === 'person')
    return [role.text, ...portfolio.map((t) => t.text)].join(' ');
  const as = aside.findLastIndex((t) => t.lower === 'as');
  const held = as >= 0 ? parsePart(aside.slice(as + 1), text, false) : null;
  return held?.type === 'role' && held.kind === 'person' ? held.text : undefined;
}

/**
 * The portfolio in lower case after an office in an appositive ("commissioner for trade and economic
 * security", "director of research"): the role noun alone would drop it, and "the trade chief" later
 * means the holder by it. Words of a portfolio only: "adviser to the company" names no portfolio.
 */
function portfolioOf(aside: readonly Token[]): Token[] {
  const at = aside.findIndex((t, i) => i > 0 && opensComplement(t.lower) && TITLES.has(aside[i - 1]?.lower ?? ''));
  const portfolio = at > 0 ? aside.slice(at) : [];
  const words = portfolio.slice(1);
  const plain = (t: Token) =>
    !t.capitalised &&
    !t.possessive &&
    ![DEFINITE, INDEFINITE, POSSESSIVES, PREPOSITIONS].some((set) => set.has(t.lower));
  return words.length > 0 && words.every(plain) ? portfolio : [];
}

/** How far a description before a name reaches back ("Japan's top tariff negotiator Ryosei Akazawa"). */
const MAX_DESCRIPTION_WORDS = 6;
/** How far an aside after a name reaches ("– in his first foreign trip as prime minister –"). */
const MAX_ASIDE_WORDS = 10;
/** How far an organisation named by its owner reaches ("South Korea's trade ministry"). */
const MAX_OWNED_WORDS = 4;

/**
 * The names in `text[start, end)` (narration only: quotations are masked), each with its
 * description. `known`: lower-case words the article capitalises inside sentences; a sentence's
 * capitalised first word alone is a person's name only when it is one of them ("Proposal to …").
 */
export function findMentions(text: string, start: number, end: number, known?: ReadonlySet<string>): Mention[] {
  const tokens = tokenize(text, start, end);
  const index = new Map(tokens.map((t, i) => [t, i]));
  const phrases = nameRuns(tokens, text).map((run) => {
    const first = index.get(run[0] as Token) ?? 0;
    let last = index.get(run[run.length - 1] as Token) ?? first;
    let from = first;
    const before = tokens[first - 1];
    if (
      before &&
      isRoleNoun(before.lower) &&
      !NAME_ONLY_ORGANISATION_NOUNS.has(before.lower) &&
      adjacent(text, before, run[0] as Token)
    ) {
      from = first - 1;
      while (from > 0 && first - from < MAX_DESCRIPTION_WORDS) {
        const t = tokens[from - 1] as Token;
        if (!adjacent(text, t, tokens[from] as Token) || isClauseWord(t) || PREPOSITIONS.has(t.lower)) break;
        from--;
        if (DEFINITE.has(t.lower) || t.possessive) break;
      }
    }
    // "China's trade ministry", "the Chinese commerce ministry": a body named by its country.
    const owner = tokens[last];
    // The demonym may be of two words ("the South African presidency").
    const demonym = tokens
      .slice(first, last + 1)
      .filter((t) => t.lower !== 'the')
      .map((t) => t.text)
      .join(' ');
    if (owner && (owner.possessive || DEMONYMS.has(demonym))) {
      for (let j = last + 1; j < tokens.length && j - last <= MAX_OWNED_WORDS; j++) {
        const t = tokens[j] as Token;
        if (t.capitalised || isClauseWord(t) || PREPOSITIONS.has(t.lower) || !adjacent(text, tokens[j - 1] as Token, t))
          break;
        if (ORGANISATION_NOUNS.has(t.lower)) {
          last = j;
          break;
        }
      }
    }
    return { from, first, last };
  });
  const mentions: Mention[] = [];
  const introEnd = known ? openingClauseEnd(tokens, text, known) : -1;
  phrases.forEach(({ from: start, first, last }, i) => {
    if (phrases.some((later, j) => j > i && later.from <= first)) return; // the description of a later name
    // "Addressing Americans directly, Joly …", "Meeting Lula in Brasília, Xi …": a participle opening
    // the sentence is no name, and what it governs is no subject.
    const participle = start === 0 && known !== undefined && isOpeningParticiple(tokens[0] as Token, known);
    const from = participle ? start + 1 : start;
    if (from > last || isQualifier(tokens, from, last, text)) return;
    const phrase = tokens.slice(from, last + 1);
    const ref = parsePart(phrase, text, from === 0);
    const head = phrase[0] as Token;
    const tail = phrase[phrase.length - 1] as Token;
    if (ref?.type !== 'name') return;
    if (portfolioTail(ref) && appositiveName(text, tail.end)) return; // the appositive names the holder
    // A sentence's first word alone is no name; in "Shares of Nordic Steel AB fell" the name is
    // the one after "of", governed by it.
    const alone = phrase.length === 1 || (ref.words.length === 1 && ref.words[0] === bareWord(head));
    if (from === 0 && known && ref.kind === 'person' && alone && !known.has(head.lower)) {
      const complement = phrase.slice(phrase.findIndex((t) => opensComplement(t.lower)) + 1);
      const named = complement.length < phrase.length ? parsePart(complement, text, false) : null;
      if (named?.type === 'name' && complement[0])
        mentions.push({ ref: named, start: complement[0].start, end: tail.end, subject: false });
      return;
    }
    // Not after a preposition, even with a determiner between ("in a post on his Truth Social"), nor
    // after a title with its acronym in brackets ("with U.S. Trade Representative (USTR) Jamieson Greer").
    const previous = bracketedFrom(tokens, from, text);
    const governed = (t?: Token) => t !== undefined && PREPOSITIONS.has(t.lower);
    // "after Trump revealed his plan": a conjunction opening a clause whose subject the name is.
    const following = tokens[last + 1];
    const clauseSubject =
      CLAUSE_PREPOSITIONS.has(previous?.lower ?? '') &&
      following !== undefined &&
      /^\s+$/.test(text.slice(tail.end, following.start)) &&
      !following.capitalised &&
      !PREPOSITIONS.has(following.lower) &&
      !CLAUSE_WORDS.has(following.lower) &&
      !COORDINATORS.has(following.lower);
    const afterPreposition = (governed(previous) && !clauseSubject) || governedAcross(tokens, from, text);
    // A name listed after one a preposition governs ("with Greer, Commerce Secretary Howard Lutnick and
    // other officials") is governed too; an appositive ("of the Senate, Sen. Davi Alcolumbre, and …")
    // is not listed.
    const prior = mentions.at(-1);
    const listed =
      prior !== undefined &&
      !prior.subject &&
      /^,\s+$/.test(text.slice(prior.end, (tokens[from] as Token).start)) &&
      /^,?\s+(?:and|or)\s+\p{Ll}/u.test(text.slice(tail.end));
    // "the Trump administration", "the Carney government": a person's name before an organisation
    // noun names the body, whose sentence it is, not the person.
    const modifier =
      ref.kind === 'person' &&
      following !== undefined &&
      /^\s+$/.test(text.slice(tail.end, following.start)) &&
      !following.capitalised &&
      ORGANISATION_NOUNS.has(following.lower);
    const subject =
      !participle &&
      !modifier &&
      !afterPreposition &&
      !listed &&
      !tail.possessive &&
      text[head.start - 1] !== '(' &&
      head.start > introEnd;
    const title = ref.kind === 'person' && !ref.title ? appositiveTitle(tokens, last, text) : undefined;
    mentions.push({ ref: title ? { ...ref, title } : ref, start: head.start, end: tail.end, subject });
  });
  return mentions;
}
