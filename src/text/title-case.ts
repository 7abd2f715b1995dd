import { countryMentions } from '../geo/mentions.ts';

/**
 * Headlines written in Title Case ("China Announces 34% Retaliatory Tariffs on All US Goods"), as
 * sentence case: the rules read verbs and words such as "universal" in lower case, and "Announces"
 * or "Universal" had gone unread (the rate turned into the home country's on China). The first word,
 * country names, acronyms and the names of the offices and laws the rules read stay as written.
 */
const MINOR = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'or', 'as', 'at', 'by', 'from', 'with']);
const KEPT = new Set(['Trump', 'Washington', 'White', 'House', 'President', 'Supreme', 'Court', 'Congress', 'Section']);
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** True for a line most of whose words, past the minor ones, open with a capital. */
function isTitleCase(words: readonly string[]): boolean {
  const major = words.filter((w) => !MINOR.has(w.toLowerCase()));
  const capitals = major.filter((w) => /^\p{Lu}/u.test(w));
  return (
    major.length >= 4 &&
    capitals.length / major.length >= 0.85 &&
    words.some((w) => !MINOR.has(w) && CAPITALISED.test(w))
  );
}

/** `line` in sentence case when it is written in Title Case; otherwise as it is. Same length, same offsets. */
export function sentenceCase(line: string): string {
  const words = [...line.matchAll(WORD)];
  if (!isTitleCase(words.map((w) => w[0]))) return line;
  const countries = countryMentions(line);
  let out = line;
  for (const [i, w] of words.entries()) {
    const start = w.index;
    const word = w[0];
    if (i === 0 || !CAPITALISED.test(word) || KEPT.has(word)) continue;
    if (countries.some((c) => c.start < start + word.length && c.end > start)) continue;
    out = out.slice(0, start) + word[0]!.toLowerCase() + out.slice(start + 1);
  }
  return out;
}
