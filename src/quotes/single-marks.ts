import type { Passage } from '../corpus/article.ts';

/** Any double quotation mark: a paragraph that has one marks its quotations with them. */
const DOUBLE_MARK = /[“”"«»„]/u;

/** A paragraph of sentences ends one; a headline does not, and headlines take single marks by convention. */
const SENTENCE_END = /[.!?]['’)]?\s*$/u;

/** `passage` with its text rewritten: the same passage where the rewrite changed nothing. */
const withText = (passage: Passage, text: string): Passage => (text === passage.text ? passage : { ...passage, text });

/**
 * A quotation in single marks: the opening mark starts the paragraph or follows a space, colon,
 * bracket or dash and comes before a letter; the closing mark comes after the words end a clause or
 * sentence (, . ! ?) and before a space or the end. Apostrophes inside words ("That's") may come
 * between; one after a plural ("workers' pay") ends no clause and leaves the words alone.
 */
const SINGLE_QUOTATION = /(^|[\s(:—–-])['‘]((?=\p{L})[^'‘’]*?(?:['’]\p{L}[^'‘’]*?)*[,.!?])['’](?=\s|$)/gu;

/**
 * Some wire copy, as many sites reprint it, marks its quotations with single marks ('We will review
 * our response,' Carney said.). In a paragraph of sentences with no double mark, such a pair is read
 * as double marks; each mark is replaced by one character, so offsets into the text hold. A headline
 * echoing the story's quotation in single marks ("Lindovia is 'going to pay 19%,' Fortin said") stays
 * as it is.
 */
export function singleMarksAsDouble(passage: Passage): Passage {
  if (DOUBLE_MARK.test(passage.text) || !SENTENCE_END.test(passage.text)) return passage;
  return withText(
    passage,
    passage.text.replace(SINGLE_QUOTATION, (_, before: string, words: string) => `${before}“${words}”`),
  );
}

/** Two apostrophes typed for a closing double mark, after the words and before a space or the end (`…,'' she said`). */
const APOSTROPHES_CLOSING = /(?<=[\p{L}\p{N},.!?])''(?=\s|$)/gu;

/**
 * Some pages type a closing double mark as two apostrophes (`“We will not accept it,'' Soto said.`),
 * which no quotation ends on otherwise: read as one closing mark and a space, so offsets hold.
 */
export function apostrophesAsDouble(passage: Passage): Passage {
  return withText(passage, passage.text.replace(APOSTROPHES_CLOSING, '” '));
}
