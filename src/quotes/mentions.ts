import { DEMONYMS } from './name-or-role.ts';
import { adjacent, nameRuns, opensComplement } from './name-runs.ts';
import { isClauseWord, isRoleNoun, parsePart, portfolioTail } from './phrases.ts';
import type { NameRef } from './speaker-ref.ts';
import { bareWord, namesAtSentenceStart, tokenize, type Token } from './tokens.ts';
import {
  CLAUSE_WORDS,
  COORDINATORS,
  DEFINITE,
  DOCUMENTS,
  INDEFINITE,
  ORGANISATION_NOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  SPOKESPEOPLE,
  NAME_ONLY_ORGANISATION_NOUNS,
  TITLES,
} from './vocabulary.ts';

/** The names in the narration, each with its description and whether it stands where a subject does. */

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

/** A person's untitled name set off by commas at `from` (", Akazawa,"). */
function appositiveName(text: string, from: number): boolean {
  const m = /^,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*),/u.exec(text.slice(from));
  if (!m?.[1]) return false;
  const start = from + m[0].indexOf(m[1]);
  const ref = parsePart(tokenize(text, start, start + m[1].length), text, false);
  return ref?.type === 'name' && ref.kind === 'person' && !ref.title;
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
    // "South Korean Government Statement:" heading the words under it: the noun of the text is no part of its author's name.
    const closing = tokens[last] as Token;
    if (last > first && DOCUMENTS.has(closing.lower) && /^\s*:/.test(text.slice(closing.end))) last--;
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
    if (from === 0 && known && ref.kind === 'person' && alone && !namesAtSentenceStart(bareWord(head), known)) {
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
