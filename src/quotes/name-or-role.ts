import { COUNTRIES } from '../geo/countries.ts';
import { isConnector, opensComplement } from './name-runs.ts';
import { countryName, isCountry } from './names.ts';
import type { Gender, RoleRef, SpeakerRef } from './speaker-ref.ts';
import { bareWord, type Token } from './tokens.ts';
import {
  DEFINITE,
  GROUP_NOUNS,
  HONORIFICS,
  INFORMAL_DEMONYMS,
  JUDGES,
  NEWS_OUTLETS,
  ORGANISATION_NOUNS,
  SENTENCE_STARTERS,
  TITLE_QUALIFIERS,
  NAME_ONLY_ORGANISATION_NOUNS,
  POSTPOSITIVE_TITLE_WORDS,
  SOURCE_RANKS,
  STAFF_NOUNS,
  TITLES,
  TRADE_INSTRUMENTS,
} from './vocabulary.ts';

/** A name run read with the description before it ("Treasury Secretary Scott Bessent"), or a role noun. */

/** Country names and seats stand for governments ("Beijing said"); demonyms are only adjectives. */
const GOVERNMENTS = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.seats]));
export const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms));
/** A country's people, one or many, as news names them ("Americans", "Aussie beef"): never a person's name. */
const isPeopleWord = (word: string) =>
  [word, word.replace(/s$/, '')].some((w) => DEMONYMS.has(w) || INFORMAL_DEMONYMS.has(w.toLowerCase()));

/** A lower-case noun before a name that says the name is a body's ("the lobby group Swissmem"). */
const describesBody = (t: Token | undefined) =>
  t !== undefined && ORGANISATION_NOUNS.has(t.lower) && !NAME_ONLY_ORGANISATION_NOUNS.has(t.lower);

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
export function roleOf(descriptor: readonly Token[]): SpeakerRef | null {
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
  if (JUDGES.has(head.lower) && ownerEnd < 0)
    return { type: 'role', kind: 'organisation', head: 'court', qualifiers, text };
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
    // "Modi's government", "Lula's government": a government named by its leader is a body as much
    // as one named by its country, not whichever body the article named last.
    const led =
      head.lower === 'government' &&
      ownerEnd === descriptor.length - 2 &&
      /^\p{Lu}/u.test(owner) &&
      !TITLES.has(descriptor[ownerEnd]?.lower ?? '');
    if (GOVERNMENTS.has(owner) || (ownerEnd < 0 && demonym) || led)
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
  if (STAFF_NOUNS.has(head.lower)) return bodyOfStaff(descriptor.slice(0, -1));
  return null;
}

/**
 * The body whose staff speak, named before them ("Walmart executives said", "Nike's officials told
 * investors", "senior Ford executives"): they speak for it, as "executives at Walmart" do. A country
 * or its demonym is left alone ("U.S. officials", "Chinese officials"): which of its bodies speaks is
 * not said.
 */
function bodyOfStaff(tokens: readonly Token[]): SpeakerRef | null {
  const body = tokens.filter((t, i) => !(i === 0 && (SOURCE_RANKS.has(t.lower) || DEFINITE.has(t.lower))));
  const name = shown(body).join(' ');
  if (body.length === 0 || !body.every((t) => t.capitalised) || body.slice(0, -1).some((t) => t.possessive))
    return null;
  if (GOVERNMENTS.has(name) || isPeopleWord(name) || isCountry(name.toLowerCase())) return null;
  return { type: 'name', kind: 'organisation', words: name.split(' ') };
}

/** At most this many words name what a role heads ("the head of the World Trade Organization"). */
const MAX_BODY_WORDS = 4;

/**
 * A role told by its head and then what it heads: "the President of the European Commission", "the
 * head of the Commission". The body's words qualify the role, as in "the Commission president".
 */
export function roleHeadingBody(first: Token, rest: readonly Token[]): RoleRef | null {
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
export const isPersonalName = (t: Token) =>
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
export function nameOf(
  run: readonly Token[],
  descriptor: readonly Token[],
  startsSentence: boolean,
  text: string,
): SpeakerRef | null {
  let words = run[0]?.lower === 'the' ? run.slice(1) : run;
  // "Tokyo-based Kyodo News", "Seoul-listed Hanwha": a place joined to a participle describes the name.
  while (words.length > 1 && PLACE_PARTICIPLE.test(words[0]?.text ?? '')) words = words.slice(1);
  // "the Chamber's Neil Bradley", "the IMF's Ana Ruiz": a body's possessive before a person's name
  // says whom the person works for; the name is the words after it ("China's Ministry of Commerce",
  // a body's name, stays whole).
  const owner = words.slice(0, -1).findLastIndex((t) => t.possessive);
  if (owner >= 0 && words.slice(owner + 1).every(isPersonalName)) {
    const ownerWord = bareWord(words[owner] as Token);
    words = words.slice(owner + 1);
    // "Moody's Analytics Mark Zandi": a firm's name may go on past its possessive, so the person is
    // the last two words (three with an initial); a country's leader keeps every word ("Brazil's
    // Luiz Inácio Lula").
    const nameWords = /^\p{Lu}\.?$/u.test(words.at(-2)?.text ?? '') ? 3 : 2;
    if (!GOVERNMENTS.has(ownerWord) && words.length > nameWords) words = words.slice(-nameWords);
  }
  if (endsEarlierSentence(words, text)) words = words.slice(1);
  const first = words[0];
  if (!first) return null;
  if (words.length === 1 && startsSentence && (SENTENCE_STARTERS.has(first.lower) || GROUP_NOUNS.has(first.lower)))
    return null;
  if (words.length === 1 && isCountryPair(first)) return null;
  if (words.length === 1 && TRADE_INSTRUMENTS.has(bareWord(first).toLowerCase())) return null;
  if (GOVERNMENTS.has(shown(words).join(' '))) return { type: 'name', kind: 'organisation', words: shown(words) };
  if (words.every((t) => isPeopleWord(bareWord(t)) || TITLE_QUALIFIERS.has(t.lower))) return null;
  // "Justice Department", "Justice Ministry": a title's word right before a body's noun names the body's field.
  let lastTitle = words.findLastIndex(
    (t, i) => TITLES.has(t.lower) && (t.possessive || !ORGANISATION_NOUNS.has(words[i + 1]?.lower ?? '')),
  );
  while (lastTitle >= 0 && POSTPOSITIVE_TITLE_WORDS.has(words[lastTitle + 1]?.lower ?? '')) lastTitle++;
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
  // An honorific there starts the name, whatever its words ("President of the EU Commission Ms von der Leyen").
  const honorific = words.findIndex((t, i) => i > nameStart && i < words.length - 1 && t.lower in HONORIFICS);
  if (lastTitle >= 0 && opensComplement(words[nameStart]?.lower ?? '') && honorific > 0) nameStart = honorific;
  else if (lastTitle >= 0 && opensComplement(words[nameStart]?.lower ?? '')) {
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
