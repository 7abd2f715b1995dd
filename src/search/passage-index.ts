import MiniSearch, { type SearchResult } from 'minisearch';
import type { Passage } from '../corpus/article.ts';
import { documentTerms, queryTerms } from './analyzer.ts';

/** Tuning of the passage search; every number here is part of the index cache key. */
export const SEARCH_TUNING = {
  /** Edit distance allowed for a misspelt query word, as a fraction of its length (MiniSearch's `fuzzy`). */
  fuzzy: 0.2,
  /** Fuzzy matching is for words the corpus does not have, and only from this length on (short words match too much). */
  fuzzyMinLength: 5,
  /** A word the corpus does not have may be the start of one ("negotiat…"), from this length on. */
  prefixMinLength: 4,
  /** A passage must match at least this share of the query's words to count as relevant (one word in three). */
  minCoverage: 0.33,
  /** …and score at least this share of the best passage's score. */
  minRelativeScore: 0.25,
  /** Scores within this fraction of each other are a tie, broken by the newer article. */
  tieTolerance: 0.01,
} as const;

export interface PassageHit {
  passage: Passage;
  score: number;
  /** The document terms that matched, for highlighting. */
  terms: string[];
}

export interface PassageIndex {
  /** The best relevant passages, best first; empty when nothing is relevant enough. */
  search(query: string, options?: { limit?: number }): PassageHit[];
  /** The raw MiniSearch instance (the benchmark compares against it). */
  readonly miniSearch: MiniSearch<IndexedPassage>;
  /** Serializable form, for the index cache. */
  toJSON(): SerializedPassageIndex;
}

interface IndexedPassage {
  id: string;
  text: string;
}

export interface SerializedPassageIndex {
  miniSearch: unknown;
  /** Every term in the index: fuzzy and prefix matching are spent only on words not among them. */
  terms: string[];
}

function miniSearchOptions(known: ReadonlySet<string>) {
  const unknown = (term: string) => !known.has(term) && !/^\d/.test(term);
  return {
    fields: ['text'],
    storeFields: [],
    tokenize: documentTerms,
    processTerm: (term: string) => term,
    searchOptions: {
      tokenize: queryTerms,
      processTerm: (term: string) => term,
      fuzzy: (term: string) => (unknown(term) && term.length >= SEARCH_TUNING.fuzzyMinLength ? SEARCH_TUNING.fuzzy : false),
      prefix: (term: string) => unknown(term) && term.length >= SEARCH_TUNING.prefixMinLength,
    },
  };
}

/**
 * Builds the passage index. This is the one place an index is made, so a cached, serialized index
 * (see `loadPassageIndex`) can stand in for it.
 */
export function buildPassageIndex(passages: readonly Passage[], published: (articleId: string) => string): PassageIndex {
  const known = new Set<string>();
  const miniSearch = new MiniSearch<IndexedPassage>(miniSearchOptions(known));
  for (const passage of passages) {
    for (const term of documentTerms(passage.text)) known.add(term);
  }
  miniSearch.addAll(passages.map(({ id, text }) => ({ id, text })));
  return wrap(miniSearch, known, passages, published);
}

/** Restores an index saved with `toJSON()`; the passages must be those it was built from. */
export function loadPassageIndex(saved: SerializedPassageIndex, passages: readonly Passage[], published: (articleId: string) => string): PassageIndex {
  const known = new Set(saved.terms);
  const miniSearch = MiniSearch.loadJS<IndexedPassage>(saved.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions(known));
  return wrap(miniSearch, known, passages, published);
}

function wrap(miniSearch: MiniSearch<IndexedPassage>, known: Set<string>, passages: readonly Passage[], published: (articleId: string) => string): PassageIndex {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return {
    miniSearch,
    search(query, { limit = 3 } = {}) {
      const wanted = queryTerms(query);
      if (wanted.length === 0) return [];
      const results = miniSearch.search(query);
      const best = results[0]?.score ?? 0;
      const relevant = results.filter(
        (r) => r.queryTerms.length / wanted.length >= SEARCH_TUNING.minCoverage && r.score >= best * SEARCH_TUNING.minRelativeScore,
      );
      return relevant
        .map((r) => ({ result: r, passage: byId.get(String(r.id)) }))
        .filter((h): h is { result: SearchResult; passage: Passage } => h.passage !== undefined)
        .sort((a, b) => compareHits(a.result.score, b.result.score, published(a.passage.articleId), published(b.passage.articleId)))
        .slice(0, limit)
        .map(({ result, passage }) => ({ passage, score: result.score, terms: result.terms }));
    },
    toJSON: () => ({ miniSearch: miniSearch.toJSON(), terms: [...known] }),
  };
}

/** Higher score first; scores within the tie tolerance go to the newer article. */
function compareHits(scoreA: number, scoreB: number, dateA: string, dateB: string): number {
  const tie = Math.abs(scoreA - scoreB) <= SEARCH_TUNING.tieTolerance * Math.max(scoreA, scoreB);
  if (tie && dateA !== dateB) return dateB.localeCompare(dateA);
  return scoreB - scoreA;
}
