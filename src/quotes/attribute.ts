import type { Article, Passage } from '../corpus/article.ts';
import { askerBefore, cueAfter, cueBefore, cueBeforeParticiple, type Cue } from './attribution-cues.ts';
import { EntityTable, titleFits, type Entity } from './entities.ts';
import {
  findQuoteSpans,
  maskQuotations,
  MASK,
  narrationSentences,
  partText,
  type QuotePart,
  type QuoteSpan,
} from './marks.ts';
import { blankAdMarkers } from './ad-markers.ts';
import { isAdPlaceholderLine } from '../text/ad-placeholders.ts';
import { isCaption } from '../text/captions.ts';
import { blankDateline, titleCaseLede } from './dateline.ts';
import { blankTitleGlosses } from './glosses.ts';
import { countryName, isCountry } from './names.ts';
import { findMentions, type Mention } from './mentions.ts';
import { bodyOfSpokesperson, introducedAuthor } from './phrases.ts';
import type { Gender, NameRef, RoleRef, SpeakerRef } from './speaker-ref.ts';
import { signatureSpeaker, speakerLabel } from './speaker-label.ts';
import { isJoint } from './speakers.ts';
import { RULE_CONFIDENCE, type AttributionRule, type SpeakerKind } from './quote.ts';
import { bareWord, namesAtSentenceStart, tokenize, type Token } from './tokens.ts';
import {
  CLAUSE_WORDS,
  COORDINATORS,
  DEFINITE,
  GENERIC_ORGANISATIONS,
  GOVERNMENT_NOUNS,
  INDEFINITE,
  NAMING_VERBS,
  OFFICE_HOLDERS,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  QUOTED_NAME_MAX_WORDS,
  SCARE_QUOTE_MAX_WORDS,
  SPEECH_VERBS,
  SPOKESPEOPLE,
  TARIFF_KINDS,
  TARIFF_NOUNS,
  TERM_MARKERS,
  TITLE_QUALIFIERS,
  TITLES,
  INFORMANT,
} from './vocabulary.ts';
import { apostrophesAsDouble, singleMarksAsDouble } from './single-marks.ts';

/**
 * The quotations of one article and who said them. The article is read in order, so that every
 * surname, role noun and pronoun is resolved against what was named before it.
 */

/** A speaker as one article knows them. */
export interface ArticleSpeaker {
  kind: SpeakerKind;
  name: string[];
  forms: string[];
  titles: string[];
}

export interface ArticleQuote {
  text: string;
  partial: boolean;
  paragraph: number;
  lastParagraph: number;
  /** Index into the article's `speakers`, or null when unknown. */
  speaker: number | null;
  rule: AttributionRule;
  confidence: number;
}

export interface ArticleQuotes {
  speakers: ArticleSpeaker[];
  quotes: ArticleQuote[];
  /** The full names of everyone the article names as a person, quoted or not ("Donald Trump"). */
  people: string[][];
}

/** The words that introduce the body a spokesperson speaks for, right before its name. */
const SPOKESPERSON_FOR = new RegExp(
  `\\b(?:${[...SPOKESPEOPLE].join('|')})\\s+(?:for|of|with|at|from)\\s+(?:the\\s+)?$`,
  'i',
);

/**
 * The holder of an office the news names by its country and leaves untitled ("Donald Trump on
 * Wednesday slapped …", then "the US president said"): the one the article names so, when no one
 * it titles holds the office.
 */
function incumbentOf(ref: RoleRef): NameRef | null {
  const country = ref.qualifiers.map(countryName).find((c) => c !== null);
  const holder = country ? OFFICE_HOLDERS.get(`${country} ${ref.head}`) : undefined;
  return holder ? { type: 'name', kind: 'person', words: [holder] } : null;
}

/** The forms of the verbs of answering that report an answer given: "replied", "answers", "countered". */
const ANSWERED = String.raw`replie[ds]|answer(?:ed|s)|respond(?:ed|s)|retort(?:ed|s)|counter(?:ed|s)`;

/** A verb by which someone answers the words before ("he replied:", "she hit back,"); not "answered his own question". */
const REPLY_VERB = new RegExp(String.raw`^(?:${ANSWERED}|(?:shot|hit|fired) back)\s*(?:[:,.]|$)`, 'i');

/** A verb of answering in the narration, by which its subject takes the word ("Trump fired back, …"). */
const ANSWERING = new RegExp(String.raw`\b(?:${ANSWERED}|(?:shot|hit|fired) back)\b`, 'i');

/** A question put by someone unnamed before the answer ("Asked whether …, he replied", "Lee was asked …"): the answer is anyone's. */
const ASKED = /\b(?:asked|pressed|questioned|quizzed)\b/i;

/**
 * A verb of answering that introduces words of its own after it (`Greer replied: “…”`): it reports
 * that answer, not the question before it. Without words after it (`“Why not?” he replied`) the
 * question is the reply.
 */
const ANSWER_VERB = new RegExp(String.raw`^(?:${ANSWERED}|reply|answer|respond)\s*[:,]\s*["“«„]`, 'i');

/** A spokesperson named by whom they speak for ("the prime minister's spokesman", "Trump's spokeswoman"). */
/** A role named with its owner, a name in the possessive ("Japan's trade minister", "Harlow's chief negotiator"). */
const OWNED_ROLE = /^\p{Lu}[\p{L}.-]*['’]s\s/u;
const OWNED_SPOKESPERSON = new RegExp(`['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${[...SPOKESPEOPLE].join('|')})\\b`, 'u');

/** Role nouns news gives people it does not name ("the official said"), never read as someone named before. */
const UNNAMED_ROLES = new Set([...SPOKESPEOPLE, 'official', 'officer', INFORMANT]);

const untitled = (entity: Entity | null) => (entity?.titles.length === 0 ? entity : null);
/** Someone named and untitled; a source the article only describes ("a senior White House official") is no "diplomat". */
const namedUntitled = (entity: Entity | null) => (entity?.described ? null : untitled(entity));

/**
 * A title naming the body its holder heads ("United Auto Workers President"): a bare "the
 * president" before them is someone else, the one news calls so unqualified.
 */
const headsBody = (ref: NameRef) =>
  tokenize(ref.title ?? '').some(
    (t) => t.capitalised && !TITLES.has(t.lower) && !TITLE_QUALIFIERS.has(t.lower) && !isCountry(bareWord(t)),
  );

/** A name of one word that nothing marks as a person's: no title, honorific or first name ("Walmart"). */
const isLoneName = (entity: Entity) => entity.words.length === 1 && entity.titles.length === 0 && !entity.gender;

/** The verb by which a speaker goes on ("added", "adds"). */
const ADDED = /^add(?:ed|s)\b/;

/** A role noun before anyone is named looks this many paragraphs ahead (its own included) for whom it means. */
const NAMED_NEXT_PARAGRAPHS = 3;

/** Fewer words than this, cut off by the end of the text with no cue, say nothing worth showing. */
const MIN_CUT_OFF_WORDS = 4;

/** A speaker's own "I", "me" or "my". */
const FIRST_PERSON = /\b(?:I|me|my)\b/;

/** A pronoun looks this many paragraphs back for whom it means (its own included). */
const ANTECEDENT_PARAGRAPHS = 3;

interface Sentence {
  passage: number;
  start: number;
  end: number;
}

/** The words inside the marks, with the comma that American style puts inside them dropped. */
function quoteText(parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/,$/, '')
    .trim();
}

const isFunctionWord = (t: Token) =>
  [PREPOSITIONS, CLAUSE_WORDS, COORDINATORS, DEFINITE, INDEFINITE].some((set) => set.has(t.lower));

/** The word right before an opening mark, if only a space separates them (or the apostrophe of "the US' "). */
function wordBefore(text: string, open: number): Token | undefined {
  const token = tokenize(text, Math.max(0, open - 40), Math.max(0, open)).pop();
  const gap = token ? text.slice(token.end, open) : '';
  if (!token || !/^['’]?\s*$/.test(gap)) return undefined;
  return /['’]/.test(gap) ? { ...token, possessive: true } : token;
}

/** A verb that names a thing between `from` and `to` ("condemned what it called the US' “wanton” …"). */
const namesBetween = (text: string, from: number, to: number) =>
  tokenize(text, from, to).some((t) => NAMING_VERBS.has(t.lower));

/** The word right after a closing mark, if only a space separates them. */
function wordAfter(text: string, close: number): Token | undefined {
  const token = tokenize(text, close + 1, close + 41)[0];
  return token && /^\s*$/.test(text.slice(close + 1, token.start)) ? token : undefined;
}

/**
 * Quoted words that are not speech: a term of one or two words that no speech verb introduces
 * ("reciprocal" tariffs), one used as a modifier after a definite or possessive word (the
 * "fentanyl tariff" cut; a speaker's own word after "a" is speech: he called it a “loser” decision), one marked as a name
 * (the so-called "melt and pour" rule), or a name in Title Case inside a sentence or before its noun
 * ("Liberation Day" tariffs), or a kind of tariff by its name ("reciprocal tariffs"), or a title in
 * Title Case after the document it names, however long (an executive order, "Ending Certain Tariff Actions,").
 */
function isTerm(
  words: readonly Token[],
  context: {
    partial: boolean;
    spoken: boolean;
    reported: boolean;
    punctuated: boolean;
    /** The words before the marks name a document ("issued an executive order,", "Proclamation 10896,"). */
    titled: boolean;
    /** Words right before the marks name them a title ("titled,") or a term ("the problem of"). */
    entitled: boolean;
    before?: Token;
    after?: Token;
  },
): boolean {
  const { partial, spoken, reported, punctuated, titled, entitled, before, after } = context;
  const short = words.length <= SCARE_QUOTE_MAX_WORDS;
  // Words someone's thing is qualified by ("Washington's “absurd” position", "his “unjust” actions")
  // are the words of a speech verb before them that reports the clause (`reported`; "called" names
  // the thing instead), else the name of that thing.
  const owned = before !== undefined && (before.possessive || POSSESSIVES.has(before.lower));
  const modifier =
    before &&
    after &&
    (owned ? !reported : DEFINITE.has(before.lower) || (INDEFINITE.has(before.lower) && !spoken)) &&
    !after.capitalised &&
    !isFunctionWord(after);
  // Between an adjective and its noun ("additional “reciprocal” tariffs"): a term however the
  // sentence reports, where a speech verb right before ("said “massive” tariffs") keeps the words.
  const attributive =
    !punctuated &&
    before &&
    after &&
    !words[0]?.capitalised &&
    !before.capitalised &&
    !isFunctionWord(before) &&
    !SPEECH_VERBS.has(before.lower) &&
    !after.capitalised &&
    !isFunctionWord(after) &&
    !SPEECH_VERBS.has(after.lower);
  // Words in capitals are shouted ("“DONE”"), not a name.
  const titleWords =
    Boolean(words[0]?.capitalised) &&
    words.every((w) => w.capitalised || isFunctionWord(w)) &&
    !words.every((w) => w.text === w.text.toUpperCase() && w.text.length > 1);
  const titleCase = words.length <= QUOTED_NAME_MAX_WORDS && titleWords;
  // A name in Title Case before the noun it qualifies ("“Liberation Day” tariffs") is a name wherever
  // it stands; words that end in punctuation ("“We are,” she said") qualify nothing.
  const namesNoun =
    !punctuated &&
    after !== undefined &&
    !after.capitalised &&
    !isFunctionWord(after) &&
    !SPEECH_VERBS.has(after.lower);
  // A kind of tariff by its name ("double-digit “reciprocal tariffs”", "across-the-board, “reciprocal”
  // tariffs"): a term however the sentence reports it.
  const [kind, noun] = words;
  const tariffKind =
    words.length <= SCARE_QUOTE_MAX_WORDS &&
    TARIFF_KINDS.has(kind?.lower ?? '') &&
    (noun ? TARIFF_NOUNS.has(noun.lower) : !after || TARIFF_NOUNS.has(after.lower));
  return (
    tariffKind ||
    (short && (!spoken || Boolean(modifier) || Boolean(attributive))) ||
    TERM_MARKERS.has(before?.lower ?? '') ||
    entitled ||
    (titleCase && (partial || namesNoun)) ||
    (titleWords && titled) ||
    // A programme or platform after "on" ("said on “Face the Nation with Margaret Brennan.”") is a
    // name however long; a headline's "On" is capitalised.
    (titleWords && before?.text === 'on')
  );
}

/**
 * A document named right before the marks, with its number and a comma or colon: what follows in
 * Title Case is its title ("issued an executive order, “Ending Certain Tariff Actions,”",
 * "Proclamation 10896: “Adjusting Imports of Steel”"), which news quotes as no one's speech.
 */
const DOCUMENT_BEFORE =
  /\b(?:orders?|proclamations?|bills?|acts?|reports?|memorand(?:um|a)|memos?|directives?|decrees?|resolutions?)(?:\s+(?:No\.\s*)?[\d,.-]+)?\s*[,:]?$/iu;

/**
 * A word that names what follows as a title, with a comma or colon before the marks ("a statement
 * titled, “U.S. Announces Deal”", "a post headlined: “Why We Win”"): the title, in any case, is no
 * one's speech.
 */
const TITLE_MARKER = /\b(?:titled|entitled|headlined)\s*[,:]$/iu;
/**
 * A noun of an idea right before a short quotation ("the problem of “stacking”", "the practice of
 * “transshipment”"): a term it names.
 */
const IDEA_OF = /\b(?:problem|issue|practice|concept|notion|phenomenon|principle)\s+of$/iu;
/**
 * A passive verb of labelling right before a short quotation, with no one after it by whom
 * ("moved from being labelled “fragile”", "was once branded “the sick man”"): the label a thing
 * goes by, not anyone's words; "called" and "described as" stay speech, often of a speaker named.
 */
const LABELLED = /\b(?:being|been|was|were|is|are|be)\s+(?:\p{Ll}+\s+)?(?:labell?ed|branded|tagged|nicknamed)$/iu;
/**
 * Words that give what follows as the name a thing goes by, before an article ("the deal, known as
 * the “Mother of all deals”", "a plan dubbed the “Big Stick”"): a name of a few words, no one's
 * speech at that place, whoever coined it.
 */
const KNOWN_AS =
  /\b(?:known\s+as|referred\s+to\s+(?:(?:it|them|this|that)\s+)?as|(?:dubbed|nicknamed)\s+(?:the|an?))(?:\s+(?:the|an?))?$/iu;
/**
 * A tariff right before the goods it is on, in marks as an order words them ("100% tariffs on
 * “patented and branded medicines”"): the name of a class of goods, a term of a few words.
 */
const GOODS_OF_TARIFF = /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+on$/iu;
const GOODS_TERM_MAX_WORDS = 5;

/** A nickname in marks inside a name (Ferdinand “Bongbong” Marcos Jr.): one capitalised word between two. */
const NICKNAME = /\p{Lu}[\p{L}.]*\s$/u;
function isNickname(passages: readonly Passage[], span: QuoteSpan): boolean {
  const [part] = span.parts;
  if (!part || span.parts.length > 1 || part.open < 0) return false;
  const text = passages[part.passage]?.text ?? '';
  return (
    /^\p{Lu}[\p{Ll}-]+$/u.test(text.slice(part.open + 1, part.close)) &&
    NICKNAME.test(text.slice(Math.max(0, part.open - 30), part.open)) &&
    /^\s\p{Lu}/u.test(text.slice(part.close + 1, part.close + 3))
  );
}

/**
 * A page's link to another article ("READ ALSO Federal MP pledges …", "Also read: Trump signs …"):
 * another story's headline, whose names are none of this one's.
 */
const LINK_LINE = /^\s*(?:read also|also read|read more|see also|related|recommended|more on this)\b\s*(?::|\p{Lu})/iu;

/** Short words a Title Case headline leaves in lower case. */
const HEADLINE_LOWER = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'or',
  'with',
  'as',
  'at',
  'by',
]);
/** A headline has at least this many words, every one capitalised but the short ones. */
const HEADLINE_MIN_WORDS = 4;

/** A Title Case headline ("Trump Says US Would Lift China Fentanyl Tariff If Xi Cracks Down"): no names are read from it. */
function isHeadline(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text) && !HEADLINE_LOWER.has(t.text));
  return words.length >= HEADLINE_MIN_WORDS && words.every((t) => t.capitalised);
}

/** A clause set off by a pair of dashes, as commas would set it off ("Ford – who … – said"). */
const DASH_ASIDE = / ([—–]) ([^—–.!?\n]{3,90}?) \1 /gu;

/** `text` with the dashes around an aside read as commas (same length, so offsets stay). */
function asideDashes(text: string): string {
  return text.replace(DASH_ASIDE, (_, _dash: string, inner: string) => ` , ${inner} , `);
}

/**
 * `“Don’t be Weak!” He added …`: a capitalised pronoun alone after words that end their sentence
 * opens the next sentence; it is the pronoun, not a surname ("said He Lifeng" stays a name).
 */
function endsSentence(cue: Cue | null, text: string): Cue | null {
  const [word, ...rest] = cue?.ref?.type === 'name' ? cue.ref.words : [];
  const pronoun = word !== undefined && rest.length === 0 ? PRONOUNS[word.toLowerCase()] : undefined;
  return cue && pronoun && /[.!?]\W*$/u.test(text) ? { ...cue, ref: { type: 'pronoun', ...pronoun } } : cue;
}

/** `“…,” came the reply` (answer, response, retort): the words answer a question put just before. */
const REPLY = /^\W*came\s+(?:the|an?|his|her|their)\s+(?:\p{Ll}+\s+)?(?:reply|answer|response|retort)\b/u;

/** The one a question was put to, named right after "asked" in the paragraph before `to` ("asked Ivo Marek whether …"). */
function askedBefore(masked: string, to: number): Cue | null {
  const asked = [...masked.slice(0, to).matchAll(/\basked\s+/g)].at(-1);
  if (!asked) return null;
  const from = asked.index + asked[0].length;
  const [mention] = findMentions(masked, from, to);
  // A title may come before the name ("asked Trade Minister Ivo Marek").
  const title = mention ? masked.slice(from, mention.start) : '';
  return mention && /^(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(title) ? { ref: mention.ref, at: from } : null;
}

/** The attribution after the last quotation that closes between `close` and `end`, if any. */
function closingCue(masked: string, close: number, end: number): Cue | null {
  const lastMark = masked.lastIndexOf(MASK, end - 1);
  return lastMark > close ? cueAfter(masked, lastMark, end) : null;
}

export function attributeQuotes(article: Article): ArticleQuotes {
  // A line of placeholders neither speaks nor stands between a pronoun and whom it means.
  const passages = article.passages
    .filter((p) => !isAdPlaceholderLine(p.text))
    .map((p) => singleMarksAsDouble(apostrophesAsDouble(p)));
  const found = findQuoteSpans(passages);
  // Links to other stories and photo captions: lines whose names are none of the story's.
  const aside = passages.map((p) => LINK_LINE.test(p.text) || isCaption(p.text));
  const spans = found.filter((span) => !isNickname(passages, span));
  // A nickname reads as blank space, so that the name around it stays one name.
  const masked = maskQuotations(passages, spans).map((text, i) =>
    found
      .filter((span) => !spans.includes(span) && span.parts[0]?.passage === i)
      .reduce(
        (t, { parts: [p] }) => (p ? t.slice(0, p.open) + ' '.repeat(p.close + 1 - p.open) + t.slice(p.close + 1) : t),
        asideDashes(blankTitleGlosses(titleCaseLede(blankDateline(blankAdMarkers(text))))),
      ),
  );
  // Positions count through the whole article, so that anything in it can be ordered.
  const passageStart: number[] = [];
  let length = 0;
  for (const p of passages) {
    passageStart.push(length);
    length += p.text.length + 1;
  }
  const position = (passage: number, offset: number) => (passageStart[passage] ?? 0) + offset;

  const sentences: Sentence[] = passages.flatMap((p, i) =>
    narrationSentences(p, masked[i] ?? '').map((s) => ({ passage: i, ...s })),
  );
  const sentenceAt = (passage: number, offset: number) =>
    sentences.findIndex((s) => s.passage === passage && offset >= s.start && (offset < s.end || s.end === s.start));
  const firstSentenceOf = (passage: number) => sentences.findIndex((s) => s.passage >= passage);

  // Each sentence's words, read once: the names, headlines and subjects below all look at them.
  const sentenceWords = sentences.map((s) => tokenize(masked[s.passage] ?? '', s.start, s.end));

  // Words the narration capitalises inside its sentences: names, not sentence openers.
  // A word right after a quotation (`“…,” Lutnick said`) does not open the narration either.
  const known = new Set(
    sentences.flatMap((s, sentence) =>
      (sentenceWords[sentence] ?? [])
        .filter((t, i) => t.capitalised && (i > 0 || (masked[s.passage] ?? '').slice(s.start, t.start).includes(MASK)))
        .map((t) => t.lower),
    ),
  );
  // An excerpt that starts mid-story names someone by surname only where a sentence opens ("Willis
  // said …. She said …"): one word right before a speech verb, whom the next sentence calls "he" or
  // "she" with no one else named between, is a person's name ("Retailers said …. They …" is not).
  sentences.forEach((s, i) => {
    const [word, verb] = sentenceWords[i] ?? [];
    const next = sentenceWords[i + 1]?.[0];
    const person = next && PRONOUNS[next.lower]?.kind === 'person';
    const others = () =>
      findMentions(masked[s.passage] ?? '', verb?.end ?? s.end, s.end, known).some((m) => m.ref.kind === 'person');
    if (word?.capitalised && !PRONOUNS[word.lower] && verb && SPEECH_VERBS.has(verb.lower) && person && !others())
      known.add(word.lower);
  });

  // Names and quotations in reading order.
  // A sentence of reported speech with no quotation ("The prime minister said the move would hurt
  // Americans.") puts its speaker forward, as a quotation's speaker is, for the pronouns and bare
  // quotations after it.
  type Report = { cue: Cue; sentence: number; passage: number };
  type Event = { at: number } & (
    | { mention: Mention; sentence: number }
    | { span: QuoteSpan }
    | { report: Report }
    | { label: NameRef; passage: number }
  );
  // A line in capitals naming who speaks in the quotation paragraph right after it (wire "QUOTES" pieces).
  const labels = passages.flatMap((p, passage) => {
    const label = /^\s*["“]/.test(passages[passage + 1]?.text ?? '') ? speakerLabel(p.text) : null;
    return label ? [{ at: position(passage, 0), label, passage }] : [];
  });
  // A signature line under a paragraph that is all quotation ("“…”" then "Jane Roe, owner, Roe
  // Bakery"): put forward right before that paragraph, it is the one who says it.
  const signatures = passages.flatMap((p, passage) => {
    const signed = passages[passage - 1]?.text.trim() ?? '';
    const label = /^["“]/.test(signed) && /["”]$/.test(signed) ? signatureSpeaker(p.text) : null;
    return label ? [{ at: position(passage - 1, 0), label, passage: passage - 1 }] : [];
  });
  const reports = sentences.flatMap((s, sentence): { at: number; report: Report }[] => {
    const text = masked[s.passage] ?? '';
    // A caption's "warned" reports no one of the story, as its names are none of the story's.
    if (aside[s.passage] || text.slice(s.start, s.end).includes(MASK)) return [];
    // "…, the spokesperson said." ends the sentence with who spoke; else the speech verb before the words.
    const comma = text.lastIndexOf(',', s.end);
    const closing =
      comma > s.start ? (cueAfter(text, comma, s.end) ?? cueBeforeParticiple(text, s.start, comma)) : null;
    const { cue, spoken } = closing?.ref ? { cue: closing, spoken: true } : cueBefore(text, s.end, s.start, known);
    return spoken && cue?.ref
      ? [{ at: position(s.passage, cue.at), report: { cue, sentence, passage: s.passage } }]
      : [];
  });
  const events: Event[] = [
    ...labels,
    ...signatures,
    ...reports,
    ...sentences.flatMap((s, sentence) =>
      (aside[s.passage] || isHeadline(sentenceWords[sentence] ?? [])
        ? []
        : findMentions(masked[s.passage] ?? '', s.start, s.end, known)
      ).map((mention) => ({
        at: position(s.passage, mention.start),
        sentence,
        mention,
      })),
    ),
    ...spans.map((span) => ({
      at: position(span.parts[0]?.passage ?? 0, Math.max(0, span.parts[0]?.open ?? 0)),
      span,
    })),
  ].sort((a, b) => a.at - b.at);

  const table = new EntityTable();
  // Those a spokesperson was introduced for ("a spokesperson for the Ministry of Commerce said", "the
  // prime minister's spokesman says"), with where: "the spokesperson" later speaks for the last of them.
  const spokenForBodies: { entity: Entity; at: number }[] = [];
  const speakers: Entity[] = [];
  const quotes: ArticleQuote[] = [];
  let previous: { passage: number; sentence: number; entity: Entity | null; confidence: number } | null = null;

  /** The body a spokesperson's role names ("the White House spokesperson"), as a speaker. */
  function spokespersonBody(ref: RoleRef, at: number): Entity | null {
    const body = bodyOfSpokesperson(ref);
    return body ? table.name(body, at).entity : null;
  }

  /**
   * A body the article names only by what it does ("the finance ministry said", first mention): a
   * speaker of its own under that description, never the country. A bare "the ministry" names no one.
   */
  function namedByRole(ref: RoleRef, at: number): Entity | null {
    if (ref.kind !== 'organisation' || ref.qualifiers.length === 0 || GENERIC_ORGANISATIONS.has(ref.head)) return null;
    // "the country's commerce ministry": the body by its own name, not by a word for its country.
    const words = ref.text.split(' ').filter((w, i) => i > 0 || !/^(?:country|nation)['’]s$/i.test(w));
    return table.name({ type: 'name', kind: 'organisation', words }, at).entity;
  }

  /**
   * A role its owner names, held by no one the article names ("Japan's trade minister told reporters"):
   * someone known by that description, whom "the minister said" means later on.
   */
  function describedByOwner(ref: RoleRef, at: number): Entity | null {
    if (ref.kind !== 'person') return null;
    if (OWNED_ROLE.test(ref.text)) return table.described(ref.text.split(' '), at);
    return table.describedAs(ref, at);
  }

  /**
   * A role noun before anyone is put forward ("The president boasted …" opening an excerpt; "…,
   * according to Japan's top trade negotiator" in a lede): the next person named as a subject within
   * two paragraphs, unless a title of theirs says they hold another role.
   */
  function namedNext(ref: RoleRef, at: number, passage: number): Entity | null {
    const next = subjectNext(at, passage);
    const title = next?.ref.title;
    return next && (!title || titleFits(title, ref, true)) ? table.name(next.ref, at).entity : null;
  }

  /** The first person named after `at` as a sentence's subject, within NAMED_NEXT_PARAGRAPHS paragraphs. */
  function subjectNext(at: number, passage: number): Mention | undefined {
    const end = passageStart[passage + NAMED_NEXT_PARAGRAPHS] ?? Infinity;
    return events.find(
      (e): e is Event & { mention: Mention } =>
        'mention' in e && e.at > at && e.at < end && e.mention.ref.kind === 'person' && e.mention.subject,
    )?.mention;
  }

  /**
   * "“…,” he told reporters." where the article names no one before (an excerpt that starts inside
   * the story, a lede that saves the name): the person the next sentences name as their subject,
   * when of the pronoun's gender ("Šefčovič said he would call Lutnick").
   */
  function pronounNamedNext(gender: Gender | undefined, at: number, passage: number): Entity | null {
    if (table.lastNamed('person', undefined, 0, at, () => true)) return null;
    const next = subjectNext(at, passage);
    const entity = next ? table.name(next.ref, at).entity : null;
    return entity && !(gender && entity.gender && entity.gender !== gender) ? entity : null;
  }

  /**
   * The speaker of the quotation just before, when a pronoun replies to it ("“…,” the presenter
   * noted. He replied: “…”"): the reply is someone else's, unless an unnamed questioner asked it.
   */
  function answeredBy(cue: Cue, passage: number, sentence: number, quoted: number): Entity | undefined {
    const said = previous?.entity;
    if (cue.ref?.type !== 'pronoun' || cue.ref.plural || !said || said.kind !== 'person') return undefined;
    if ((previous?.passage ?? -1) < quoted - 1) return undefined;
    const text = masked[passage] ?? '';
    // The question may be the sentence before ("Lee was asked whether … “…,” he replied").
    const before = sentences[sentence - 1]?.passage === passage ? sentences[sentence - 1] : sentences[sentence];
    const opening = text.slice(before?.start ?? 0, cue.at);
    return REPLY_VERB.test(text.slice(cue.at)) && !ASKED.test(opening) ? said : undefined;
  }

  /** Whether the quotation just before, ending in this sentence or the one before, is a body's. */
  function bodyJustQuoted(sentence: number): boolean {
    return previous?.entity?.kind === 'organisation' && previous.sentence >= sentence - 1;
  }

  /**
   * The body whose spokesperson was quoted just before, in this sentence or the one before, when no
   * person is named in this sentence before `at`: a person's pronoun there is that spokesperson.
   */
  function spokespersonGoingOn(sentence: number, at: number): Entity | null {
    const body = previous?.entity;
    if (!body || !bodyJustQuoted(sentence) || !spokenForBodies.some((b) => b.entity === body)) return null;
    return table.antecedent('person', undefined, sentence, at, sentence) ? null : body;
  }

  /** Who a speaker phrase refers to, and by which rule. */
  function resolve(
    ref: SpeakerRef | null,
    at: number,
    sentence: number,
    passage: number,
    answered?: Entity,
  ): { entity: Entity | null; rule: AttributionRule } {
    const earliest = Math.max(0, firstSentenceOf(Math.max(0, passage - ANTECEDENT_PARAGRAPHS + 1)));
    switch (ref?.type) {
      case 'name': {
        // A capitalised word the article never writes inside a sentence, and no one named before:
        // a sentence's first word ("Retailers said"), not a name, unless its shape says it is one ("JPMorgan said").
        const bare = ref.kind === 'person' && ref.words.length === 1 && !ref.title && !ref.gender;
        if (bare && !namesAtSentenceStart(ref.words.join(''), known) && !table.knows(ref))
          return { entity: null, rule: 'unknown' };
        const { entity, backReference } = table.name(ref, at);
        return { entity, rule: ref.kind === 'organisation' ? 'organisation' : backReference ? 'surname' : 'name' };
      }
      case 'role': {
        // "The prime minister hailed …" before "Prime Minister Keir Starmer" is named: the one the
        // article titles so; "the ministry said" before "China's commerce ministry" in its paragraph:
        // the body so named.
        const paragraphEnd = passageStart[passage + 1] ?? Infinity;
        const later = events.find(
          (e): e is Event & { mention: Mention } =>
            'mention' in e &&
            e.at > at &&
            e.mention.ref.kind === ref.kind &&
            (ref.kind === 'person'
              ? titleFits(e.mention.ref.title ?? '', ref) && !(ref.qualifiers.length === 0 && headsBody(e.mention.ref))
              : e.at < paragraphEnd && titleFits(e.mention.ref.words.join(' '), ref)),
        );
        // Else, as a pronoun would, the person just put forward whose title the article never gave
        // ("Trump … which the president said"): a title given would have answered above.
        // A company called by what it is ("the bank said") whose name reads as a person's ("Goldman
        // Sachs"): the one put forward with no title or honorific, when named after any other body.
        const company =
          ref.kind === 'organisation' && GENERIC_ORGANISATIONS.has(ref.head) && !GOVERNMENT_NOUNS.has(ref.head);
        const namedLikePerson = company
          ? table.antecedent('person', undefined, sentence, at, earliest, (e) => !e.gender && e.titles.length === 0)
          : null;
        // "The spokesperson added" with no one titled so: the body its own words name ("the White House
        // spokesperson"), else the body a spokesperson spoke for just before, else the body the text puts
        // forward.
        // "The EU official added" right after a body's words ("“…,” a Commission spokesperson said"): the
        // official who spoke for that body, as a reader takes it.
        const spokenFor =
          ref.kind === 'person' && SPOKESPEOPLE.has(ref.head)
            ? (spokespersonBody(ref, at) ??
              table.lastSpeaker('organisation', sentence, at, earliest) ??
              spokenForBodies.findLast((b) => b.at < at)?.entity ??
              table.antecedent('organisation', undefined, sentence, at, earliest))
            : ref.kind === 'person' && UNNAMED_ROLES.has(ref.head) && bodyJustQuoted(sentence)
              ? (previous?.entity ?? null)
              : null;
        // "The Prime Minister's official spokesman" is not whoever was named before: only a holder of the
        // role (or the spokesman, below) speaks through them.
        const named = ref.kind === 'person' && !UNNAMED_ROLES.has(ref.head) && !ref.spokesperson;
        const before = named ? table.antecedent('person', undefined, sentence, at, earliest) : null;
        const incumbent = incumbentOf(ref);
        // "the official said" after "a Commerce Ministry official told Reuters": that official again.
        const described = UNNAMED_ROLES.has(ref.head) ? table.describedAs(ref, at) : null;
        const entity =
          described ??
          table.role(ref, at, namedLikePerson, { sentence, earliest }) ??
          (later ? table.name(later.mention.ref, at).entity : null) ??
          (incumbent && table.knows(incumbent) ? table.name(incumbent, at).entity : null) ??
          spokenFor ??
          namedUntitled(before) ??
          // Else the last one quoted in the article, if untitled: the one it is about ("the PM said" four
          // paragraphs after the prime minister's last words).
          (named && !before ? namedUntitled(table.lastSpeaker('person', sentence, at, 0)) : null) ??
          (named && !before ? namedNext(ref, at, passage) : null) ??
          namedByRole(ref, at) ??
          // "the Prime Minister's official spokesman" where no prime minister is named: that spokesman.
          (ref.spokesperson
            ? table.name({ type: 'name', kind: 'person', words: ref.spokesperson.split(' ') }, at).entity
            : null) ??
          describedByOwner(ref, at);
        return { entity, rule: entity ? 'role' : 'unknown' };
      }
      case 'unnamed': {
        // "a White House official": a speaker known by that description, never someone named before.
        if (!ref.description) return { entity: null, rule: 'unknown' };
        return { entity: table.described(ref.description, at), rule: 'role' };
      }
      case 'joint': {
        const entity = table.joint(at);
        return { entity, rule: entity ? 'role' : 'unknown' };
      }
      case 'epithet': {
        const entity = table.antecedent('person', undefined, sentence, at, earliest);
        return { entity, rule: entity ? 'pronoun' : 'unknown' };
      }
      case 'pronoun': {
        // "they": the body quoted or put forward last in this paragraph or the one before, when no
        // person came after it, someone unnamed ("a senior official, speaking on condition of
        // anonymity, …" — news gives them no gender), or two people named together ("said
        // economists Ann Rowe and Tim Vale").
        if (ref.plural) {
          const near = Math.max(0, firstSentenceOf(Math.max(0, passage - 1)));
          const last = table.antecedent(undefined, undefined, sentence, at, near);
          const together = last?.kind === 'person' && isJoint(last.words.join(' '));
          const entity = last?.kind === 'organisation' || last?.described || together ? last : null;
          return { entity, rule: entity ? 'pronoun' : 'unknown' };
        }
        // "He replied" to someone's words: the one they were said to, the person put forward or else
        // named last who is not their speaker.
        if (answered && ref.kind === 'person') {
          const other = (e: Entity) => e !== answered;
          const since = passageStart[Math.max(0, passage - ANTECEDENT_PARAGRAPHS + 1)] ?? 0;
          const entity =
            table.antecedent('person', ref.gender, sentence, at, earliest, other) ??
            table.lastNamed('person', ref.gender, since, at, other);
          return { entity, rule: entity ? 'pronoun' : 'unknown' };
        }
        // "“…,” he continued" right after a body's words that its spokesperson gave ("The spokesperson
        // for the ministry said: “…”"), with no one else named in between: that spokesperson, for the body.
        const voiced = ref.kind === 'person' ? spokespersonGoingOn(sentence, at) : null;
        if (voiced) return { entity: voiced, rule: 'pronoun' };
        // "it" may also mean a name of one word with no title, honorific or first name: read as a
        // person's, it is as often a company's ("Walmart shares fell. In a statement, it said …").
        const entity =
          ref.kind === 'organisation'
            ? table.antecedent(
                undefined,
                undefined,
                sentence,
                at,
                earliest,
                (e) => e.kind === ref.kind || isLoneName(e),
              )
            : (table.antecedent(ref.kind, ref.gender, sentence, at, earliest) ??
              // No one in the paragraphs before ("The former central banker struck a softer tone on
              // Monday. “…,” he said."): the one the article last quoted, as a reader takes it.
              table.lastSpeaker(ref.kind, sentence, at, 0, ref.gender) ??
              // Else someone the sentence itself names before it ("Starmer's remarks, where he …").
              table.namedEarlierIn(ref.kind, ref.gender, sentence, at) ??
              (ref.kind === 'person' ? pronounNamedNext(ref.gender, at, passage) : null));
        if (entity) entity.kind = ref.kind;
        return { entity, rule: entity ? 'pronoun' : 'unknown' };
      }
      case 'document': {
        // A statement, letter or post is a quotation of its author; without one, of whom the text puts forward.
        // "The note said" goes back to the sentence that brought the note in with its author, however far.
        if (ref.author) return resolve(ref.author, at, sentence, passage);
        for (let s = sentence - 1; s >= 0; s--) {
          const author = introducedAuthor(sentenceWords[s] ?? [], ref.noun, masked[sentences[s]?.passage ?? 0] ?? '');
          if (author) return resolve(author, at, sentence, passage);
        }
        const entity = table.antecedent(undefined, undefined, sentence, at, earliest);
        return { entity, rule: entity ? 'pronoun' : 'unknown' };
      }
      default:
        return { entity: null, rule: 'unknown' };
    }
  }

  function attribute(span: QuoteSpan): void {
    const first = span.parts[0] as QuotePart;
    const last = span.parts[span.parts.length - 1] as QuotePart;
    const text = quoteText(span.parts.map((part) => partText(passages, part)));
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    const firstMasked = masked[first.passage] ?? '';
    const lastMasked = masked[last.passage] ?? '';
    const openSentence = sentences[sentenceAt(first.passage, Math.max(0, first.open))];
    const closeSentenceIndex = sentenceAt(last.passage, Math.min(last.close, lastMasked.length - 1));
    const closeSentence = sentences[closeSentenceIndex];

    const cueOnLine =
      closeSentence && last.close < lastMasked.length ? cueAfter(lastMasked, last.close, closeSentence.end) : null;
    // "“Will prices rise?” Greer replied: “…”": the one who answers a question did not put it.
    const answers =
      cueOnLine !== null &&
      /\?\W*$/.test(text) &&
      ANSWER_VERB.test(passages[last.passage]?.text.slice(cueOnLine.at) ?? '');
    const sameLine = answers ? null : endsSentence(cueOnLine, text);
    // A reporting clause the page put on a line of its own: `“…,”` ends one paragraph, `Trump said.` opens the next.
    const nextLine = sentences[firstSentenceOf(last.passage + 1)];
    const runOn =
      !sameLine &&
      nextLine?.passage === last.passage + 1 &&
      lastMasked.slice(last.close + 1).trim() === '' &&
      partText(passages, last).trim().endsWith(',');
    const replied = REPLY.test(lastMasked.slice(last.close + 1))
      ? askedBefore(firstMasked, Math.max(0, first.open))
      : null;
    const after = replied ?? (runOn ? cueAfter(masked[nextLine.passage] ?? '', -1, nextLine.end) : sameLine);
    const afterAt = runOn ? { passage: nextLine.passage, sentence: sentences.indexOf(nextLine) } : null;
    const before =
      openSentence && first.open >= 0
        ? cueBefore(firstMasked, first.open, openSentence.start, known)
        : { cue: null, spoken: false };

    const words = tokenize(text);
    const prefix =
      openSentence && first.open >= 0
        ? firstMasked.slice(openSentence.start, first.open).replaceAll(MASK, '').trim()
        : '';
    const startsLower = /^[^\p{L}]*\p{Ll}/u.test(text);
    const partial = startsLower || (prefix !== '' && !prefix.endsWith(':') && !prefix.endsWith(','));
    // A sentence in marks of its own or after a colon ("“No deal yet.”", `was simple: “Back off.”`) is
    // speech, however short; a word after a colon (`a name: “reciprocal.”`) may be a term.
    const standsAlone = (prefix === '' || prefix.endsWith(':')) && !startsLower && /[.!?]$/.test(text);
    if (
      isTerm(words, {
        partial,
        spoken: after !== null || before.spoken || standsAlone,
        reported: before.spoken && !namesBetween(firstMasked, before.cue?.at ?? 0, first.open),
        punctuated: /[,.;:!?]$/.test(partText(passages, last).trim()),
        titled: DOCUMENT_BEFORE.test(prefix),
        entitled:
          TITLE_MARKER.test(prefix) ||
          (words.length <= SCARE_QUOTE_MAX_WORDS && IDEA_OF.test(prefix)) ||
          (words.length <= SCARE_QUOTE_MAX_WORDS &&
            LABELLED.test(prefix) &&
            wordAfter(lastMasked, last.close)?.lower !== 'by') ||
          (words.length <= GOODS_TERM_MAX_WORDS && GOODS_OF_TARIFF.test(prefix)) ||
          (words.length <= QUOTED_NAME_MAX_WORDS && KNOWN_AS.test(prefix)),
        before: wordBefore(firstMasked, first.open),
        after: wordAfter(lastMasked, last.close),
      })
    )
      return;

    // The cue after the quotation is the closer one; the one before speaks when that one names no
    // one, or only the text or outlet that reports the words (`Xi said they should be "partners,"
    // according to a readout published by CCTV`; `Lula said it was "unacceptable," according to Reuters`),
    // or when the words stand in the that-clause of someone's remark (`Responding to Trump's remark that
    // India is a "dead economy," Goyal said …`): the remark's owner said them, the one after answers.
    const afterCue = after
      ? [{ cue: after, ...(afterAt ?? { passage: last.passage, sentence: closeSentenceIndex }) }]
      : [];
    const beforeCue = before.cue
      ? [{ cue: before.cue, passage: first.passage, sentence: sentenceAt(first.passage, before.cue.at) }]
      : [];
    // Else the reporting clause that ends the sentence covers the quotations before it too (`Beijing
    // wants the US to “withdraw” measures that are “groundless,” the ministry said`).
    const closing = !after && closeSentence ? closingCue(lastMasked, last.close, closeSentence.end) : null;
    const closingCues = closing ? [{ cue: closing, passage: last.passage, sentence: closeSentenceIndex }] : [];
    const asker =
      openSentence && first.open >= 0 && /\?\W*$/.test(text)
        ? askerBefore(firstMasked, first.open, openSentence.start)
        : null;
    const cues = [
      ...(asker ? [{ cue: asker, passage: first.passage, sentence: sentenceAt(first.passage, asker.at) }] : []),
      ...(after?.ref?.type === 'document' || after?.yields || before.cue?.aside
        ? [...beforeCue, ...afterCue]
        : [...afterCue, ...beforeCue]),
      ...closingCues,
    ];
    // A country stands for whoever speaks for it: when another cue of the sentence names that body
    // (`China urges the US to “withdraw” …, the ministry said`), the body is the speaker.
    let found: { entity: Entity; rule: AttributionRule; at: number; sentence: number; aside: boolean } | null = null;
    for (const { cue, passage, sentence } of cues) {
      const at = position(passage, cue.at);
      const answered = answeredBy(cue, passage, sentence, first.passage);
      const { entity: candidate, rule: how } = resolve(cue.ref, at, sentence, passage, answered);
      if (!candidate) continue;
      const aside = cue.aside ?? false;
      if (!found) found = { entity: candidate, rule: how, at, sentence, aside };
      else if (!isCountry(candidate.words.join(' '))) found = { entity: candidate, rule: how, at, sentence, aside };
      if (!isCountry(found.entity.words.join(' '))) break;
    }
    // "The Conservative MP and former minister added: “…”" right after someone's words, with no one so
    // titled: the one who goes on speaking.
    const adds = cues.find(({ cue, passage, sentence }) => {
      const text = masked[passage] ?? '';
      const subject = text.slice(sentences[sentence]?.start ?? cue.at, cue.at);
      const described = cue.ref?.type === 'role' || (cue.ref === null && /^\s*the\s/i.test(subject));
      return described && ADDED.test(text.slice(cue.at));
    });
    if (!found && adds && previous?.entity?.kind === 'person' && previous.passage >= first.passage - 1)
      found = {
        entity: previous.entity,
        rule: 'continuation',
        at: position(adds.passage, adds.cue.at),
        sentence: adds.sentence,
        aside: false,
      };
    let entity: Entity | null = found?.entity ?? null;
    let rule: AttributionRule = found?.rule ?? 'unknown';
    let confidence = found ? RULE_CONFIDENCE[found.rule] : 0;
    if (found && !found.aside)
      table.note(found.sentence, found.entity, found.at, {
        subject: false,
        speaker: true,
        trailing: found.at > position(first.passage, Math.max(0, first.open)),
      });
    // A new paragraph whose narration puts someone forward before the quotation ("Leavitt
    // reinforced this stance. “…”") quotes that one, not the speaker of the paragraph before.
    // Words run into a sentence of their own ("India termed the tariffs “…”") are its subject's,
    // a country or a body as well as a person.
    const opening = sentenceAt(first.passage, Math.max(0, first.open));
    const runInto =
      partial && cues.length === 0 && !before.spoken && previous && previous.passage < first.passage
        ? table.antecedent(undefined, undefined, opening, position(first.passage, Math.max(0, first.open)), opening)
        : null;
    // So does a sentence before it in the same paragraph whose subject answers ("Trump fired back,
    // threatening the company. “…”"): the answer is the one quoted, not the speaker quoted before.
    const answering = sentences[opening - 1];
    const answered =
      cues.length === 0 &&
      !before.spoken &&
      previous?.passage === first.passage &&
      previous.sentence < opening - 1 &&
      answering?.passage === first.passage &&
      ANSWERING.test(masked[first.passage]?.slice(answering.start, answering.end) ?? '')
        ? table.antecedent('person', undefined, opening, position(first.passage, Math.max(0, first.open)), opening - 1)
        : null;
    // A sentence of narration that ends in a colon before the words ("Ishiba was more cautious: “…”",
    // "Lula struck a different tone: “…”") hands them to whom it puts forward, not to the speaker
    // quoted before it.
    const colonIntroduced =
      cues.length === 0 && !before.spoken && prefix.endsWith(':')
        ? table.antecedent(undefined, undefined, opening, position(first.passage, Math.max(0, first.open)), opening)
        : null;
    const introduced =
      runInto ??
      answered ??
      colonIntroduced ??
      (cues.length === 0 && !before.spoken && previous && previous.passage < first.passage
        ? table.antecedent(
            'person',
            undefined,
            sentenceAt(first.passage, Math.max(0, first.open)),
            position(first.passage, Math.max(0, first.open)),
            firstSentenceOf(first.passage),
          )
        : null);
    if (introduced) {
      entity = introduced;
      rule = 'context';
      confidence = RULE_CONFIDENCE.context;
    } else if (
      cues.length === 0 &&
      !before.spoken &&
      previous &&
      previous.passage >= first.passage - 1 &&
      previous.entity
    ) {
      // No cue of its own: the quotation goes on from the one before it.
      entity = previous.entity;
      rule = 'continuation';
      confidence = Math.min(RULE_CONFIDENCE.continuation, previous.confidence);
    } else if (cues.length === 0 && !before.spoken && !entity && previous?.passage !== first.passage) {
      // No cue and no quotation before it in its paragraph (one after an unnamed speaker's goes on
      // with that speaker, unknown: `“…,” a person close to the talks told Reuters. “…”` is not the
      // agency's): news quotes the one its narration puts forward, in the quotation's own sentence
      // for words run into it ("Beijing vowed to “fight to the end”"), else in this paragraph or the
      // one before ("Lutnik defended the deal. “It is a good deal.”").
      const at = position(first.passage, Math.max(0, first.open));
      const sentence = sentenceAt(first.passage, Math.max(0, first.open));
      const earliest = partial ? sentence : Math.max(0, firstSentenceOf(first.passage - 1));
      entity = table.antecedent(undefined, undefined, sentence, at, earliest);
      // Words in the first person singular ("I expect …") are a person's, never a country's or a body's.
      if (entity?.kind === 'organisation' && FIRST_PERSON.test(text)) entity = null;
      rule = entity ? 'context' : 'unknown';
      confidence = entity ? RULE_CONFIDENCE.context : 0;
      // Nobody put forward: a paragraph of quotation alone goes on with the last speaker quoted a
      // little before it, past a line of narration between them.
      if (!entity && !partial && previous?.entity && previous.passage > first.passage - ANTECEDENT_PARAGRAPHS) {
        entity = previous.entity;
        rule = 'continuation';
        confidence = Math.min(RULE_CONFIDENCE.continuation, previous.confidence);
      }
    }
    // Words cut off by the end of the text: shown when someone can be found to say them, and, unless
    // a cue names the speaker, when enough of them are left to say something ("The two si" is not).
    const cutOff = last.passage === passages.length - 1 && last.close >= (passages[last.passage]?.text.length ?? 0);
    if (cutOff && (!entity || (cues.length === 0 && words.length < MIN_CUT_OFF_WORDS))) return;
    previous = { passage: last.passage, sentence: closeSentenceIndex, entity, confidence };
    // A speaker found without a cue is put forward as one found by a cue is: "He …" after a run of
    // bare quotation paragraphs means their speaker.
    if (entity && !found) {
      const open = Math.max(0, first.open);
      table.note(sentenceAt(first.passage, open), entity, position(first.passage, open), {
        subject: false,
        speaker: true,
      });
    }
    if (entity && !speakers.includes(entity)) speakers.push(entity);
    quotes.push({
      text,
      partial,
      paragraph: passages[first.passage]?.paragraph ?? first.passage + 1,
      lastParagraph: passages[last.passage]?.paragraph ?? last.passage + 1,
      speaker: entity ? speakers.indexOf(entity) : null,
      rule,
      confidence,
    });
  }

  /** Whether a name puts its entity forward for the pronouns and bare quotations after it. */
  function putsForward(mention: Mention, entity: Entity, index: number): boolean {
    const sentence = sentences[index];
    const text = masked[sentence?.passage ?? 0] ?? '';
    const start = sentence?.start ?? 0;
    // The subject of a clause a speech verb reports ("He maintained New Zealand had …", "said that
    // China would …"), with its verb after it: the one who speaks is put forward, not who is spoken
    // of ("asked Mark Carney about …" puts Carney forward).
    const words = sentenceWords[index] ?? [];
    const before = words.filter((t) => t.end <= mention.start);
    const [previousWord, last] = before.slice(-2);
    const next = words.find((t) => t.start >= mention.end);
    const speech = (t?: Token) => t !== undefined && !t.capitalised && SPEECH_VERBS.has(t.lower);
    const hasVerb =
      next !== undefined &&
      /^\s+$/.test(text.slice(mention.end, next.start)) &&
      !next.capitalised &&
      !PREPOSITIONS.has(next.lower);
    const reported = hasVerb && (speech(last) || (last?.lower === 'that' && speech(previousWord)));
    // A person whose possession opens the sentence ("Yeo's remarks came after he …") is its topic,
    // put forward as its subject would be.
    const possession = entity.kind === 'person' && /['’]s?$/.test(text.slice(mention.start, mention.end));
    const opens = possession && text.slice(start, mention.start).trim() === '';
    // So is one whose possession an opening adverbial names before a pronoun subject ("During
    // Trump's speech, he singled out …"): the pronoun is that person.
    const [opening, ...more] = before;
    const pronounAfter =
      possession &&
      opening !== undefined &&
      more.length === 0 &&
      PREPOSITIONS.has(opening.lower) &&
      /^[^,]{1,60},\s+(?:he|she)\b/u.test(text.slice(mention.end, sentence?.end));
    return (mention.subject && !reported) || opens || pronounAfter;
  }

  for (const event of events) {
    if ('span' in event) {
      attribute(event.span);
    } else if ('label' in event) {
      const { entity } = table.name(event.label, event.at);
      table.note(firstSentenceOf(event.passage), entity, event.at, { subject: true, speaker: true });
      previous = {
        passage: event.passage,
        sentence: firstSentenceOf(event.passage),
        entity,
        confidence: RULE_CONFIDENCE.continuation,
      };
    } else if ('report' in event) {
      const { cue, sentence, passage } = event.report;
      const { entity } = resolve(cue.ref, event.at, sentence, passage);
      if (entity) table.note(sentence, entity, event.at, { subject: true, speaker: true });
      const said = sentences[sentence];
      if (entity && said && OWNED_SPOKESPERSON.test((masked[passage] ?? '').slice(said.start, said.end)))
        spokenForBodies.push({ entity, at: event.at });
    } else {
      const { entity } = table.name(event.mention.ref, event.at);
      const passage = sentences[event.sentence]?.passage ?? 0;
      table.note(event.sentence, entity, event.at, {
        subject: putsForward(event.mention, entity, event.sentence),
        speaker: false,
      });
      const before = (masked[passage] ?? '').slice(Math.max(0, event.mention.start - 40), event.mention.start);
      if (entity.kind === 'organisation' && SPOKESPERSON_FOR.test(before))
        spokenForBodies.push({ entity, at: event.at });
    }
  }
  fromQuotedAgain(quotes);
  const quoted = speakers.filter((_, i) => quotes.some((q) => q.speaker === i));
  for (const q of quotes) if (q.speaker !== null) q.speaker = quoted.indexOf(speakers[q.speaker] as Entity);
  return {
    speakers: quoted.map((e) => ({
      kind: e.described ? 'unnamed' : e.kind,
      name: e.words,
      forms: e.forms,
      titles: e.titles,
    })),
    quotes,
    people: table.fullNames(),
  };
}

/** Rules by which a cue in the text named the speaker. */
const CUED_RULES = new Set<AttributionRule>(['name', 'organisation', 'surname', 'role', 'pronoun']);
/** At least this many words in a pull quote matched to the quotation it repeats. */
const MIN_PULL_QUOTE_WORDS = 4;
const foldedText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A pull quote: words a page repeats on a line of their own with no cue (“We will always protect
 * European businesses”) are said by whom the article names where it quotes them in its text.
 */
function fromQuotedAgain(quotes: ArticleQuote[]): void {
  for (const quote of quotes) {
    const words = foldedText(quote.text);
    if (CUED_RULES.has(quote.rule) || words.split(' ').length < MIN_PULL_QUOTE_WORDS) continue;
    const source = quotes.find(
      (q) => q !== quote && q.speaker !== null && CUED_RULES.has(q.rule) && foldedText(q.text).includes(words),
    );
    if (source) Object.assign(quote, { speaker: source.speaker, rule: source.rule, confidence: source.confidence });
  }
}
