import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { bitCount, internals, scoreField, type Derived } from '../../src/search/postings.ts';
import { IMPACT_ORDERED_FROM, mayRank, type OutsidePart } from '../../src/search/pruning.ts';

/**
 * Model-based: on random corpora and queries, the best k documents among those `mayRank` keeps
 * are the best k of all, by the score the passage search gives: (field BM25 + the article's part)
 * times the number of query terms held.
 */

const VOCABULARY = Array.from({ length: 40 }, (_, i) => `w${i}`);

/** mulberry32: a corpus from a seed, far faster than drawing 1,500 documents with fast-check. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Corpus {
  index: MiniSearch<{ id: string; text: string }>;
  /** Each document's article, and each article's part (title and lead) outside the text. */
  articleOf: (doc: number) => number;
  parts: Map<number, OutsidePart>;
}

/** Documents whose words follow a skewed law, so the first few are in most documents (lists long enough to be read by impact). */
function corpus(seed: number, documents: number, groups: number): Corpus {
  const next = random(seed);
  const word = () => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(VOCABULARY.length * next() ** 3))]!;
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll(
    Array.from({ length: documents }, (_, i) => ({
      id: `d${i}`,
      text: Array.from({ length: 3 + Math.floor(next() * 25) }, word).join(' '),
    })),
  );
  const parts = new Map<number, OutsidePart>();
  for (let a = 0; a * 8 < documents + 8; a++)
    if (next() < 0.3) parts.set(a, { score: next() * 6, mask: Math.floor(next() * (1 << groups)) });
  return { index, articleOf: (doc) => Math.floor(doc / 8), parts };
}

/** The query's groups: each a word and sometimes a second, weighted as a prefix or fuzzy match. */
function query(index: MiniSearch<never>, words: number[][], weights: number[]): Derived[][] {
  const tree = internals(index)._index;
  return words.map((group, g) =>
    group.flatMap((w, j) => {
      const data = tree.get(VOCABULARY[w]!);
      return data ? [{ term: VOCABULARY[w]!, weight: j === 0 ? 1 : weights[g]!, data }] : [];
    }),
  );
}

/** The best k documents (ties to the lower short id) among `docs`, or all that hold a term. */
function bestK(c: Corpus, terms: Derived[][], boost: number, k: number, docs?: number[]): [number, number][] {
  const { score, held } = scoreField(c.index as MiniSearch<never>, 'text', terms, boost, docs);
  return [...score]
    .map(([doc, s]): [number, number] => {
      const part = c.parts.get(c.articleOf(doc));
      return [doc, (s + (part?.score ?? 0)) * Math.max(1, bitCount(held.get(doc)! | (part?.mask ?? 0)))];
    })
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k);
}

/**
 * The best k among the documents `mayRank` keeps and those of the `forced` articles, which the
 * caller scores whatever it keeps (as the passage search does with the articles whose title and
 * lead score best): their parts need not bound the documents not seen.
 */
function pruned(c: Corpus, terms: Derived[][], boost: number, k: number, forced = new Set<number>()) {
  const documents = internals(c.index as MiniSearch<never>)._documentCount;
  const seeds = Array.from({ length: documents }, (_, doc) => doc).filter((doc) => forced.has(c.articleOf(doc)));
  const kept = mayRank(c.index as MiniSearch<never>, 'text', terms, boost, k, {
    of: (doc) => c.parts.get(c.articleOf(doc)),
    seeds,
    parts: [...c.parts].flatMap(([article, part]) => (forced.has(article) ? [] : [part])),
  });
  return { kept, best: bestK(c, terms, boost, k, kept && [...new Set([...kept, ...seeds])].sort((a, b) => a - b)) };
}

const word = fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: VOCABULARY.length - 1 }));

describe('top-k pruning', () => {
  it('keeps the best k of an exhaustive scoring, on random corpora and queries', () => {
    const corpora = new Map<number, Corpus>();
    let prunedRuns = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        // Words drawn towards the commonest, whose lists are long.
        fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.double({ min: 0.2, max: 0.5, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 80 }),
        fc.constantFrom(1, 0.4),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 20 }),
        (seed, words, weights, k, boost, forced) => {
          const c = corpora.get(seed) ?? corpus(seed, IMPACT_ORDERED_FROM + 500, 5);
          corpora.set(seed, c);
          const terms = query(c.index as MiniSearch<never>, words, weights);
          const { kept, best } = pruned(c, terms, boost, k, new Set(forced));
          if (kept) prunedRuns++;
          expect(best).toEqual(bestK(c, terms, boost, k));
        },
      ),
      { numRuns: 150, seed: 17 },
    );
    // The long lists were read by impact in most runs, not scored whole.
    expect(prunedRuns).toBeGreaterThan(50);
  });

  it('scores far fewer documents than hold the terms when one word is in most of them', () => {
    const c = corpus(5, 3000, 1);
    const terms = query(c.index as MiniSearch<never>, [[0]], []);
    const holding = terms[0]![0]!.data.get(0)!.size;
    const { kept, best } = pruned(c, terms, 1, 10);
    expect(holding).toBeGreaterThan(2000);
    expect(kept!.length).toBeLessThan(holding / 4);
    expect(best).toEqual(bestK(c, terms, 1, 10));
  });

  it('reads again the lists of an index that grew (their scores moved)', () => {
    const c = corpus(9, IMPACT_ORDERED_FROM + 200, 2);
    c.parts.clear(); // BM25 alone decides
    const terms = () => query(c.index as MiniSearch<never>, [[0]], []);
    expect(pruned(c, terms(), 1, 20).kept).toBeDefined();
    expect(pruned(c, terms(), 1, 20).best).toEqual(bestK(c, terms(), 1, 20));
    // Short documents full of the common word: their scores beat those read before.
    c.index.addAll(Array.from({ length: 30 }, (_, i) => ({ id: `new${i}`, text: 'w0 '.repeat(12) })));
    const { best } = pruned(c, terms(), 1, 20);
    expect(best).toEqual(bestK(c, terms(), 1, 20));
    expect(
      best.some(([doc]) =>
        internals(c.index as MiniSearch<never>)
          ._documentIds.get(doc)
          ?.startsWith('new'),
      ),
    ).toBe(true);
  });
});
