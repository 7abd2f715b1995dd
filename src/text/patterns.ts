/** Building blocks for regular expressions over word tables kept as data. */

/** `text` with every character that means something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation source of `phrases`: longest first (so "ran out" beats "ran" and "United States
 * of America" beats "United States"), escaped, and a space matching any run of white space.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}
