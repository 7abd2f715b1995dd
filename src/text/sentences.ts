import type { SentenceSpan } from '../corpus/article.ts';

/**
 * Sentence boundaries from ICU's sentence segmenter (built into Node as `Intl.Segmenter`), which
 * handles quotation marks well. ICU's English abbreviation suppressions are not exposed by V8, so
 * a break right after a known abbreviation ("U.S.", "Mr.", "a.m.") is undone here.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that also end sentences ("… a 15 percent tariff from the U.S. That marks …"). */
const SENTENCE_FINAL = new Set([
  'u.s.',
  'u.k.',
  'u.n.',
  'e.u.',
  'd.c.',
  'a.m.',
  'p.m.',
  'inc.',
  'corp.',
  'co.',
  'ltd.',
  'etc.',
]);
/** Words that end with a period without ending a sentence (compared in lower case): those above, and titles, months and the like. */
const ABBREVIATIONS = new Set([
  ...SENTENCE_FINAL,
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'lt.',
  'col.',
  'st.',
  'jr.',
  'sr.',
  'no.',
  'vs.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
  'e.g.',
  'i.e.',
  'incl.',
]);

/** Words that open a sentence and never follow such an abbreviation inside one ("U.S. That", not "U.S. President"). */
const OPENING_WORD = String.raw`(?:The|That|This|These|Those|It|Its|He|She|They|We|I|There|But|And|Yet|However|Meanwhile|Still|In|On|At|If|As|A|An)\b`;
const OPENS_SENTENCE = new RegExp(String.raw`^\s*["“‘']?${OPENING_WORD}`, 'u');

/**
 * A pronoun and a word in lower case ("She added", "He said"): a new sentence even after a single
 * letter and its dot, which is otherwise an initial ("posted on X. She added"; "He Lifeng" is a name).
 */
export const PRONOUN_OPENS_SENTENCE = /^\s*(?:He|She|They|We|It|I)\s+\p{Ll}/u;

/** True when `segment` (trailing space included) ends in an abbreviation or an initial ("J.") that does not end it before `next`. */
function endsInAbbreviation(segment: string, next: string): boolean {
  const last = segment.trimEnd().split(/\s+/).pop() ?? '';
  // "Canada-U.S. Trade Minister": a pair of countries ends in the abbreviation of its second one.
  const word =
    last
      .replace(/^[("“‘'[]+/, '')
      .toLowerCase()
      .split(/[-\u2010\u2011]/)
      .pop() ?? '';
  if (SENTENCE_FINAL.has(word) && OPENS_SENTENCE.test(next)) return false;
  if (/^[a-z]\.$/.test(word)) return !PRONOUN_OPENS_SENTENCE.test(next);
  return ABBREVIATIONS.has(word);
}

/**
 * A full stop with no space after it, between a word in lower case and a capitalised one
 * ("… the economy.The deal …"): two sentences a page glued together. A capitalised word before the
 * stop ("News.Az", "U.S.The") is left as it is, unless a word that opens sentences follows
 * ("… particularly from China.As per …").
 */
const GLUED = new RegExp(
  String.raw`(?<![\p{L}.])(?:\p{Ll}{2,}\.(?=\p{Lu}\p{Ll})|\p{Lu}\p{Ll}+\.(?=${OPENING_WORD}\s))`,
  'gu',
);

/** Splits `text` into sentence spans; trailing white space is left out of each span. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = -1;
  const push = (from: number, to: number) => {
    for (const glued of text.slice(from, to).matchAll(GLUED)) {
      const cut = from + glued.index + glued[0].length;
      spans.push({ start: from, end: cut });
      from = cut;
    }
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const { segment, index } of segmenter.segment(text)) {
    if (start < 0) start = index;
    const end = index + segment.length;
    if (end < text.length && endsInAbbreviation(segment, text.slice(end, end + 12))) continue;
    push(start, start + text.slice(start, end).trimEnd().length);
    start = -1;
  }
  return spans;
}
