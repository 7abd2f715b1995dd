import { MASK } from './marks.ts';
import { findMentions } from './mentions.ts';
import { FIELD_COMMA } from './name-runs.ts';
import { parsePart, parsePhrase } from './phrases.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { tokenize, type Token } from './tokens.ts';
import {
  BETWEEN_SPEAKER_AND_VERB,
  CLAUSE_WORDS,
  COORDINATORS,
  DEFINITE,
  DOCUMENT_VERBS,
  HEADING_NOUNS,
  DOCUMENTS,
  INDEFINITE,
  PREPOSITIONS,
  PRONOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from './vocabulary.ts';

/**
 * Attribution cues around a quotation, read in the masked narration (quotations blanked out):
 * a speech verb right after it with its speaker (`"…," Bessent said`, `"…," said Huo Jianguo`),
 * or the last speech verb before it in its sentence with that verb's subject
 * (`Bessent, who …, said he believes … "in the next few weeks"`), or "according to".
 */

/** A cue found: the speaker phrase read from it (null when the phrase names no one), and where it is. */
export interface Cue {
  ref: SpeakerRef | null;
  /** Offset of the speech verb (or of "according to") in the passage. */
  at: number;
  /**
   * A cue after the quotation that a speech verb before it outranks: "according to …" or "…
   * reported" (who passes the words on), or a name with no verb.
   */
  yields?: true;
  /**
   * A speaker the sentence names aside, not as its subject ("He referred to Mr Trump's remarks
   * that …"): not the one a pronoun after it means.
   */
  aside?: true;
}

/** At most this many words between a quotation and the speech verb after it (a speaker with a title and an appositive). */
const MAX_SPEAKER_WORDS = 12;
/**
 * A name set off by a long appositive that ends on its comma right before the verb ("Ann Vole,
 * president of the Grain Council and a farmer from Salem, Oregon, said") may stand this far from it.
 */
const MAX_APPOSITIVE_WORDS = 24;
/** Words that join clauses: a name before one is not the subject of a verb (auxiliaries may follow a subject). */
const JOINING_WORDS = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'whether',
  'if',
  'as',
  'to',
  'not',
]);
/** Enough characters to hold the word after a phrase. */
const MAX_WORD_LENGTH = 40;
/** How many first words of a clause may name its subject ("Toyota Motor Corp cut its forecast, warning …"). */
const MAX_SUBJECT_WORDS = 8;

/** A word that may stand between a speaker and the speech verb: a time, an auxiliary, or an adverb ("initially"). */
const isBetween = (t: Token) =>
  BETWEEN_SPEAKER_AND_VERB.has(t.lower) || (!t.capitalised && t.lower.length > 4 && t.lower.endsWith('ly'));

/** Auxiliaries after which news may put a phrase before the verb ("has on several occasions called"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'will', 'would']);
/** At most this many words in such a phrase, its preposition included. */
const MAX_ADVERBIAL_WORDS = 4;

/**
 * Where the auxiliary stands when the words ending at `last` are a prepositional phrase right after
 * one, in lower case ("has on several occasions", "had in recent weeks"); else -1.
 */
function adverbialAfterAuxiliary(tokens: readonly Token[], last: number): number {
  for (let start = last; start > last - MAX_ADVERBIAL_WORDS && start > 0; start--) {
    const t = tokens[start] as Token;
    if (t.capitalised || CLAUSE_WORDS.has(t.lower)) return -1;
    if (PREPOSITIONS.has(t.lower) && AUXILIARIES.has((tokens[start - 1] as Token).lower)) return start - 1;
  }
  return -1;
}

/** Prepositions before a gerund whose subject is the clause's ("insulted them by saying"). */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'without', 'upon']);

/** A speech verb used as a verb: "the call", "in remarks" are nouns. */
function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.capitalised || !SPEECH_VERBS.has(token.lower)) return false;
  // "the EU continued to “prepare for any scenario”": going on doing something, not speaking.
  if (token.lower === 'continued' && tokens[i + 1]?.lower === 'to') return false;
  // "the call", "in remarks" are nouns; "Trump's threatened tariffs" an adjective, and so is "the
  // newly announced tariffs", "Trump's recently threatened levies": an adverb in a noun phrase.
  const adverb = /ly$/.test(tokens[i - 1]?.lower ?? '') && !tokens[i - 1]?.capitalised;
  const before = adverb && isDeterminer(tokens[i - 2]) ? tokens[i - 2] : tokens[i - 1];
  // "rejected this, saying": a determiner cut off by a comma ends its clause, so opens no noun phrase.
  const word = before && token.start - before.end > 1 && !adverb ? '' : (before?.lower ?? '');
  // "to say", "to add": an infinitive, not "to reports" or "to reporters".
  const infinitive = word === 'to' && !/(?:s|ed|ing|en)$/.test(token.lower);
  // "by saying", "after telling": a gerund, done by the clause's subject, not a noun ("on reporting").
  const gerund = GERUND_PREPOSITIONS.has(word) && token.lower.endsWith('ing');
  return (
    !DEFINITE.has(word) &&
    !INDEFINITE.has(word) &&
    (!PREPOSITIONS.has(word) || infinitive || gerund) &&
    !before?.possessive &&
    !modifiesNoun(tokens, i)
  );
}

/** Verbs of what will or may be done ("will", "would", "could"). */
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'can']);

/** A word that opens a noun phrase: an article or a possessive ("the", "a", "Trump's", "its"). */
const isDeterminer = (t?: Token) =>
  t !== undefined && (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || t.possessive);

/**
 * A participle right after the noun a preposition governs, in a sentence whose speech verb came
 * before ("said in a Q&A posted on its website", "told reporters in remarks quoted by Xinhua"),
 * describes that noun: it is no verb of the sentence ("the ministry on Tuesday vowed" is one).
 */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const [noun, twoBack, threeBack] = [tokens[i - 1], tokens[i - 2], tokens[i - 3]];
  if (!(tokens[i] as Token).lower.endsWith('ed') || !noun || isBetween(noun) || /^\d/.test(noun.text)) return false;
  const determined = twoBack !== undefined && (DEFINITE.has(twoBack.lower) || INDEFINITE.has(twoBack.lower));
  const governs = (t?: Token) => t !== undefined && !t.capitalised && PREPOSITIONS.has(t.lower);
  const from = governs(twoBack) ? i - 2 : determined && governs(threeBack) ? i - 3 : -1;
  return from > 0 && tokens.slice(0, from).some((t) => !t.capitalised && SPEECH_VERBS.has(t.lower));
}

/** "read" beside a document: `"…," the proclamation read`, `"…," read a statement from the ministry`. */
const isDocumentVerb = (tokens: readonly Token[], i: number) =>
  DOCUMENT_VERBS.has(tokens[i]?.lower ?? '') && tokens.some((t) => DOCUMENTS.has(t.lower));

const isAccordingTo = (tokens: readonly Token[], i: number) =>
  tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';

/** Verbs by which an outlet passes on someone else's words ("The BBC reports Prabowo made …"). */
const RELAY_VERBS = new Set(['reports', 'reported', 'quotes', 'quoted']);
/** Conjunctions that open a clause of its own after a quotation, never its reporting clause. */
const CLAUSE_CONJUNCTIONS = new Set(['while', 'whereas', 'although', 'though', 'but', 'because']);

/** A definite description of a person is short ("the former banker"). */
const MAX_EPITHET_WORDS = 4;
/** Singular nouns news uses for people it does not name ("the source said", "the person said"). */
const UNNAMED = new Set(['source', 'person', 'insider', 'official']);

/**
 * The attribution after a quotation's closing mark, up to the end of its sentence or the next
 * quotation: right after the mark, else the short reporting clause the sentence ends on
 * (with no quotation after it), past a clause of its own (`“…” in which Congress has said that the law applies, he added.`).
 */
export function cueAfter(masked: string, close: number, sentenceEnd: number): Cue | null {
  const nextQuote = masked.indexOf(MASK, close + 1);
  // `“Unfair”, “unjustified” and “unreasonable”, the ministry said`: words listed in marks share the
  // cue after the list's last item.
  if (nextQuote >= 0 && nextQuote < sentenceEnd && LIST_GAP.test(masked.slice(close + 1, nextQuote))) {
    let nextClose = nextQuote;
    while (masked[nextClose + 1] === MASK) nextClose++;
    return cueAfter(masked, nextClose, sentenceEnd);
  }
  const end = nextQuote >= 0 && nextQuote < sentenceEnd ? nextQuote : sentenceEnd;
  const comma = end === sentenceEnd ? masked.lastIndexOf(',', end - 1) : -1;
  return (
    cueRightAfter(masked, close, end) ?? closingClause(masked, close, comma, end) ?? agentAfter(masked, close, end)
  );
}

/** What separates the items of a list: a comma, "and" or "or". */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;

/** A participle that opens a clause going on from the one before it ("…, rejecting the claim"). */
const PARTICIPLE = /^\s*\p{Ll}+ing\b/u;

/** An appositive or relative clause that describes the one just named ("…, an attorney for the plaintiffs"). */
const DESCRIBING = /^\s*(?:an?|the|who)\s/u;

/**
 * The short reporting clause after the comma at `comma`, up to `end`; or, where a participial clause
 * or a description of the speaker follows it, the one before that comma (`“…” to protect its
 * interests, its trade chief said on Wednesday, rejecting the claim that …`, `“…” that keep them
 * guessing, said Jo Reyes, a lawyer for the plaintiffs`).
 */
function closingClause(masked: string, close: number, comma: number, end: number): Cue | null {
  const clause = (from: number, to: number) =>
    from > close && tokenize(masked, from, to).length <= MAX_SPEAKER_WORDS ? cueRightAfter(masked, from, to) : null;
  const tail = masked.slice(comma + 1, end);
  const going = comma > close && (PARTICIPLE.test(tail) || DESCRIBING.test(tail));
  return clause(comma, end) ?? (going ? clause(masked.lastIndexOf(',', comma - 1), comma) : null);
}

/**
 * The reporting clause before a participial clause that ends a sentence of reported speech
 * ("China will not accept it, said the spokesperson, adding that the country …"), read where the
 * clause after the last comma (`comma`) names no speaker.
 */
export function cueBeforeParticiple(masked: string, start: number, comma: number): Cue | null {
  const before = masked.lastIndexOf(',', comma - 1);
  return before > start && PARTICIPLE.test(masked.slice(comma + 1))
    ? closingClause(masked, start, before, comma)
    : null;
}

/** A passive verb of judgement before a quotation ("have been called an act of “…”", "was branded “…”"). */
const JUDGED =
  /\b(?:been|was|were|is|are|be)\s+(?:\p{Ll}+ly\s+)?(?:called|described|labell?ed|branded|hailed|slammed|critici[sz]ed|condemned|decried|denounced)\b[^.;!?\uE000]*$/u;
/** How far before the quotation such a verb is looked for. */
const JUDGED_REACH = 80;

/**
 * The agent named right after a quotation that a passive verb before it introduced ("The tariffs,
 * which have been called an act of “economic self-harm” by Mr Albanese, …"): the one who said it.
 */
function agentAfter(masked: string, close: number, end: number): Cue | null {
  let open = close;
  while (open > 0 && masked[open - 1] === MASK) open--;
  const before = masked.slice(Math.max(0, open - JUDGED_REACH), open);
  const by = /^\s*by\s+/.exec(masked.slice(close + 1, end));
  if (!by || !JUDGED.test(before)) return null;
  const tokens = tokenize(masked, close + 1 + by[0].length, end);
  // The name ends at the first word in lower case ("by Mr Albanese fly in the face of …").
  const stop = tokens.findIndex((t) => !t.capitalised);
  const last = (stop < 0 ? tokens : tokens.slice(0, stop)).at(-1);
  const ref = last ? parsePhrase(masked, close + 1 + by[0].length, last.end, false) : null;
  return ref?.type === 'name' ? { ref, at: close + 1 } : null;
}

/**
 * `“…,” a Washington Post report quoted a White House official as saying`: the one quoted is the
 * speaker, not the report or outlet that quotes them.
 */
function quotedAsSaying(masked: string, tokens: readonly Token[]): Cue | null {
  const verb = tokens.findIndex((t, i) => i <= MAX_SPEAKER_WORDS && (t.lower === 'quoted' || t.lower === 'quotes'));
  const as = tokens.findIndex((t, i) => i > verb + 1 && t.lower === 'as');
  const verbToken = tokens[verb];
  const last = tokens[as - 1];
  if (!verbToken || !last || verb < 0 || as < 0 || tokens[as + 1]?.lower !== 'saying') return null;
  const ref = parsePhrase(masked, verbToken.end, last.end, false);
  return ref ? { ref, at: verbToken.start } : null;
}

/** `“…,” as the court put it`: whoever "put it" so said the words. */
function asPutIt(masked: string, tokens: readonly Token[]): Cue | null {
  const put = tokens.findIndex(
    (t, i) => i > 1 && i <= MAX_SPEAKER_WORDS && t.lower === 'put' && tokens[i + 1]?.lower === 'it',
  );
  const [as, last, verb] = [tokens[0], tokens[put - 1], tokens[put]];
  if (as?.lower !== 'as' || as.capitalised || !last || !verb) return null;
  const ref = parsePhrase(masked, as.end, last.end, false);
  return ref ? { ref, at: verb.start } : null;
}

/** Token `i` comes right after the comma that closes an appositive to the name the words open with. */
function closesAppositive(masked: string, tokens: readonly Token[], i: number): boolean {
  const [name, previous, token] = [tokens[0], tokens[i - 1], tokens[i]];
  return (
    i <= MAX_APPOSITIVE_WORDS &&
    !!name?.capitalised &&
    !!previous &&
    !!token &&
    masked.slice(previous.end, token.start).includes(',') &&
    masked.slice(name.start, previous.end).includes(',')
  );
}

/** The attribution that opens the text after `close`, up to `end`. */
function cueRightAfter(masked: string, close: number, end: number): Cue | null {
  const tokens = tokenize(masked, close + 1, end);
  const first = tokens[0];
  if (!first) return null;
  // `“…!” In response, Lula said …`: a capitalised adverbial opens a new sentence, not an attribution;
  // `“…,” while the BGA labelled it …`: a conjunction opens a clause with a speaker of its own.
  if (first.capitalised && (PREPOSITIONS.has(first.lower) || first.lower === 'however')) return null;
  if (CLAUSE_CONJUNCTIONS.has(first.lower)) return null;
  if (isAccordingTo(tokens, 0)) {
    const ref = parsePhrase(masked, tokens[1]?.end ?? end, end, false);
    return ref ? { ref, at: first.start, yields: true } : null;
  }
  const quoting = quotedAsSaying(masked, tokens) ?? asPutIt(masked, tokens);
  if (quoting) return quoting;
  const verb = tokens.findIndex(
    (_, i) =>
      (i <= MAX_SPEAKER_WORDS || closesAppositive(masked, tokens, i)) &&
      (isSpeechVerb(tokens, i) || isDocumentVerb(tokens, i)),
  );
  const verbToken = tokens[verb];
  // No verb: a name that signs the quotation (`“…,” spokesman Lin Jian.`, `“…” — Maria Okonkwo,
  // chief economist at Harlow Bank`), with nothing after it but what it is; not a source in
  // brackets (`“…” (Reuters)`), and a speech verb before the quotation outranks it.
  if (!verbToken) {
    // `“…” between the two sides, according to Japan's top negotiator`: the source the sentence ends on.
    const according = tokens.findIndex((_, i) => isAccordingTo(tokens, i));
    if (according > 0) {
      const ref = parsePhrase(masked, tokens[according + 1]?.end ?? end, end, false);
      return ref ? { ref, at: (tokens[according] as Token).start, yields: true } : null;
    }
    // A name run on after the marks with no dash, in a line with no full stop, is no signature but a
    // heading naming something by the words (`“90 Deals in 90 Days” Promise`).
    const between = masked.slice(close + 1, first.start);
    const unstopped = !/[.!?]\s*$/.test(masked.slice(first.start, end));
    const heading = !/[—–-]/.test(between) && unstopped;
    const signed = /^[\s,—–-]*$/.test(between) && !heading && !tokens.some((t) => CLAUSE_WORDS.has(t.lower));
    const ref = signed ? parsePhrase(masked, close + 1, end, false) : null;
    if (ref?.type === 'name') return { ref, at: first.start, yields: true };
    // A headline's or caption's words, a dash, then who reacts with them (`“Totally unwarranted” -
    // Australia's PM reacts to the tariffs`): the words that open the rest of the line name the speaker.
    const reacting = unstopped && /^\s*[—–-]\s*$/.test(between) ? leadingSubject(masked, tokens) : null;
    return reacting && reacting.type !== 'unnamed' ? { ref: reacting, at: first.start, yields: true } : null;
  }
  // A reporting clause whose speaker names no one (`“…,” the people said`, `said one trader`) still
  // tells who spoke: someone unnamed, not the speaker of the quotation before; a singular definite
  // description (`the 79-year-old said`) is someone just named, as a pronoun would be.
  const unnamed = (from: number, to: number): SpeakerRef | null => {
    const words = tokens.filter((t) => t.start >= from && t.end <= to);
    if (!/^[\s,\p{L}\p{N}'’-]*$/u.test(masked.slice(close + 1, to)) || words.some((t) => CLAUSE_WORDS.has(t.lower)))
      return null;
    const head = words.at(-1)?.lower ?? '';
    const epithet =
      words[0]?.lower === 'the' && words.length <= MAX_EPITHET_WORDS && !/[^s]s$/.test(head) && !UNNAMED.has(head);
    return { type: epithet ? 'epithet' : 'unnamed' };
  };
  // An outlet that "reported" the words passes them on: a speech verb before them outranks it
  // (`Xi said China would “never bow,” Xinhua reported`).
  const reported = RELAY_VERBS.has(verbToken.lower) ? ({ yields: true } as const) : {};
  if (verb === 0) {
    // `“…,” calling the deal a “fatal signal”`: a participle takes the subject of the clause before
    // the quotation, and what follows it is its object, not who spoke.
    if (verbToken.lower.endsWith('ing')) return null;
    const ref = parsePhrase(masked, verbToken.end, end, false) ?? unnamed(verbToken.end, end);
    return ref ? { ref, at: verbToken.start, ...reported } : null;
  }
  let last = verb - 1;
  while (last >= 0 && isBetween(tokens[last] as Token)) last--;
  const lastToken = tokens[last];
  if (!lastToken) return null;
  // `has “potential” deals with Korea, Japan and India, but said they …`: a verb coordinated with an
  // earlier one has that one's subject; the names before "but" are objects of the clause, not speakers.
  if (COORDINATORS.has(lastToken.lower)) return null;
  const ref = parsePhrase(masked, close + 1, lastToken.end, false) ?? unnamed(close + 1, lastToken.end);
  return ref ? { ref, at: verbToken.start, ...reported } : null;
}

/**
 * Where a clause starts: after a comma (not one inside a body's name, `FIELD_COMMA`), semicolon,
 * colon, bracket, dash or quotation.
 */
const CLAUSE_BREAK = new RegExp(String.raw`(?!${FIELD_COMMA})[,;:()—–]|\s-\s|\uE000`, 'gu');
/** Where a clause of contrast with its own subject may start: ", but", ", while", "; ". */
const CONTRAST_BREAK = /,\s+(?:but|yet|while|whereas)\s+|;\s+/g;
/** Where a sentence's narration restarts: after a semicolon, colon, dash or quotation. */
const SENTENCE_BREAK = /[;:—–]|\s-\s|\uE000/g;

function lastBreak(text: string, from: number, to: number, pattern: RegExp): { at: number; mark: string } | null {
  let found: { at: number; mark: string } | null = null;
  for (const m of text.slice(from, to).matchAll(pattern)) found = { at: from + m.index + m[0].length, mark: m[0] };
  return found;
}

/** The subject of the clause that ends at `to`: the words right before it, or the head of an appositive. */
function subjectBefore(masked: string, sentenceStart: number, to: number, adjoining: boolean): SpeakerRef | null {
  // "a system that he said was “…”", "the deal, which she called …": a pronoun right after the word
  // that opens a clause is the subject of that clause's verb.
  const [opens, pronoun] = tokenize(masked, sentenceStart, to).slice(-2);
  const subject = pronoun && !pronoun.capitalised ? PRONOUNS[pronoun.lower] : undefined;
  if (adjoining && subject && CLAUSE_WORDS.has(opens?.lower ?? '')) return { type: 'pronoun', ...subject };
  let clause = lastBreak(masked, sentenceStart, to, CLAUSE_BREAK);
  // A quoted name inside the subject (`The USTR's “Section 301” probe concluded`) does not break it.
  while (clause?.mark === MASK) {
    let markStart = clause.at - 1;
    while (markStart > sentenceStart && masked[markStart - 1] === MASK) markStart--;
    const word = tokenize(masked, Math.max(sentenceStart, markStart - MAX_WORD_LENGTH), markStart).pop();
    if (!word || !/^\s*$/.test(masked.slice(word.end, markStart))) break;
    if (!word.possessive && !DEFINITE.has(word.lower) && !INDEFINITE.has(word.lower)) break;
    clause = lastBreak(masked, sentenceStart, markStart, CLAUSE_BREAK);
  }
  // "…, which Kim described as": the relative pronoun or conjunction opening the clause is not its subject.
  // "…, in what the President hailed as": the preposition before it is not part of the subject either.
  const opener = tokenize(masked, clause?.at ?? sentenceStart, to).find(
    (t) => !CLAUSE_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower),
  );
  const clauseStart = opener?.start ?? to;
  const startsSentence = clause === null || clause.mark === ':' || clause.mark === MASK;
  if (adjoining && clauseStart < to) return parsePhrase(masked, clauseStart, to, startsSentence);
  // "Bessent, who traveled …, said": the subject is the first part of the sentence that names someone.
  const restart = lastBreak(masked, sentenceStart, to, SENTENCE_BREAK);
  return parsePhrase(masked, restart?.at ?? sentenceStart, to, restart === null || restart.mark !== MASK);
}

/**
 * The last name before `to` in its sentence that stands as a subject, right before a verb
 * ("… President Ferdinand Marcos Jr. defended the cut, calling it …"), when the sentence's first
 * words do not read as its subject (a headline run into the text).
 */
function lastSubject(
  masked: string,
  sentenceStart: number,
  to: number,
  known?: ReadonlySet<string>,
): SpeakerRef | null {
  const tokens = tokenize(masked, sentenceStart, Math.min(masked.length, to + MAX_WORD_LENGTH));
  const next = (end: number) => tokens.find((t) => t.start >= end);
  const found = findMentions(masked, sentenceStart, to, known).filter((m) => {
    const after = next(m.end);
    return (
      m.subject &&
      after !== undefined &&
      /^\.?\s+$/.test(masked.slice(m.end, after.start)) &&
      !after.capitalised &&
      !PREPOSITIONS.has(after.lower) &&
      !JOINING_WORDS.has(after.lower) &&
      !DEFINITE.has(after.lower) &&
      !INDEFINITE.has(after.lower)
    );
  });
  return found.at(-1)?.ref ?? null;
}

/**
 * The subject that opens the sentence, a pronoun or a name ("He rejected the claim that Canada
 * charged …, and said …"): a coordinated verb or a participle shares it, whatever names the clauses
 * between them hold.
 */
function openingSubject(
  masked: string,
  sentence: readonly Token[],
  to: number,
  known?: ReadonlySet<string>,
): SpeakerRef | null {
  // "In fact, Marsh went so far as to …, saying": an adverbial that opens the sentence with its
  // comma comes before the subject, as does a conjunction ("But he rejected the offer, saying …").
  const fronted = frontedClauseEnd(masked, sentence);
  const tokens = fronted >= 0 ? sentence.filter((t) => t.start > fronted) : sentence;
  const from = COORDINATORS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const first = tokens[from];
  if (!first) return null;
  if (PRONOUNS[first.lower] && tokens[from + 1] && !tokens[from + 1]!.capitalised)
    return parsePart([first], masked, true);
  // "The Minister also avoided …": a role after "the" is the subject as much as a name.
  const [role, after] = [tokens[from + 1], tokens[from + 2]];
  if (first.lower === 'the' && role && after && !after.capitalised && !PREPOSITIONS.has(after.lower)) {
    const ref = parsePart([first, role], masked, true);
    if (ref?.type === 'role') return ref;
  }
  // A name right before its verb, not a dateline ("Metro Manila, Philippines - President …").
  const [mention] = findMentions(masked, first.start, to, known);
  if (mention?.start !== first.start || !mention.subject) return null;
  const following = tokens.findIndex((t) => t.start >= mention.end);
  const next = afterAppositive(masked, tokens, following);
  const verbNext =
    next !== undefined &&
    (next !== tokens[following] || /^\s+$/.test(masked.slice(mention.end, next.start))) &&
    !next.capitalised &&
    !PREPOSITIONS.has(next.lower);
  return verbNext ? mention.ref : null;
}

/** A gap between two words that breaks a clause (an appositive holds none). */
const APPOSITIVE_BREAK = new RegExp(String.raw`[;:()—–\uE000]|\s-\s`, 'u');

/**
 * The word after the appositive a subject may carry, set off by commas ("Trade Minister Yeo Han-koo,
 * Korea's chief negotiator, returned … and told reporters"): the subject's verb. The appositive
 * describes the name (lower case, a possessive or a title), so a list of names or a place is none.
 * With no comma after the name, the word right after it.
 */
function afterAppositive(masked: string, tokens: readonly Token[], next: number): Token | undefined {
  const gap = (i: number) => masked.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
  const opening = tokens[next];
  if (!opening || next <= 0 || !/^\s*,\s*$/.test(gap(next))) return opening;
  if (opening.capitalised && !opening.possessive && !TITLES.has(opening.lower)) return opening;
  for (let i = next + 1; i < tokens.length && i <= next + MAX_APPOSITIVE_WORDS; i++) {
    if (APPOSITIVE_BREAK.test(gap(i))) return opening;
    if (gap(i).includes(',')) return tokens[i];
  }
  return opening;
}

/**
 * The longest run of a sentence's first words that names a speaker ("Toyota Motor Corp cut …"),
 * after an adverbial of time that opens it with its comma ("Nearly two hours later, the president
 * made a new post claiming …": a capitalised word, then only words in lower case).
 */
function leadingSubject(masked: string, tokens: readonly Token[]): SpeakerRef | null {
  const comma = tokens.findIndex(
    (t, i) => i > 1 && i <= MAX_SUBJECT_WORDS && masked.slice((tokens[i - 1] as Token).end, t.start).includes(','),
  );
  const adverbial =
    comma > 0 &&
    tokens.slice(1, comma).every((t) => !t.capitalised) &&
    TIME_ADVERBIAL.test(
      tokens
        .slice(0, comma)
        .map((t) => t.lower)
        .join(' '),
    );
  const words = adverbial ? tokens.slice(comma) : tokens;
  for (let n = Math.min(MAX_SUBJECT_WORDS, words.length); n > 0; n--) {
    const ref = parsePart(words.slice(0, n), masked, true);
    if (ref) return ref;
  }
  return null;
}

/** An opening adverbial of time ("Two hours later", "Earlier this week", "A day after"). */
const TIME_ADVERBIAL =
  /\b(?:later|earlier|after|before|ago|afterwards|then|day|week|month|year|morning|afternoon|evening|night)$/;

/**
 * The person an outlet's report is about, who speaks the quotation ("The BBC reports Prabowo made
 * sweeping remarks: …", "The Times quoted Okafor as calling …"): the name right after the verb.
 */
function relayedSpeaker(masked: string, tokens: readonly Token[], verb: number, open: number): SpeakerRef | null {
  const verbToken = tokens[verb] as Token;
  const next = tokens[verb + 1];
  if (!RELAY_VERBS.has(verbToken.lower)) return null;
  // "A report quoted the EU spokesperson as saying, “…”": whoever stands between "quoted" and "as
  // saying" is quoted, however they are named (a role, a body, someone unnamed).
  const as = tokens.findIndex((t, i) => i > verb + 1 && t.lower === 'as' && tokens[i + 1]?.lower.endsWith('ing'));
  const last = tokens[as - 1];
  if (verbToken.lower.startsWith('quote') && as > 0 && last) return parsePhrase(masked, verbToken.end, last.end, false);
  if (!next?.capitalised) return null;
  const [mention] = findMentions(masked, next.start, open);
  return mention && mention.start === next.start && mention.ref.kind === 'person' ? mention.ref : null;
}

/**
 * The subject a participle has of its own after "with" ("…, with trade spokesman Damien O'Connor
 * saying the episode was “…”"): the speaker, not the subject of the sentence. A name may carry an
 * appositive set off by commas ("with Ana Ruiz, the head of the council, calling it “…”").
 */
function withSubject(masked: string, tokens: readonly Token[], verb: number): SpeakerRef | null {
  if (!(tokens[verb] as Token).lower.endsWith('ing')) return null;
  let commas = 0;
  for (let j = verb - 1; j >= Math.max(0, verb - MAX_SPEAKER_WORDS); j--) {
    const t = tokens[j] as Token;
    const gap = masked.slice(t.end, (tokens[j + 1] as Token).start);
    if (/[;:()\uE000]/.test(gap)) return null;
    if (gap.includes(',')) commas++;
    if (t.lower !== 'with') continue;
    const ref = parsePhrase(masked, t.end, (tokens[verb - 1] as Token).end, false);
    // The clause opens after a comma; "held talks with Ana Ruiz, the minister, calling them …" is the
    // object of "talks", and the participle the sentence's subject's.
    const before = tokens[j - 1];
    const opens = !before || masked.slice(before.end, t.start).includes(',');
    const appositive =
      opens &&
      commas === 2 &&
      masked.slice((tokens[verb - 1] as Token).end, (tokens[verb] as Token).start).includes(',');
    return commas === 0 || (appositive && ref?.type === 'name') ? ref : null;
  }
  return null;
}

/**
 * The speaker named right after the verb that follows an earlier quotation of the sentence
 * (`“…,” said Bloomberg, and Trump is emboldened by “…”`, `“This,” said the minister, “is …”`):
 * the later words are that speaker's too, however the speaker is named. So is a reporting clause
 * after words reported without marks, whose speaker goes on in quotation after a colon ("Trump
 * may turn to other laws, said Ana Ruiz, an economist at Harlow Bank: “…”").
 */
function invertedSpeaker(
  masked: string,
  tokens: readonly Token[],
  verb: number,
  sentenceStart: number,
  open: number,
): SpeakerRef | null {
  const verbToken = tokens[verb] as Token;
  const gap = masked.slice(tokens[verb - 1]?.end ?? sentenceStart, verbToken.start);
  const next = tokens[verb + 1];
  const goesOn = gap.includes(',') && !!next?.capitalised && /:\s*$/.test(masked.slice(verbToken.end, open));
  if (!gap.includes(MASK) && !goesOn) return null;
  const stop = masked.slice(verbToken.end, open).search(/[,;:()\uE000]/);
  return parsePhrase(masked, verbToken.end, stop < 0 ? open : verbToken.end + stop, false);
}

/**
 * The agent of a passive verb of speech or judgement right before the quotation ("the deal, framed
 * by von der Leyen as a “huge deal”", "a move seen by Beijing as “bullying”"): the one who said it,
 * not the subject of the verb.
 */
const PASSIVE_AGENT = /\b\p{Ll}+(?:ed|en)\s+by\s+((?:(?!\sby\s)[^,;:()\uE000]){2,60}?)\s+as(?:\s+(?:an?|the))?\s*$/du;
function passiveAgent(masked: string, sentenceStart: number, open: number): Cue | null {
  const found = PASSIVE_AGENT.exec(masked.slice(sentenceStart, open));
  const agent = found?.indices?.[1];
  if (!found || !agent) return null;
  const ref = parsePhrase(masked, sentenceStart + agent[0], sentenceStart + agent[1], false);
  return ref ? { ref, at: sentenceStart + found.index } : null;
}

/** How many words before a noun of speech its owner may stand ("Beijing's muted first response"). */
const MAX_NOUN_MODIFIERS = 3;
/** The that-clause of a noun of speech running on to the quotation, in one stretch of narration. */
const NOUN_CLAUSE = /^[^;:()\uE000]{0,80}?\bthat\b[^;:()\uE000.!?]*$/u;

/**
 * The named owner of the noun of speech whose that-clause holds the quotation ("referred to Mr
 * Trump's remarks after the vote that the two had a “…”", "Beijing's response, which said only that
 * it was “…”", "a claim from Ana Vell that …"): the owner said it, whoever else the sentence has
 * speak. No other speech verb may come between, but one the noun is the subject of ("which said").
 */
function ownedSpeech(
  masked: string,
  tokens: readonly Token[],
  sentenceStart: number,
  open: number,
  known?: ReadonlySet<string>,
): Cue | null {
  const noun = tokens.findLastIndex((t) => !t.capitalised && SPEECH_NOUNS.has(t.lower));
  const nounToken = tokens[noun];
  if (!nounToken || !NOUN_CLAUSE.test(masked.slice(nounToken.end, open))) return null;
  const verbs = tokens
    .slice(noun + 1)
    .filter((t, i, rest) => !t.capitalised && SPEECH_VERBS.has(t.lower) && rest[i - 1]?.lower !== 'which');
  if (verbs.length > 0) return null;
  // "a claim from Peter Navarro, Trump's trade adviser, that …": the owner named after the noun.
  const [by, author] = [tokens[noun + 1], tokens[noun + 2]];
  if (by && author?.capitalised && ['from', 'by'].includes(by.lower)) {
    const mention = findMentions(masked, author.start, open, known)[0];
    if (mention?.start === author.start) return { ref: mention.ref, at: nounToken.start, aside: true };
  }
  let owner = noun - 1;
  while (owner > noun - MAX_NOUN_MODIFIERS && owner > 0) {
    const t = tokens[owner] as Token;
    if (t.possessive || DEFINITE.has(t.lower) || CLAUSE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower)) break;
    owner--;
  }
  const ownerToken = tokens[owner];
  if (!ownerToken?.possessive) return null;
  const mention = findMentions(masked, sentenceStart, ownerToken.end, known).findLast(
    (m) => m.end >= ownerToken.end - 2,
  );
  if (mention) return { ref: mention.ref, at: nounToken.start, aside: true };
  // An owner named by their office ("the US president’s claim that …"), which no mention names.
  const article = tokens.slice(0, owner).findLastIndex((t) => DEFINITE.has(t.lower));
  const office =
    article >= owner - MAX_NOUN_MODIFIERS && article >= 0
      ? parsePhrase(masked, (tokens[article] as Token).start, ownerToken.end, false)
      : null;
  return office?.type === 'role'
    ? { ref: { ...office, text: office.text.replace(/['’]s?$/, '') }, at: nounToken.start, aside: true }
    : null;
}

/** "asked" and the one who asked, the last words before a quotation ("When asked in an interview by ANI, “…?”"). */
const ASKED_BY = /\basked\b[^,;:()\uE000]{0,40}?\sby\s+([^,;:()\uE000]{2,60}?)\s*,?\s*$/du;

/**
 * Who asked the question a quotation puts, named right before it ("When asked by a reporter from
 * Harlow Radio, “…?”, the minister said no"): the asker speaks the question, not the one who
 * answers it after. Only for a quotation that is a question.
 */
export function askerBefore(masked: string, open: number, sentenceStart: number): Cue | null {
  const found = ASKED_BY.exec(masked.slice(sentenceStart, open));
  const asker = found?.indices?.[1];
  if (!found || !asker) return null;
  const ref = parsePhrase(masked, sentenceStart + asker[0], sentenceStart + asker[1], false);
  return ref ? { ref, at: sentenceStart + found.index } : null;
}

/**
 * The one a relative pronoun before the speech verb stands for ("attacked by Chancellor Friedrich
 * Merz, who said …", "criticised by Ana Vell, the finance minister, who called it …"): the name
 * that ends the clause before its comma, or before one appositive. Without a comma, "who" names
 * the person right before it ("a spat with President Ana Vell who called him an “emperor”").
 */
function relativeAntecedent(
  masked: string,
  sentenceStart: number,
  pronoun: Token,
  known?: ReadonlySet<string>,
): SpeakerRef | null {
  if (pronoun.lower !== 'who' && pronoun.lower !== 'which') return null;
  const comma = /,\s*$/.exec(masked.slice(sentenceStart, pronoun.start));
  if (!comma && pronoun.lower !== 'who') return null;
  const end = comma ? sentenceStart + comma.index : pronoun.start;
  const mention = findMentions(masked, sentenceStart, end, known).at(-1);
  const between = comma ? /^\s*(?:,[^,;:()]*)?$/ : /^\s*$/;
  return mention && between.test(masked.slice(mention.end, end)) ? mention.ref : null;
}

/** A text named by its author, opening a label ("Statement from …", "Letter by …"). */
const DOCUMENT_BY = /^\s*(\p{L}+)\s+(?:from|by)\s+/u;
/** A text named after its author, closing a label ("… Government Statement", "… Union Letter"). */
const DOCUMENT_AFTER = /(?<=\S)\s+(\p{L}+)\s*$/u;

/**
 * A speaker named before a colon with no verb ("Bessent: “…”", "Carney, in a post on X: “…”",
 * "Treasury Secretary Scott Bessent on the talks: “…”", "Statement from the X: “…”"): a label, as
 * headlines and summaries write it. A phrase that names no one ("Her message was simple: “…”") is no cue.
 */
function labelCue(masked: string, sentenceStart: number, open: number): { cue: Cue | null; spoken: boolean } {
  const colon = /:\s*$/.exec(masked.slice(sentenceStart, open));
  if (!colon) return { cue: null, spoken: false };
  const at = sentenceStart + colon.index;
  const restart = lastBreak(masked, sentenceStart, at, SENTENCE_BREAK);
  const start = restart?.at ?? sentenceStart;
  // "Statement from the Harlow Exporters Association: “…”": the text's author, as a label would name them.
  const byAuthor = DOCUMENT_BY.exec(masked.slice(start, at));
  const from = byAuthor && DOCUMENTS.has(byAuthor[1]?.toLowerCase() ?? '') ? start + byAuthor[0].length : start;
  // "South Korean Government Statement: “…”": the noun of the text is no part of its author's name.
  const after = DOCUMENT_AFTER.exec(masked.slice(from, at));
  const end = after && DOCUMENTS.has(after[1]?.toLowerCase() ?? '') ? from + after.index : at;
  if (HEADING_NOUNS.has(/(\p{L}+)\s*$/u.exec(masked.slice(from, end))?.[1]?.toLowerCase() ?? ''))
    return { cue: null, spoken: false };
  const ref = parsePhrase(masked, from, end, restart === null && from === start);
  return ref?.type === 'name' ? { cue: { ref, at }, spoken: true } : { cue: null, spoken: false };
}

/** Words that open an adverbial clause before the subject of a sentence ("When asked …, Trump …"). */
const ADVERBIAL_OPENERS = new Set(['when', 'while', 'if', 'once', 'although', 'though', 'because', 'unless', 'as']);

/**
 * Where the adverbial clauses that open the sentence end (the comma of the last: "When asked about
 * talks, …", "Within hours of Trump announcing …,", "Asked about …,", "On May 2, after Apple
 * considered …,"), or -1 when the sentence opens on its subject.
 */
function frontedClauseEnd(masked: string, tokens: readonly Token[]): number {
  const end = (tokens.at(-1) as Token | undefined)?.end ?? 0;
  let fronted = -1;
  for (let first = tokens[0]; first; first = tokens.find((t) => t.start > fronted)) {
    const opens =
      PREPOSITIONS.has(first.lower) ||
      ADVERBIAL_OPENERS.has(first.lower) ||
      (SPEECH_VERBS.has(first.lower) && /(?:ed|ing)$/.test(first.lower));
    const comma = opens ? masked.indexOf(',', first.end) : -1;
    if (comma < 0 || comma >= end) break;
    fronted = comma;
  }
  return fronted;
}

/** A participle after a comma ("…, saying"), which takes the subject of the clause it follows. */
function isParticiple(masked: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return token.lower.endsWith('ing') && /,\s*$/.test(masked.slice(tokens[i - 1]?.end ?? token.start, token.start));
}

/**
 * Whether a speech verb has a subject of its own inside the sentence: a name right before it that
 * does not open the sentence ("Lula pushed back on the rate US President Donald Trump threatened").
 * A reporting clause set off by a comma ("Canada will retaliate, Prime Minister Mark Carney
 * announced, calling …") is the sentence's own.
 */
function ownSubject(masked: string, tokens: readonly Token[], verb: number, known?: ReadonlySet<string>): boolean {
  let last = verb - 1;
  while (last >= 0 && isBetween(tokens[last] as Token)) last--;
  const [first, lastToken] = [tokens[0], tokens[last]];
  if (!first || !lastToken || /[,;:()]/.test(masked.slice(lastToken.end, (tokens[verb] as Token).start))) return false;
  const mention = findMentions(masked, first.start, lastToken.end, known).at(-1);
  return (
    mention !== undefined &&
    mention.end === lastToken.end &&
    mention.start > first.start &&
    !/[,;:—–]\s*$/.test(masked.slice(first.start, mention.start))
  );
}

/**
 * Where the words after "<speech verb>:" start, when a colon after a speech verb opens words of
 * their own before the quotation (`A reporter asked: Trump said …`), not the quotation itself
 * (`Trump said: “…”`).
 */
function spokenClauseStart(masked: string, tokens: readonly Token[], open: number): number | null {
  const verb = tokens.findLastIndex((t, i) => isSpeechVerb(tokens, i) && /^:\s+\p{L}/u.test(masked.slice(t.end, open)));
  const token = tokens[verb];
  return token ? masked.indexOf(':', token.end) + 1 : null;
}

/**
 * The attribution before a quotation's opening mark, in its sentence. `spoken`: a speech verb (or
 * "according to") introduces the quotation, even when its subject names no one. `known`: as for
 * `findMentions`.
 */
export function cueBefore(
  masked: string,
  open: number,
  sentenceStart: number,
  known?: ReadonlySet<string>,
): { cue: Cue | null; spoken: boolean } {
  // "A reporter asked: Trump issued a statement, stating that “…”": the words after the colon are a
  // clause of their own (the question, put without marks), whose own subject speaks the quotation.
  const tokens = tokenize(masked, sentenceStart, open);
  const colon = spokenClauseStart(masked, tokens, open);
  if (colon !== null) {
    const inner = cueBefore(masked, open, colon, known);
    if (inner.cue?.ref) return inner;
  }
  const agent = passiveAgent(masked, sentenceStart, open);
  if (agent) return { cue: agent, spoken: true };
  const owned = ownedSpeech(masked, tokens, sentenceStart, open, known);
  if (owned) return { cue: owned, spoken: true };
  // "Carney said Canada would respond “with force”": a speech verb after a modal, in the speech an
  // earlier verb reports, tells of an act to come, not of the words quoted.
  const verbs = tokens
    .map((_, i) => i)
    .filter((i) => isSpeechVerb(tokens, i))
    .filter((i, k) => k === 0 || !MODALS.has(tokens[i - 1]?.lower ?? ''));
  if (verbs.length === 0) {
    const according = tokens.findIndex((_, i) => isAccordingTo(tokens, i));
    if (according < 0) return labelCue(masked, sentenceStart, open);
    const ref = parsePhrase(masked, (tokens[according + 1] as Token).end, open, false);
    return { cue: { ref, at: (tokens[according] as Token).start }, spoken: true };
  }
  // A participle ("…, saying they …") or a coordinated verb ("called … and said") takes the subject
  // of the speech verb before it, or of its sentence.
  const before = (verb: number) => {
    let last = verb - 1;
    for (;;) {
      while (last >= 0 && isBetween(tokens[last] as Token)) last--;
      const phrase = adverbialAfterAuxiliary(tokens, last);
      if (phrase < 0) return last;
      last = phrase;
    }
  };
  // A participle with a subject of its own ("…, with trade spokesman Damien Oakes saying") inherits none.
  // So does an infinitive after the main verb ("He went on to say", "goes so far as to say", "was
  // quick to add"): its subject is the clause's.
  const inherits = (verb: number) =>
    ((tokens[verb] as Token).lower.endsWith('ing') && !withSubject(masked, tokens, verb)) ||
    COORDINATORS.has(tokens[before(verb)]?.lower ?? '') ||
    tokens[before(verb)]?.lower === 'to';
  const lastVerb = verbs[verbs.length - 1] as number;
  // A speech verb in an adverbial clause that opens the sentence ("When asked …, Trump declined,
  // stating", "Within hours of Trump announcing …, the government struck back, calling it") has a
  // subject of its own, which a verb of the main clause does not share.
  const fronted = frontedClauseEnd(masked, tokens);
  let verb = lastVerb;
  while (inherits(verb)) {
    const earlier = verbs.filter((v) => v < verb && (tokens[v] as Token).start > fronted).pop();
    if (earlier === undefined) break;
    verb = earlier;
  }
  const at = (tokens[verb] as Token).start;
  const absolute = withSubject(masked, tokens, verb);
  if (absolute) return { cue: { ref: absolute, at }, spoken: true };
  const speaker = invertedSpeaker(masked, tokens, verb, sentenceStart, open);
  if (speaker) return { cue: { ref: speaker, at }, spoken: true };
  const relayed = relayedSpeaker(masked, tokens, verb, open);
  if (relayed) return { cue: { ref: relayed, at }, spoken: true };
  // A participle after its comma ("…, saying") belongs to the main clause: its subject speaks, not
  // that of a speech verb in a clause inside it ("Lula pushed back on the rate Trump threatened, saying").
  const embedded =
    verb !== lastVerb && isParticiple(masked, tokens, lastVerb) && ownSubject(masked, tokens, verb, known);
  // The main clause may itself be the sentence's reporting clause ("The EU is “…”, von der Leyen
  // said after Trump announced …, urging"): its speaker, not the sentence's first words, is the subject.
  const reporting = embedded
    ? verbs.filter((v) => v < verb && !inherits(v) && !ownSubject(masked, tokens, v, known)).pop()
    : undefined;
  if (reporting !== undefined) {
    const last = tokens[before(reporting)];
    const reportedAt = (tokens[reporting] as Token).start;
    const ref =
      last && !/[,;:()]/.test(masked.slice(last.end, reportedAt))
        ? subjectBefore(masked, sentenceStart, last.end, true)
        : null;
    if (ref) return { cue: { ref, at: reportedAt }, spoken: true };
  }
  // Unless that clause is itself a main one, joined by a contrast ("The US sells more than it buys,
  // but Trump expressed concern …, calling them “…”"): the participle goes on with its subject.
  const contrast = embedded ? lastBreak(masked, sentenceStart, at, CONTRAST_BREAK) : null;
  const main = embedded
    ? ((contrast ? lastSubject(masked, contrast.at, at, known) : null) ?? openingSubject(masked, tokens, at, known))
    : null;
  if (main) return { cue: { ref: main, at }, spoken: true };
  // Nor does it take a subject from the adverbial clauses that open the sentence ("On May 2, after
  // Apple considered …, the minister held up … and called it “…”"), unless the verb comes right
  // after them: then they are all the sentence has ("While Bayrou went further, calling it “…”").
  const mainClause = tokens.filter((t) => t.start > fronted);
  const opener = mainClause[0] === tokens[verb] ? -1 : fronted;
  if (inherits(verb))
    return {
      cue: {
        ref:
          openingSubject(masked, tokens, at, known) ??
          lastSubject(masked, opener >= 0 ? opener + 1 : sentenceStart, at, known) ??
          leadingSubject(masked, opener >= 0 ? mainClause : tokens),
        at,
      },
      spoken: true,
    };
  // The subject of the verb; else, when it has none that names anyone ("countries that have
  // signaled …"), of an earlier speech verb of the sentence; else the last subject before it.
  for (const candidate of verbs.filter((v) => v <= verb).reverse()) {
    const inverted = invertedSpeaker(masked, tokens, candidate, sentenceStart, open);
    if (inverted) return { cue: { ref: inverted, at: (tokens[candidate] as Token).start }, spoken: true };
    const lastToken = tokens[before(candidate)];
    if (!lastToken || inherits(candidate)) continue;
    const relative = relativeAntecedent(masked, sentenceStart, lastToken, known);
    if (relative) return { cue: { ref: relative, at: (tokens[candidate] as Token).start }, spoken: true };
    const adjoining = !/[,;:()]/.test(masked.slice(lastToken.end, (tokens[candidate] as Token).start));
    // Else a name right before the verb is its subject, whatever clause it opens ("… came after
    // Von der Leyen said", "when Carney told reporters").
    const subject = subjectBefore(masked, sentenceStart, lastToken.end, adjoining);
    const named = !subject && adjoining ? findMentions(masked, sentenceStart, lastToken.end, known).at(-1) : undefined;
    const ref = subject ?? (named?.end === lastToken.end ? named.ref : null);
    if (ref) return { cue: { ref, at: (tokens[candidate] as Token).start }, spoken: true };
  }
  return { cue: { ref: lastSubject(masked, sentenceStart, at, known), at }, spoken: true };
}
