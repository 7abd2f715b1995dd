import { DEMONYMS, isPersonalName, nameOf, roleHeadingBody, roleOf } from './name-or-role.ts';
import { FIELD_COMMA, isConnector, isPluralTitle, nameRuns, opensComplement } from './name-runs.ts';
import { countryName, isCountry } from './names.ts';
import type { DocumentRef, NameRef, RoleRef, SpeakerRef } from './speaker-ref.ts';
import { bareWord, tokenize, type Token } from './tokens.ts';
import {
  CLAUSE_WORDS,
  DEFINITE,
  DOCUMENTS,
  HONORIFICS,
  INDEFINITE,
  LED_BODIES,
  NAME_PARTICLES,
  ORGANISATION_CONNECTORS,
  ORGANISATION_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  SENTENCE_STARTERS,
  SOURCE_RANKS,
  BODY_LINKS,
  SPEECH_VERBS,
  SPOKESPEOPLE,
  BENCHES,
  TITLE_QUALIFIERS,
  STAFF_NOUNS,
  DAY_ADVERBS,
  TITLES,
  INFORMANT,
} from './vocabulary.ts';

/**
 * Noun phrases that can say who spoke: "U.S. Treasury Secretary Scott Bessent", "Bessent, who
 * …,", "the Treasury secretary", "China's Ministry of Commerce", "the ministry", "he", "a senior
 * official". A phrase is read as it is written; who it refers to is the entity table's business.
 */

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
  const described = (t: Token | undefined) => t !== undefined && !t.capitalised && !isClauseWord(t);
  if (and <= 0 || !isTitleWord(tokens[and - 1]) || !(isTitleWord(tokens[and + 1]) || described(tokens[and + 1])))
    return null;
  // The office may end before the name with a complement's last word ("Union Minister for Commerce
  // and Industry Piyush Goyal"): the title words right after the "and" belong to the title, as do
  // words in lower case that describe the person a second way ("adviser and longtime aide Ann Roy").
  let name = and + 1;
  while (
    name < tokens.length - 1 &&
    ((isTitleWord(tokens[name]) && !TITLES.has(tokens[name]?.lower ?? '')) || described(tokens[name]))
  )
    name++;
  const ref = parsePart(tokens.slice(name), text, false);
  if (ref?.type !== 'name' || ref.kind !== 'person') return null;
  const office = tokens.slice(0, name).map((t) => t.text);
  if (!ref.title && !tokens.slice(0, name).some((t) => TITLES.has(t.lower))) return null;
  return { ...ref, title: [...office, ...(ref.title ? [ref.title] : [])].join(' ') };
}

/** A surname opening with particles is short ("van der Berg", "de la Cruz Ortiz"). */
const MAX_PARTICLE_SURNAME_WORDS = 4;

/** The words after an owner's possessive that name where a text stood ("official X account"). */
const MAX_PLACE_WORDS = 4;

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
  // "a post on Carney's X account", "a notice on the Ministry of Trade's website": the account's
  // owner wrote it (the possessive names the place the text stood, in the phrase's last words).
  const holder = next?.lower === 'on' ? tokens.findLastIndex((t, i) => i > head + 1 && t.possessive) : -1;
  if (holder > head + 1 && holder >= tokens.length - MAX_PLACE_WORDS)
    return { type: 'document', noun, author: parsePart(tokens.slice(head + 2, holder + 1), text, false) };
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
  return { type: 'document', noun, author: linkedAuthor(tokens.slice(link + 1), text) };
}

/** The author after "from" or "by"; "a Ministry of Finance office": the name, not the office in it. */
function linkedAuthor(tokens: readonly Token[], text: string): SpeakerRef | null {
  const rest = INDEFINITE.has(tokens[0]?.lower ?? '') && tokens[1]?.capitalised ? tokens.slice(1) : tokens;
  const [run] = nameRuns(rest, text);
  return run && run[0] === rest[0] ? parsePart(run, text, false) : parsePart(rest, text, false);
}

/**
 * The author a sentence gives a document as it brings it in ("received a letter from Trump"), so
 * that "the letter said" after it quotes that author, not the sentence's subject.
 */
export function introducedAuthor(tokens: readonly Token[], noun: string, text: string): SpeakerRef | null {
  const head = tokens.findLastIndex((t) => t.lower === noun && !t.capitalised);
  if (head < 0) return null;
  const authorOf = (ref: SpeakerRef | null) =>
    ref?.type === 'name' || (ref?.type === 'role' && ref.kind === 'organisation') ? ref : null;
  // "In the EU commission’s official release": the owner named before the noun, past its adjectives.
  const from = Math.max(0, head - MAX_DOCUMENT_ADJECTIVES - 1);
  const owner = tokens.slice(from, head).findLastIndex((t) => t.possessive);
  if (owner >= 0) return authorOf(parsePart(ownedPhrase(tokens, from + owner), text, false));
  // "a letter from Trump", "a note prepared by the MEA’s Americas division": the author after the link.
  const link = /ed$/.test(tokens[head + 1]?.lower ?? '') ? head + 2 : head + 1;
  if (!['from', 'by'].includes(tokens[link]?.lower ?? '')) return null;
  const after = tokens.slice(link + 1);
  const owned = authorWords(after);
  return authorOf(owned.length > 0 ? parsePart(owned, text, false) : linkedAuthor(after, text));
}

/** At most this many words between a document's owner and the noun ("the ministry's official written release"). */
const MAX_DOCUMENT_ADJECTIVES = 2;

/** At most this many words in an owner's name before its possessive ("the EU commission’s"). */
const MAX_OWNER_WORDS = 4;

/** The owner's name that ends on the possessive at `at`, back to its determiner ("the EU commission’s" → EU commission’s). */
function ownedPhrase(tokens: readonly Token[], at: number): Token[] {
  let start = at;
  const opens = (t: Token) =>
    DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || PREPOSITIONS.has(t.lower) || isClauseWord(t);
  while (start > 0 && at - start < MAX_OWNER_WORDS - 1 && !opens(tokens[start - 1] as Token)) start--;
  return tokens.slice(start, at + 1);
}

/** An author's phrase that names its owner ("the MEA’s Americas division"): the words up to that possessive. */
function authorWords(tokens: readonly Token[]): Token[] {
  const rest = DEFINITE.has(tokens[0]?.lower ?? '') ? tokens.slice(1) : tokens;
  const owner = rest.findIndex((t, i) => t.possessive && rest.slice(0, i).every((u) => u.capitalised));
  return owner >= 0 ? rest.slice(0, owner + 1) : [];
}

export const isRoleNoun = (word: string) => TITLES.has(word) || ORGANISATION_NOUNS.has(word);
export const isClauseWord = (t: Token) => CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower);

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

/** Prepositions that join a title to where its holder works ("chief economist at …"). */
const AFFILIATIONS = new Set(['at', 'of', 'with']);
/** Words at most in a lower-case title before its employer ("senior fellow", "head of trade policy" is two parts). */
const MAX_TITLE_WORDS = 3;

/**
 * "chief economist at Moody's Analytics Mark Zandi": a title, its holder's employer and the
 * holder's name run together with no comma. The name is the last two words (three with an
 * initial), after at least one word of the employer's that is no connector; an employer alone
 * ("at the Institute for International Economics") names no one.
 */
function holderAfterAffiliation(tokens: readonly Token[], text: string): NameRef | null {
  const at = tokens.findIndex((t) => AFFILIATIONS.has(t.lower));
  const title = tokens.slice(0, at);
  if (at < 1 || title.length > MAX_TITLE_WORDS || title.some((t) => t.capitalised || isClauseWord(t))) return null;
  const after = tokens.slice(at + 1);
  if (!after.every((t) => t.capitalised || isConnector(t.lower))) return null;
  let start = after.length - 2;
  if (/^\p{Lu}\.?$/u.test(after[start]?.text ?? '')) start--;
  const name = after.slice(start);
  const employer = after[start - 1];
  if (start < 1 || !employer?.capitalised || !name.every(isPersonalName)) return null;
  return { type: 'name', kind: 'person', words: name.map(bareWord), title: text.slice(tokens[0]?.start, employer.end) };
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
/** Words that open a relative clause after a member noun. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'that']);
/** Bodies news writes in lower case before a member noun ("a senior administration official"). */
const LOWER_CASE_BODIES = new Set(['administration', 'government', 'ministry', 'embassy']);
/**
 * Someone unnamed after "a", "one", "two" …: "a senior White House official" is known as "senior
 * White House official", from the first capitalised word of the body on, with the rank right before it
 * ("administration official" from a body news writes in lower case); "a senior official" or "a
 * source" only as unnamed.
 */
function unnamedOf(phrase: readonly Token[]): SpeakerRef {
  // "an official who spoke on condition of anonymity", "a senior official who briefed reporters":
  // the clause after the member noun says why or how the source speaks, not who.
  const relative = phrase.findIndex(
    (t, i) => RELATIVE_PRONOUNS.has(t.lower) && MEMBER_NOUNS.has(phrase[i - 1]?.lower ?? ''),
  );
  const tokens = relative > 0 ? phrase.slice(0, relative) : phrase;
  // "a senior official from the Ministry of Commerce": the body named after the member noun.
  const member = tokens.findIndex(
    (t, i) => i > 0 && MEMBER_NOUNS.has(t.lower) && BODY_LINKS.has(tokens[i + 1]?.lower ?? ''),
  );
  const bodyAfter = tokens.slice(member + 2);
  if (member > 0 && bodyAfter.some(namesBody) && !bodyAfter.some(isClauseWord)) return describedFrom(tokens, member);
  const head = tokens.at(-1);
  const body = tokens.findIndex((t, i) => i > 0 && namesBody(t));
  if (!head || !MEMBER_NOUNS.has(head.lower) || body < 0 || tokens.slice(body, -1).some(isClauseWord))
    return { type: 'unnamed' };
  return describedFrom(tokens, body);
}

/** A word of a body's name: capitalised, or a body news writes in lower case ("administration"). */
const namesBody = (t: Token) => t.capitalised || LOWER_CASE_BODIES.has(t.lower);

/** An unnamed source described by `tokens` from `at`, with the rank before it ("senior"). */
function describedFrom(tokens: readonly Token[], at: number): SpeakerRef {
  const from = SOURCE_RANKS.has(tokens[at - 1]?.lower ?? '') ? at - 1 : at;
  return { type: 'unnamed', description: tokens.slice(from).map((t) => bareWord(t)) };
}

/** The word right after `token` or right before it is a speech verb ("French said", "said French"). */
function besideSpeechVerb(token: Token, text: string): boolean {
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(token.end))?.[1];
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(0, token.start))?.[1];
  return [after, before].some((word) => word !== undefined && SPEECH_VERBS.has(word));
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
  // "French said", "said English": a demonym alone beside its speech verb, with no article, is a
  // surname (David French); a country's people take one ("the French") or the plural ("Americans"),
  // and a demonym inside a phrase qualifies its noun ("the Australian leader").
  if (tokens.length === 1 && first.capitalised && DEMONYMS.has(bareWord(first)) && besideSpeechVerb(first, text))
    return { type: 'name', kind: 'person', words: [bareWord(first)] };
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
    // "a spokesman for the ministry" speaks for the ministry (and one for a person for that person),
    // "a three-judge panel of the appeals court" for the court; anyone else indefinite is unnamed.
    const linker = tokens.findIndex((t, i) => {
      const noun = tokens[i - 1]?.lower ?? '';
      return (
        (['for', 'of', 'at', 'with'].includes(t.lower) && SPOKESPEOPLE.has(noun)) ||
        (['of', 'on'].includes(t.lower) && BENCHES.has(noun))
      );
    });
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
  const holder = holderAfterAffiliation(rest, text);
  if (holder) return holder;
  // "the source said": news's word for an informant it described before, whatever it first called them.
  if (DEFINITE.has(first.lower) && rest.length === 1 && rest[0]?.lower === INFORMANT)
    return { type: 'role', kind: 'person', head: INFORMANT, qualifiers: [], text: rest[0].text };
  const words = withoutEpithet(beforeParticiple(beforePreposition(rest)));
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
 * The body a spokesperson's role names in its own words ("the White House spokesperson", "the
 * Commerce Ministry spokesman"): the one "a White House spokesperson" speaks for. Lower-case words
 * ("the trade spokesman") name no body.
 */
export function bodyOfSpokesperson(ref: RoleRef): NameRef | null {
  const written = `a ${ref.text}`;
  const body = spokenFor(tokenize(written), written);
  return body?.type === 'name' && body.kind === 'organisation' ? body : null;
}

/**
 * One word read as a person's name at the end of a title's complement ("Minister of Economic
 * Revitalization"), which a name in an appositive may show to be the portfolio's last word.
 */
export function portfolioTail(ref: SpeakerRef): ref is NameRef & { title: string } {
  if (ref.type !== 'name' || ref.kind !== 'person' || !ref.title || ref.words.length !== 1) return false;
  const title = tokenize(ref.title);
  const head = title.findLastIndex((t) => TITLES.has(t.lower));
  return head >= 0 && opensComplement(title[head + 1]?.lower ?? '');
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
 * A role cut before the participle that qualifies it ("the federal minister tasked with trade",
 * "the envoy appointed by Ottawa"): the participle says what the role holder does, not who they are.
 */
function beforeParticiple(words: readonly Token[]): readonly Token[] {
  const at = words.findIndex(
    (t, i) => i > 0 && !t.capitalised && /\p{L}ed$/u.test(t.lower) && isRoleNoun(words[i - 1]?.lower ?? ''),
  );
  return at > 0 ? words.slice(0, at) : words;
}

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
  // "The Chamber of Commerce's president, Candace Laing,": a body's office, held by the one named beside it.
  const office = TITLES.has(part.at(-1)?.lower ?? '') && part.slice(0, -1).some((t) => t.possessive);
  for (const other of [refs[lead - 1], refs[lead + 1]]) {
    if (!other) continue;
    if (
      (ref.type === 'unnamed' || (ref.type === 'role' && ref.kind === 'person') || spokesperson || office) &&
      other.type === 'name' &&
      other.kind === 'person'
    ) {
      // "A spokesperson, Kush Desai," or "The shadow business secretary, Andrew Griffith,"; "a
      // spokesperson for the ministry, Lin Jian," or "Novak's spokesperson, Ana Brel,": the spokesperson
      // noun is in her title, so that "the spokesperson" later means her, not the body she speaks for.
      const spokespersonTitle =
        (spokesperson || office) && part[0] ? text.slice(part[0].start, part.at(-1)?.end) : undefined;
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
