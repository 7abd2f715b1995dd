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
 * Paragraphs of raw text as an operator pastes it. Text copied from a web page puts each
 * paragraph (and each headline) on a line of its own, often with no blank line between them:
 * where a block has a line longer than any hand wrap, each of its lines is a paragraph, so a
 * headline line is never run into the sentence after it. Text wrapped by hand is folded as usual.
 */
export function splitRawParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .flatMap((block) => {
      const lines = block.split(/\r?\n/);
      return lines.some((line) => line.trim().length > WRAP_WIDTH) ? lines : [block];
    })
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
