import { phraseAlternation } from '../text/patterns.ts';
/** Regular expressions over the word tables of `cues.ts` and `party-cues.ts`. */

/** A whole-word alternation of `words` (longest first; a space matches any run of white space). */
export function wordsSource(words: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}'’-])(?:${phraseAlternation(words)})(?![\\p{L}\\p{N}-])`;
}

/** Matches any of `words` anywhere. */
export function anyWord(words: readonly string[]): RegExp {
  return new RegExp(wordsSource(words), 'u');
}

/** Matches any of `words` at the very end of a text (trailing white space allowed). */
export function endsWithWord(words: readonly string[]): RegExp {
  return new RegExp(`${wordsSource(words)}\\s*$`, 'u');
}

/** Matches any of `words` at the very start of a text (leading white space allowed). */
export function startsWithWord(words: readonly string[]): RegExp {
  return new RegExp(`^\\s*${wordsSource(words)}`, 'u');
}
