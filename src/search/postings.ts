import type MiniSearch from 'minisearch';

/**
 * What MiniSearch 7 keeps of an index (private fields, read only here; the package's version is
 * part of the index cache key, and the search tests fail if these move). Reading the posting lists
 * lets a search score only what it needs and keep the best few, where `MiniSearch.search` builds a
 * result object for every document that holds a term and sorts them all.
 */
export type TermData = Map<number, Map<number, number>>;

export interface Internals {
  _index: {
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
}

/** MiniSearch's BM25 parameters and the weights of prefix and fuzzy matches (its defaults, which the indexes use). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375, maxFuzzy: 6 };

/** A word of the index a query term stands for, and how much it counts (1 for the term itself). */
export interface Derived {
  term: string;
  weight: number;
  data: TermData;
}

/**
 * The words of `index` a query term matches: itself, and when asked (a word the corpus lacks)
 * the words it begins or is a few edits from, weighted as MiniSearch weighs them.
 */
export function derivedTerms(
  index: MiniSearch<never>,
  term: string,
  fuzzy: number | false,
  prefix: boolean,
): Derived[] {
  const tree = internals(index)._index;
  const exact = tree.get(term);
  const derived: Derived[] = exact ? [{ term, weight: 1, data: exact }] : [];
  const byPrefix = new Set<string>();
  if (prefix)
    for (const [word, data] of tree.atPrefix(term)) {
      const distance = word.length - term.length;
      if (!distance) continue;
      byPrefix.add(word);
      derived.push({ term: word, weight: (WEIGHTS.prefix * word.length) / (word.length + 0.3 * distance), data });
    }
  const maxDistance = fuzzy ? Math.min(WEIGHTS.maxFuzzy, Math.round(term.length * fuzzy)) : 0;
  if (maxDistance)
    for (const [word, [data, distance]] of tree.fuzzyGet(term, maxDistance)) {
      if (!distance || byPrefix.has(word)) continue;
      derived.push({ term: word, weight: (WEIGHTS.fuzzy * word.length) / (word.length + distance), data });
    }
  return derived;
}

/** The documents (by MiniSearch's short id) holding any of the terms in one field, with their BM25 sums. */
export interface FieldScores {
  /** Short id → BM25 sum over the terms, times the field's boost (MiniSearch's score before its quality factor). */
  score: Map<number, number>;
  /** Short id → which terms it holds, one bit per term in the order given. */
  held: Map<number, number>;
  /** Short id → the index's words it matched in place of a query term the corpus lacks (prefix or fuzzy). */
  words: Map<number, string[]>;
}

export const internals = (index: MiniSearch<never>) => index as unknown as Internals;

/** The document id MiniSearch gave the short id. */
export const documentId = (index: MiniSearch<never>, shortId: number): string | undefined =>
  internals(index)._documentIds.get(shortId);

/** The short id MiniSearch gave the document `id`. */
export const shortIdOf = (index: MiniSearch<never>, id: string): number | undefined =>
  internals(index)._idToShortId.get(id);

/** Whether the document `id` of `index` holds `term` in `field`: a look-up, where analysing its text again costs far more. */
export function holds(index: MiniSearch<never>, field: string, term: string, id: string): boolean {
  const ms = internals(index);
  const shortId = ms._idToShortId.get(id);
  return shortId !== undefined && (ms._index.get(term)?.get(ms._fieldIds[field]!)?.has(shortId) ?? false);
}

/** The short ids of the documents of `index` that hold `term` in `field`. */
export function docsHolding(index: MiniSearch<never>, field: string, term: string): Iterable<number> {
  const ms = internals(index);
  return ms._index.get(term)?.get(ms._fieldIds[field]!)?.keys() ?? [];
}

const lengthCaches = new WeakMap<object, { size: number; byField: Int32Array[] }>();

/**
 * Each document's length in a field by short id (-1: none): MiniSearch keeps them in a map of
 * arrays, which every posting scored would look up. Read again when the index has grown.
 */
export function fieldLengths(ms: Internals, fieldId: number): Int32Array {
  let cache = lengthCaches.get(ms);
  if (cache?.size !== ms._fieldLength.size) lengthCaches.set(ms, (cache = { size: ms._fieldLength.size, byField: [] }));
  let lengths = cache.byField[fieldId];
  if (!lengths) {
    let last = 0;
    for (const doc of ms._fieldLength.keys()) last = Math.max(last, doc);
    lengths = cache.byField[fieldId] = new Int32Array(last + 1).fill(-1);
    for (const [doc, byField] of ms._fieldLength) lengths[doc] = byField[fieldId] ?? -1;
  }
  return lengths;
}

/** MiniSearch's BM25 of one posting, in its order of operations, so equal scores stay equal. */
export const bm25 = (weight: number, boost: number, idf: number, tf: number, length: number, avgLength: number) =>
  weight *
  boost *
  (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength))));

/** MiniSearch's inverse document frequency of a term in `n` documents. */
export const idfOf = (ms: Internals, n: number) => Math.log(1 + (ms._documentCount - n + 0.5) / (n + 0.5));

/**
 * Scores the query terms (each with the words it stands for, see `derivedTerms`; at most 31) in
 * `field` exactly as `MiniSearch.search` does, without building a result per document: every
 * document holding a term, or only `docs` when given (looked up, for the few a pruned search keeps).
 */
export function scoreField(
  index: MiniSearch<never>,
  field: string,
  terms: readonly Derived[][],
  boost: number,
  docs?: readonly number[],
): FieldScores {
  const ms = internals(index);
  const fieldId = ms._fieldIds[field]!;
  const avgLength = ms._avgFieldLength[fieldId]!;
  const lengths = fieldLengths(ms, fieldId);
  const score = new Map<number, number>();
  const held = new Map<number, number>();
  const words = new Map<number, string[]>();
  const add = (doc: number, i: number, term: string, weight: number, idf: number, tf: number) => {
    const length = lengths[doc] ?? -1;
    if (length < 0) return; // a removed document (we never remove; MiniSearch cleans lazily)
    score.set(doc, (score.get(doc) ?? 0) + bm25(weight, boost, idf, tf, length, avgLength));
    held.set(doc, (held.get(doc) ?? 0) | (1 << i));
    if (weight !== 1) words.set(doc, [...(words.get(doc) ?? []), term]);
  };
  terms.forEach((derived, i) => {
    for (const { term, weight, data } of derived) {
      const postings = data.get(fieldId);
      if (!postings) continue;
      const idf = idfOf(ms, postings.size);
      if (docs)
        for (const doc of docs) {
          const tf = postings.get(doc);
          if (tf !== undefined) add(doc, i, term, weight, idf, tf);
        }
      else for (const [doc, tf] of postings) add(doc, i, term, weight, idf, tf);
    }
  });
  return { score, held, words };
}

/** The terms whose bits are set in `mask`. */
export const termsHeld = (terms: readonly string[], mask: number): string[] => terms.filter((_, i) => mask & (1 << i));

/** Number of bits set. */
export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

interface Entry<T> {
  item: T;
  score: number;
  tie: string;
  /** Order of offering: at equal score and key the first offered wins, whatever the heap's layout. */
  seq: number;
}

/** Lower score first; at equal scores, the lower tie-break key; at equal keys, the later offered. */
const below = <T>(a: Entry<T>, b: Entry<T>) =>
  a.score < b.score || (a.score === b.score && (a.tie < b.tie || (a.tie === b.tie && a.seq > b.seq)));

/**
 * The `k` items of highest score offered, keeping only `k` at a time (a min-heap): a common term's
 * tens of thousands of passages are scored and dropped, never sorted, and an item is made only
 * when it enters. Equal scores go to the higher tie-break key (the search gives the date), then to
 * the first offered, so a search that offers fewer items (pruned) keeps the same ones in the same order.
 */
export class Best<T> {
  private readonly heap: Entry<T>[] = [];
  private offered = 0;
  constructor(private readonly k: number) {}

  /** Offers an item of `score`; its tie-break key and the item itself are asked for only when needed. */
  offer(score: number, tieOf: () => string, make: () => T): void {
    const heap = this.heap;
    if (heap.length === this.k && (this.k === 0 || score < heap[0]!.score)) return;
    const offered = { item: undefined as T, score, tie: tieOf(), seq: this.offered++ };
    if (heap.length < this.k) {
      offered.item = make();
      heap.push(offered);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!below(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (below(heap[0]!, offered)) {
      offered.item = make();
      heap[0] = offered;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < heap.length && below(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && below(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
  }

  /** The items kept, best first. */
  items(): T[] {
    return [...this.heap].sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0)).map((e) => e.item);
  }
}
