import type { Passage } from '../corpus/article.ts';
import { CLOSING_MARKS, OPENING_MARKS, SPEECH_VERBS, STRAIGHT_MARK } from './vocabulary.ts';
import { PRONOUN_OPENS_SENTENCE } from '../text/sentences.ts';

/**
 * Quotation spans of an article, found from their marks. A paragraph that opens a quotation and
 * does not close it continues into the next paragraph when that one opens with a mark (the news
 * convention), or when the next mark it has is a closing one. A paragraph whose first mark closes a
 * quotation that a reporting clause then attributes (`…,” said Champagne.`) opened it without a mark.
 */

/** The piece of a quotation inside one paragraph. */
export interface QuotePart {
  /** Index of the passage in the article. */
  passage: number;
  /** Offset of the opening mark, or -1 when the part has none: it continues the previous paragraph's, or the page left it out. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quotation runs on past it. */
  close: number;
}

export interface QuoteSpan {
  parts: QuotePart[];
}

type MarkRole = 'open' | 'close' | 'either';

const ALL_MARKS = new RegExp(`[${OPENING_MARKS}${CLOSING_MARKS}${STRAIGHT_MARK}]`, 'g');
const BEFORE_OPENING = /[\s([{—–\-/]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–\-…]/;

/** What the characters around a mark say it is; the shape of a curly mark wins unless they contradict it. */
function markRole(text: string, at: number): MarkRole {
  const before = text[at - 1];
  const after = text[at + 1];
  const opens = before === undefined || BEFORE_OPENING.test(before);
  const closes = after === undefined || AFTER_CLOSING.test(after);
  const mark = text[at] ?? '';
  const byContext: MarkRole = opens === closes ? 'either' : opens ? 'open' : 'close';
  if (OPENING_MARKS.includes(mark)) return byContext === 'close' ? 'close' : 'open';
  if (CLOSING_MARKS.includes(mark)) return byContext === 'open' ? 'open' : 'close';
  return byContext;
}

/**
 * A closing mark the page left out: at an opening curly mark inside an open quotation, or at the
 * end of its paragraph, the words end in `…, the ministry said in a statement.` (a comma, a
 * reporting clause and the end of a sentence). Returns where the quotation ends (the comma), or -1.
 */
function missingClose(text: string, part: QuotePart, at: number): number {
  if (part.open < 0) return -1;
  const inside = text.slice(part.open + 1, at);
  const clause = /,\s+([^,.;:!?]{1,80})[.!?]\s*$/u.exec(inside);
  if (!clause?.[1]) return -1;
  const words = clause[1].toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => SPEECH_VERBS.has(w)) ? part.open + 1 + clause.index + 1 : -1;
}

/**
 * An opening curly mark inside an open quotation that starts a sentence (`… act together. “They
 * were …`): nested quotations take single marks or run on mid-sentence, so this is the next
 * paragraph's opening mark on a page that ran the paragraphs together, and the quotation before it
 * was left open by the news convention for one that goes on.
 */
function joinedParagraphs(text: string, at: number): boolean {
  return /[.!?]\s+$/u.test(text.slice(0, at)) && /^\p{Lu}/u.test(text.slice(at + 1));
}

/** The most words a reporting clause after a quotation has (`," von der Leyen continued.`). */
const MAX_CLAUSE_WORDS = 6;

/**
 * An opening mark the page left out: the paragraph's first mark closes words that end in a comma
 * (or "?", "!") and a short reporting clause follows it to the end of its sentence (`…, secure,” said
 * Champagne.`). The quotation then opens where the paragraph does.
 */
function missingOpen(text: string, at: number): boolean {
  if (!/\p{L}.*[,?!]$/u.test(text.slice(0, at).trim())) return false;
  const clause = /^\s+([^,.;:!?"“”]+)[.,]/u.exec(text.slice(at + 1));
  const words =
    clause?.[1]
      ?.toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter(Boolean) ?? [];
  return words.length <= MAX_CLAUSE_WORDS && words.some((w) => SPEECH_VERBS.has(w));
}

/**
 * A curly mark typed twice (`““Australia bans …`, `…”” he said`): one mark. An opening one opens at
 * the second, a closing one closes at the first.
 */
function doubledMark(text: string, at: number): boolean {
  const mark = text[at] ?? '';
  if (OPENING_MARKS.includes(mark)) return text[at + 1] === mark;
  return CLOSING_MARKS.includes(mark) && text[at - 1] === mark;
}

/** Every quotation of an article, in reading order. */
export function findQuoteSpans(passages: readonly Passage[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: QuoteSpan | null = null;
  passages.forEach((passage, index) => {
    const { text } = passage;
    const marks = Array.from(text.matchAll(ALL_MARKS), (m) => m.index).filter((at) => !doubledMark(text, at));
    let next = 0;
    if (open) {
      const first = marks[0];
      const role = first === undefined ? undefined : markRole(text, first);
      if (first !== undefined && first === text.search(/\S/) && role !== 'close') {
        open.parts.push({ passage: index, open: first, close: text.length });
        next = 1;
      } else if (first !== undefined && role === 'close') {
        open.parts.push({ passage: index, open: -1, close: first });
        open = null;
        next = 1;
      } else {
        open = null;
      }
    }
    let nested = 0;
    for (const at of marks.slice(next)) {
      const role = markRole(text, at);
      if (open) {
        const last = open.parts[open.parts.length - 1];
        const unclosed = role === 'open' && last !== undefined && OPENING_MARKS.includes(text[at] ?? '');
        const clause = unclosed ? missingClose(text, last, at) : -1;
        const missing =
          clause < 0 && unclosed && nested === 0 && joinedParagraphs(text, at)
            ? text.slice(0, at).trimEnd().length
            : clause;
        if (missing >= 0 && last) {
          last.close = missing;
          open = { parts: [{ passage: index, open: at, close: text.length }] };
          spans.push(open);
          continue;
        }
        // Marks inside a quotation quote someone or name something in it (`"… so-called "reciprocal
        // tariffs" on China …"`): the closing mark that answers an inner opening one ends only that.
        if (role === 'open') {
          nested++;
          continue;
        }
        if (nested > 0) {
          nested--;
          continue;
        }
        if (last) last.close = at;
        open = null;
      } else if (role !== 'close') {
        open = { parts: [{ passage: index, open: at, close: text.length }] };
        spans.push(open);
      } else if (next === 0 && at === marks[0] && missingOpen(text, at)) {
        spans.push({ parts: [{ passage: index, open: -1, close: at }] });
      }
    }
    const last = open?.parts[open.parts.length - 1];
    const missing = last?.passage === index ? missingClose(text, last, text.length) : -1;
    if (last && missing >= 0) {
      last.close = missing;
      open = null;
    }
  });
  return spans;
}

/** The words inside the marks of one part. */
export function partText(passages: readonly Passage[], part: QuotePart): string {
  return (passages[part.passage]?.text ?? '').slice(part.open + 1, part.close);
}

/** Stands in for quoted text, so that rules reading the narration never see the speaker's words. */
export const MASK = '\uE000';

/** Each passage's text with its quotations (marks included) replaced by `MASK`, offsets unchanged. */
export function maskQuotations(passages: readonly Passage[], spans: readonly QuoteSpan[]): string[] {
  const parts = spans.flatMap((s) => s.parts);
  return passages.map((passage, index) => {
    const { text } = passage;
    let masked = '';
    let at = 0;
    for (const part of parts) {
      if (part.passage !== index) continue;
      const start = Math.max(0, part.open);
      const end = Math.min(part.close + 1, text.length);
      masked += text.slice(at, start) + MASK.repeat(end - start);
      at = end;
    }
    return masked + text.slice(at);
  });
}

/** A sentence of a passage as attribution reads it: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Initials ("S.C. Ralhan") and dotted abbreviations ("U.S.", "Mr.", the "Ste." of "Sault Ste. Marie") do not end sentences before a name or a quotation, only before a pronoun's sentence ("in the U.S. He said"). */
const ENDS_IN_INITIALS = /(?:^|[\s(])(?:\p{Lu}\.){2,}$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Ste|Mt|Ft|Gov|Sen|Rep|Gen)\.$/u;
/** A sentence that ends before an opening quotation mark ("… he wrote in a post on X. “American families …”"). */
const END_BEFORE_QUOTE = /[.!?]\s+(?=["“«])/g;

/**
 * Sentences that never break inside a quotation, nor between a quotation ending in "?", "!" or ","
 * and its attribution ("“Why now?” asked Cutler."), nor before a lower-case word, nor after
 * initials; and that do break before a quotation opening a new sentence.
 */
export function narrationSentences(passage: Passage, masked: string): Span[] {
  const { text } = passage;
  const candidates = new Set(passage.sentences.map((s) => s.start));
  for (const m of text.matchAll(END_BEFORE_QUOTE)) candidates.add(m.index + m[0].length);
  const starts = [0];
  for (const start of [...candidates].sort((a, b) => a - b)) {
    if (start === 0) continue;
    const inQuote = masked[start] === MASK && masked[start - 1] === MASK;
    const lowerNext = /^\p{Ll}/u.test(text.slice(start));
    const before = text.slice(0, start).trimEnd();
    const afterQuestion = /[?!,…]["”»]$/.test(before);
    const initials = ENDS_IN_INITIALS.test(before) && !PRONOUN_OPENS_SENTENCE.test(text.slice(start));
    if (!inQuote && !lowerNext && !afterQuestion && !initials) starts.push(start);
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}
