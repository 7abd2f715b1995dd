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

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
  /** The length of the longest phrase through this node. */
  longest: number;
}

/**
 * The same matches as `phraseAlternation(phrases)`, as a prefix tree: "United States(?:\s+of\s+America)?|…".
 * An alternation of hundreds of names is tried name by name at every position of a text; the tree
 * fails at the first character that no name continues with. Siblings start with different
 * characters, so at most one branch matches and a greedy optional part gives the longest phrase,
 * as the longest-first alternation does. `ignoreCase` folds the phrases to lower case (for a
 * pattern with the `i` flag).
 */
export function phraseTrie(phrases: readonly string[], { ignoreCase = false } = {}): string {
  const root: TrieNode = { children: new Map(), end: false, longest: 0 };
  for (const phrase of phrases) {
    const units = [...(ignoreCase ? phrase.toLowerCase() : phrase).replace(/\s+/g, ' ')];
    let node = root;
    node.longest = Math.max(node.longest, units.length);
    for (const unit of units) {
      let next = node.children.get(unit);
      if (!next) node.children.set(unit, (next = { children: new Map(), end: false, longest: 0 }));
      next.longest = Math.max(next.longest, units.length);
      node = next;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.children]
      .sort(([, a], [, b]) => b.longest - a.longest)
      .map(([unit, child]) => (unit === ' ' ? '\\s+' : escapeRegExp(unit)) + source(child));
    if (branches.length === 0) return '';
    if (node.end) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  };
  return source(root);
}
