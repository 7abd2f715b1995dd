import { parsePart } from './phrases.ts';
import type { NameRef } from './speaker-ref.ts';
import { tokenize } from './tokens.ts';
import { CLAUSE_WORDS, ORGANISATION_CONNECTORS, PREPOSITIONS, TITLES } from './vocabulary.ts';

/**
 * A line that names who speaks in the paragraph after it: in capitals, as wire "QUOTES" and factbox
 * pieces write it ("UNITED AUTO WORKERS UNION PRESIDENT SHAWN FAIN", "CHUCK CARLSON, CHIEF
 * EXECUTIVE OFFICER, HORIZON INVESTMENT SERVICES", "NATIONAL RETAIL FEDERATION STATEMENT"), or a
 * subheading on someone's words ("Fain's response to the tariffs"); or a signature line under the
 * quotation paragraph it signs, as testimonial lists and pull quotes write it ("— Jane Roe, owner,
 * Roe Bakery, Dayton, Ohio").
 */

/** Nouns for someone's words that a subheading puts after their name ("Fain's response to …"). */
const WORDS_NOUNS = new Set(['response', 'reaction', 'statement', 'remarks', 'comments', 'message', 'reply', 'answer']);
/** At most this many words in a subheading. */
const MAX_HEADING_WORDS = 12;

/**
 * "Fain's response to tariffs on foreign-made cars", "Statement from the Harlow Farmers Union": the
 * one whose words the subheading announces.
 */
function headingSpeaker(text: string): NameRef | null {
  const tokens = tokenize(text);
  if (tokens.length > MAX_HEADING_WORDS || /[.!?:]$/.test(text)) return null;
  if (WORDS_NOUNS.has(tokens[0]?.lower ?? '') && ['from', 'by'].includes(tokens[1]?.lower ?? '')) {
    const ref = parsePart(tokens.slice(2), text, false);
    return ref?.type === 'name' && ref.words.length > 0 ? ref : null;
  }
  const owner = tokens.findIndex((t) => t.possessive);
  if (owner < 0 || !WORDS_NOUNS.has(tokens[owner + 1]?.lower ?? '')) return null;
  const ref = parsePart(tokens.slice(0, owner + 1), text, true);
  return ref?.type === 'name' ? ref : null;
}

/** At most this many words in a label; a longer line in capitals is a shouted sentence. */
const MAX_LABEL_WORDS = 25;
/** Letters at most in a word kept in capitals (an acronym: "VP", "CEO", "UK'S"). */
const MAX_ACRONYM_LETTERS = 3;

/** The word as a name would be written: "SHAWN" → "Shawn", "OF" → "of", "CEO" and "U.S." kept. */
function nameCase(word: string): string {
  const lower = word.toLowerCase();
  if (ORGANISATION_CONNECTORS.has(lower) || PREPOSITIONS.has(lower) || CLAUSE_WORDS.has(lower)) return lower;
  if (word.includes('.') || word.replace(/['’]S$/, '').length <= MAX_ACRONYM_LETTERS)
    return word.replace(/['’]S$/, "'s");
  return word.charAt(0) + lower.slice(1);
}

/**
 * The speaker a label line names: the last person named after a title (the one who speaks for a
 * body: "…, VP TIFFANY SMITH"), else a name that is the whole of the line's first part ("CHUCK
 * CARLSON, CHIEF EXECUTIVE OFFICER, …"); for a line not in capitals, the one a subheading names
 * with their words. Null when the line names no one so.
 */
export function speakerLabel(line: string): NameRef | null {
  const whole = line.trim();
  if (/\p{Ll}/u.test(whole)) return headingSpeaker(whole);
  // "LINDOVIAN EXPORTERS ASSOCIATION STATEMENT": the words' noun after the name is not part of it.
  const text = whole.replace(/\s+(\p{L}+)$/u, (end, word: string) => (WORDS_NOUNS.has(word.toLowerCase()) ? '' : end));
  const words = tokenize(text);
  if (words.length < 2 || words.length > MAX_LABEL_WORDS || /[“”"\d]/.test(text)) return null;
  const cased = text.replace(/[\p{L}\p{N}.'’&-]+/gu, nameCase);
  let from = 0;
  const parts = cased.split(',').map((part) => {
    const tokens = tokenize(cased, from, from + part.length);
    from += part.length + 1;
    return tokens;
  });
  // "UNITED AUTO WORKERS UNION PRESIDENT SHAWN FAIN": the title that ends the description, and the name.
  const titled = parts.flatMap((tokens) => {
    const title = tokens.findLastIndex((t) => TITLES.has(t.lower));
    const ref = title >= 0 && title < tokens.length - 1 ? parsePart(tokens.slice(title), cased, false) : null;
    // The name ends the part: "TRADE CHIEF SLAPS DUTIES ON CARS" is a headline, not a label.
    const whole = ref?.type === 'name' && ref.words.length === tokens.length - title - 1;
    return whole && ref.kind === 'person' ? [ref] : [];
  });
  if (titled.length > 0) return titled[titled.length - 1] ?? null;
  const [first = []] = parts;
  const ref = parsePart(first, cased, true);
  return ref?.type === 'name' && ref.words.length === first.length ? ref : null;
}

/** At most this many words in the name that opens a signature. */
const MAX_SIGNATURE_NAME_WORDS = 4;

/**
 * The person a signature line names: the whole of its first part is a person's name, the rest (after
 * commas) describes them, and nothing in it is a sentence ("Jane Roe, owner, Roe Bakery",
 * "— Howard Lutnick, Secretary of Commerce"). Null for any other line.
 */
export function signatureSpeaker(line: string): NameRef | null {
  const text = line.trim().replace(/^[—–-]+\s*/u, '');
  if (/[“”"]|[.!?:;]$/.test(text) || tokenize(text).length > MAX_LABEL_WORDS) return null;
  const comma = text.indexOf(',');
  const first = tokenize(text, 0, comma < 0 ? text.length : comma);
  if (first.length < 2 || first.length > MAX_SIGNATURE_NAME_WORDS) return null;
  const ref = parsePart(first, text, true);
  return ref?.type === 'name' && ref.kind === 'person' && ref.words.length === first.length ? ref : null;
}
