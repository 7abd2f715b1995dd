import type MiniSearch from 'minisearch';
import { BM25, bitCount, bm25, fieldLengths, idfOf, internals, type Derived, type Internals } from './postings.ts';

/**
 * Top-k pruning over MiniSearch's posting lists (MaxScore, term at a time): which documents may
 * still be among the `k` best, so that only those are scored exactly and offered. A query of
 * common words alone would otherwise score every one of the tens of thousands of passages that
 * hold its rarest word.
 *
 * A document's score is `(field score + outside score) × max(1, query terms held)`: the field's
 * BM25 sum over the query terms, plus what it gains outside the field (a passage's article title
 * and lead), times the number of query terms it holds in either (MiniSearch's own weighting).
 * Lists are read from the highest upper bound down; long ones in impact order (their documents by
 * score, built once per list), so reading can stop inside a list once no document not yet seen can
 * reach the k-th best score seen so far. The documents seen then only look their terms up in the
 * remaining lists, and those that can no longer reach it are dropped.
 */

/** Lists at least this long are read in impact order (shorter ones are read whole, in document order). */
export const IMPACT_ORDERED_FROM = 1000;
/** Impact-ordered copies kept per index, in postings (8 bytes each): the least recently used go first. */
const IMPACT_CACHE_POSTINGS = 1_500_000;
/** Relative slack on every bound, far above float rounding (impacts are kept as 32-bit floats). */
const SLACK = 1 + 1e-6;
/** Bound on BM25's term-frequency factor (`d + tf·(k+1)/(tf + k·norm)`, below `d + k + 1`), for short lists. */
const MAX_TF_FACTOR = BM25.d + BM25.k + 1;

/** A posting list by impact: its documents and their BM25 in the field (weight and boost 1), highest first. */
interface ImpactList {
  docs: Int32Array;
  impacts: Float32Array;
  /** The index's size when it was built: the scores move when documents are added. */
  documentCount: number;
}

const impactCaches = new WeakMap<object, { lists: Map<Map<number, number>, ImpactList>; postings: number }>();

function impactList(ms: Internals, fieldId: number, postings: Map<number, number>): ImpactList {
  let cache = impactCaches.get(ms);
  if (!cache) impactCaches.set(ms, (cache = { lists: new Map(), postings: 0 }));
  const cached = cache.lists.get(postings);
  if (cached) {
    cache.lists.delete(postings);
    if (cached.documentCount === ms._documentCount && cached.docs.length === postings.size) {
      cache.lists.set(postings, cached);
      return cached;
    }
    cache.postings -= cached.docs.length;
  }
  const idf = idfOf(ms, postings.size);
  const avgLength = ms._avgFieldLength[fieldId]!;
  const lengths = fieldLengths(ms, fieldId);
  const docs = new Int32Array(postings.size);
  const scores = new Float64Array(postings.size);
  let n = 0;
  for (const [doc, tf] of postings) {
    const length = lengths[doc] ?? -1;
    if (length < 0) continue;
    docs[n] = doc;
    scores[n++] = bm25(1, 1, idf, tf, length, avgLength);
  }
  const order = new Uint32Array(n).map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const list: ImpactList = {
    docs: Int32Array.from(order, (i) => docs[i]!),
    impacts: Float32Array.from(order, (i) => scores[i]!),
    documentCount: ms._documentCount,
  };
  cache.lists.set(postings, list);
  cache.postings += n;
  for (const [key, old] of cache.lists) {
    if (cache.postings <= IMPACT_CACHE_POSTINGS || key === postings) break;
    cache.lists.delete(key);
    cache.postings -= old.docs.length;
  }
  return list;
}

/** What a document gains outside the field, and which query terms (bits) it holds there. */
export interface OutsidePart {
  score: number;
  mask: number;
}

export interface Outside {
  /** The part of one document (undefined: none). */
  of(doc: number): OutsidePart | undefined;
  /**
   * Documents the caller scores whatever this returns (a passage search: those of the articles
   * whose title and lead score best). They count towards the k-th best from the start.
   */
  seeds: Iterable<number>;
  /** Every part a document that is not a seed may have (a passage's is its article's), to bound those not seen yet. */
  parts: Iterable<OutsidePart>;
}

/** The k-th largest of `values` (reordered in place): Hoare's selection, linear on average. */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let [lo, hi] = [0, values.length - 1];
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let [i, j] = [lo, hi];
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j]!, values[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

interface List {
  group: number;
  /** The derived term's weight times the field's boost. */
  factor: number;
  idf: number;
  postings: Map<number, number>;
  byImpact: ImpactList | undefined;
  /** Upper bound of one document's score in this list. */
  bound: number;
}

interface Accumulator {
  /** Field score so far (a lower bound of the final one). */
  score: number;
  mask: number;
  outside: number;
  outsideMask: number;
  /** The last list that added to it. */
  list: number;
}

/**
 * The documents of `field` that may be among the `k` best for `terms` (see `scoreField`), in
 * increasing short id; undefined when no list is long enough for pruning to pay (score them all).
 * Every document left out scores below `k` of those kept, so the best `k` are among them.
 */
export function mayRank(
  index: MiniSearch<never>,
  field: string,
  terms: readonly Derived[][],
  boost: number,
  k: number,
  outside: Outside,
): number[] | undefined {
  const ms = internals(index);
  const fieldId = ms._fieldIds[field]!;
  const avgLength = ms._avgFieldLength[fieldId]!;
  const lengths = fieldLengths(ms, fieldId);
  const lists: List[] = [];
  terms.forEach((derived, group) => {
    for (const { weight, data } of derived) {
      const postings = data.get(fieldId);
      if (!postings) continue;
      const idf = idfOf(ms, postings.size);
      const factor = weight * boost;
      const byImpact = postings.size >= IMPACT_ORDERED_FROM ? impactList(ms, fieldId, postings) : undefined;
      const bound = factor * (byImpact ? (byImpact.impacts[0] ?? 0) : idf * MAX_TF_FACTOR);
      lists.push({ group, factor, idf, postings, byImpact, bound });
    }
  });
  if (k <= 0 || !lists.some((l) => l.byImpact)) return undefined;
  lists.sort((a, b) => b.bound - a.bound);
  // Bounds of what the lists from r on can still add, and which query terms they stand for.
  const rest = new Float64Array(lists.length + 1);
  const restMask = new Int32Array(lists.length + 1);
  for (let r = lists.length - 1; r >= 0; r--) {
    rest[r] = rest[r + 1]! + lists[r]!.bound;
    restMask[r] = restMask[r + 1]! | (1 << lists[r]!.group);
  }
  // The best outside score per set of query terms held outside (few distinct sets).
  const outsideByMask = new Map<number, number>();
  for (const { score, mask } of outside.parts) outsideByMask.set(mask, Math.max(score, outsideByMask.get(mask) ?? 0));

  /** Bound of a document not seen yet, whose field score is at most `x`, when the lists from r on remain. */
  const unseenBound = (x: number, r: number) => {
    let bound = x * Math.max(1, bitCount(restMask[r]!));
    for (const [mask, score] of outsideByMask)
      bound = Math.max(bound, (x + score) * Math.max(1, bitCount(restMask[r]! | mask)));
    return bound * SLACK;
  };

  const seen = new Map<number, Accumulator>();
  const enter = (doc: number, r: number) => {
    const part = outside.of(doc);
    const a = { score: 0, mask: 0, outside: part?.score ?? 0, outsideMask: part?.mask ?? 0, list: r };
    seen.set(doc, a);
    return a;
  };
  for (const doc of outside.seeds) if (!seen.has(doc)) enter(doc, -1);
  const lowerBound = (a: Accumulator) => (a.score + a.outside) * Math.max(1, bitCount(a.mask | a.outsideMask));
  /** The k-th best lower bound of the documents seen: a document must reach it to be among the best. */
  const threshold = () => {
    if (seen.size < k) return 0;
    const bounds = new Float64Array(seen.size);
    let i = 0;
    for (const a of seen.values()) bounds[i++] = lowerBound(a);
    return kthLargest(bounds, k);
  };
  const add = (doc: number, score: number, group: number, r: number) => {
    const a = seen.get(doc) ?? enter(doc, r);
    a.score += score;
    a.mask |= 1 << group;
    a.list = r;
  };

  // Every document of the lists, until one not seen yet cannot reach the k-th best.
  let cut: { list: number; left: number } | undefined;
  for (let r = 0; r < lists.length && !cut; r++) {
    const { group, factor, idf, postings, byImpact, bound } = lists[r]!;
    if (unseenBound(bound + rest[r + 1]!, r) < threshold()) {
      cut = { list: r, left: bound };
    } else if (byImpact) {
      const { docs, impacts } = byImpact;
      for (let j = 0, check = Math.max(k, 64); j < docs.length; j++) {
        if (j === check) {
          check = Math.ceil(check * 1.5);
          const left = factor * impacts[j]!;
          if (unseenBound(left + rest[r + 1]!, r) < threshold()) {
            cut = { list: r, left };
            break;
          }
        }
        add(docs[j]!, factor * impacts[j]!, group, r);
      }
    } else {
      for (const [doc, tf] of postings) {
        const length = lengths[doc] ?? -1;
        if (length >= 0) add(doc, bm25(factor, 1, idf, tf, length, avgLength), group, r);
      }
    }
  }

  // The documents seen take their remaining terms by look-up; those that cannot reach the k-th best go.
  if (cut)
    for (let r = cut.list; r < lists.length; r++) {
      const left = (r === cut.list ? cut.left : lists[r]!.bound) + rest[r + 1]!;
      const theta = threshold();
      for (const [doc, a] of seen)
        if ((a.score + left + a.outside) * Math.max(1, bitCount(a.mask | a.outsideMask | restMask[r]!)) * SLACK < theta)
          seen.delete(doc);
      const { group, factor, idf, postings } = lists[r]!;
      for (const [doc, a] of seen) {
        if (a.list === r) continue; // read before the cut
        const tf = postings.get(doc);
        const length = tf === undefined ? -1 : (lengths[doc] ?? -1);
        if (length >= 0) add(doc, bm25(factor, 1, idf, tf!, length, avgLength), group, r);
      }
    }
  return [...seen.keys()].sort((a, b) => a - b);
}
