import { distance } from 'fastest-levenshtein';

/** Words shorter than this are left as typed: a short word has too many neighbours one edit away. */
const MIN_LENGTH = 5;
/** Edits allowed, as a share of the word's length (at least one). */
const MAX_EDIT_SHARE = 0.2;

/**
 * Corrects a misspelt query term to the index term it most likely meant: the nearest by edit
 * distance among the terms that start with the same two letters (typos rarely hit the start of a
 * word), the more common one on a tie. Done once, before searching, it replaces MiniSearch's fuzzy
 * expansion, which on a large corpus spreads a typo over every term near it and scores them all.
 */
export function spellingCorrector(passagesWith: ReadonlyMap<string, number>): (term: string) => string | undefined {
  const byStart = new Map<string, string[]>();
  for (const term of passagesWith.keys()) {
    const start = term.slice(0, 2);
    const bucket = byStart.get(start);
    if (bucket) bucket.push(term);
    else byStart.set(start, [term]);
  }
  return (term) => {
    if (term.length < MIN_LENGTH || passagesWith.has(term)) return undefined;
    const allowed = Math.max(1, Math.floor(term.length * MAX_EDIT_SHARE));
    let best: { term: string; edits: number; passages: number } | undefined;
    for (const candidate of byStart.get(term.slice(0, 2)) ?? []) {
      if (Math.abs(candidate.length - term.length) > allowed) continue;
      const edits = distance(term, candidate);
      const passages = passagesWith.get(candidate) ?? 0;
      if (edits <= allowed && (!best || edits < best.edits || (edits === best.edits && passages > best.passages)))
        best = { term: candidate, edits, passages };
    }
    return best?.term;
  };
}
