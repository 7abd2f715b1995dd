/**
 * A page's keyword line, copied with the story: the topics an outlet lists for search engines
 * ("Indian shrimp sector crisis, US tariffs on shrimp exports, shrimp export losses India, $1 billion
 * shrimp loss, …"). Short phrases between commas, no quotation and no closing stop: it names the
 * story's subjects, every one of a question's words at once, and answers nothing. A sentence that
 * lists goods closes with a stop ("steel, aluminum, copper, lumber and cars.").
 */
const MIN_PHRASES = 5;
const MAX_PHRASE_WORDS = 6;
const CLOSING = /[.!?:;'’)\]…]\s*$/u;
const QUOTATION = /["“”]/u;

export function isKeywordLine(text: string): boolean {
  if (CLOSING.test(text) || QUOTATION.test(text)) return false;
  const phrases = text.split(',');
  return (
    phrases.length >= MIN_PHRASES &&
    phrases.every((phrase) => {
      const words = phrase.trim().split(/\s+/).filter(Boolean).length;
      return words >= 1 && words <= MAX_PHRASE_WORDS;
    })
  );
}
