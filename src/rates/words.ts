/** Regular expressions over the word tables of `cues.ts` and `party-cues.ts`. */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word alternation of `words` (longest first; a space matches any run of white space). */
export function wordsSource(words: readonly string[]): string {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+'));
  return `(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`;
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
