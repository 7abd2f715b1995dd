import { separateGluedDateline } from './glued-dateline.ts';

/** Splits text into paragraphs at blank lines, folding each paragraph's lines and spaces into one line. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** No text wrapped by hand runs past this many characters a line. */
const WRAP_WIDTH = 100;

/**
 * Whether a line break inside a block of short lines is a hand wrap. A wrapped line goes on in
 * lower case (a new paragraph opens with a capital, or a quotation mark and one), or stops only
 * because its next word would not fit: its length, a space and that word pass the block's widest
 * line. A short line before a capitalised one that would have fitted (a photo caption, "5172
 * views", a byline over the text) ends a paragraph of its own; so does one before a list's item,
 * which opens with its marker rather than a capital.
 */
function wrapsInto(line: string, next: string, width: number): boolean {
  if (LIST_MARKER.test(next)) return false;
  const word = next.split(' ')[0] ?? '';
  return !/^[“"‘']?\p{Lu}/u.test(next) || line.length + 1 + word.length > width;
}

/**
 * A line opening as an item of a list ("• 25%: Japan", "- Laos", "3. Cambodia"), or as a row of a
 * ranked table whose cells lost their spaces in copying ("1India50%"): a line of its own, never a wrap.
 */
const LIST_MARKER = /^(?:[•·▪◦‣*]|[-–]\s|\d{1,2}[.)]\s|\d{1,2}(?=\p{Lu}\p{Ll}))/u;

/** The paragraphs of one block (text between blank lines). */
function blockParagraphs(block: string): string[] {
  const lines = block
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const width = Math.max(0, ...lines.map((line) => line.length));
  // A line longer than any hand wrap: text copied from a web page, one paragraph a line.
  if (width > WRAP_WIDTH) return lines;
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous !== undefined && wrapsInto(previous, line, width)) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else paragraphs.push(line);
  });
  return paragraphs;
}

/**
 * Paragraphs of raw text as an operator pastes it. Text copied from a web page puts each
 * paragraph (and each headline or caption) on a line of its own, often with no blank line
 * between them, so a headline is never run into the sentence after it; text wrapped by hand is
 * folded into its paragraphs.
 */
export function splitRawParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .flatMap(blockParagraphs)
    .flatMap(splitGlued)
    .map(separateGluedDateline);
}

/**
 * A sentence's end run into the next sentence's capital with no space ("on Friday.Speaking at",
 * "in force.“Once the", "(February 6).A formal"): a page whose paragraph breaks were lost in
 * copying. A writer always puts a space there, so each such seam is a paragraph break. An
 * abbreviation's capitals ("U.S.Trade") and a single letter ("Ph.D") are not seams.
 */
const GLUED_BREAK = /(?<=[\p{Ll}\d)%]["”’]?[.?!][”’]?)(?=\p{Lu}\p{Ll}|[AI] |[“"]\p{Lu})/gu;

/**
 * `paragraph` cut at its seams. A straight mark at a seam opens the next sentence's quotation
 * ('affairs."It is our duty') unless it closes one the paragraph opened ('he said "no."Talks went').
 */
function splitGlued(paragraph: string): string[] {
  const cuts = [...paragraph.matchAll(GLUED_BREAK)].map(({ index }) =>
    paragraph[index] === '"' && (paragraph.slice(0, index).match(/"/g)?.length ?? 0) % 2 === 1 ? index + 1 : index,
  );
  return [0, ...cuts].map((start, i) => paragraph.slice(start, cuts[i] ?? paragraph.length));
}
