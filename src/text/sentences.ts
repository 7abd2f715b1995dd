import type { SentenceSpan } from '../corpus/article.ts';

/**
 * Sentence boundaries from ICU's sentence segmenter (built into Node as `Intl.Segmenter`), which
 * handles quotation marks well. ICU's English abbreviation suppressions are not exposed by V8, so
 * a break right after a known abbreviation ("U.S.", "Mr.", "a.m.") is undone here.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words that end with a period without ending a sentence (compared in lower case). */
const ABBREVIATIONS = new Set([
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
  'etc.',
]);

/** True when `text` (a segment, trailing space included) ends in an abbreviation or an initial ("J."). */
function endsInAbbreviation(segment: string): boolean {
  const last = segment.trimEnd().split(/\s+/).pop() ?? '';
  const word = last.replace(/^[("“‘'[]+/, '').toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]\.$/.test(word);
}

/** Splits `text` into sentence spans; trailing white space is left out of each span. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = -1;
  for (const { segment, index } of segmenter.segment(text)) {
    if (start < 0) start = index;
    const end = index + segment.length;
    if (end < text.length && endsInAbbreviation(segment)) continue;
    const trimmedEnd = start + text.slice(start, end).trimEnd().length;
    if (trimmedEnd > start) spans.push({ start, end: trimmedEnd });
    start = -1;
  }
  return spans;
}
