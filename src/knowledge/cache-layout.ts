import type { Article, Passage, SentenceSpan } from '../corpus/article.ts';
import type { RateStatement } from '../rates/rate-statement.ts';
import type { DeadlineSources } from '../deadlines/group.ts';
import type { Extracted } from './extract.ts';

/**
 * How the index cache holds articles and rate statements: without what can be worked out again
 * from the rest. A passage's id, article id and number follow from its article, and a rate's
 * article, date, passage and sentence from the passage it was read in; written out, those copies
 * were over a third of the cache at 10,000 articles, and each was a string of its own once read.
 * Read back, the passages' texts are slices of their article's one string and a rate's sentence a
 * slice of its passage's, so they share characters instead of holding copies.
 */

/**
 * An article without its passages, their texts as one string, and per passage its length, number
 * of sentences and their offsets. (Nested, not flattened: taking fields out of an object with a
 * rest pattern is a slow path in V8, spreading one into a literal a fast one.)
 */
interface PackedArticle {
  article: Omit<Article, 'passages'>;
  text: string;
  spans: number[];
}
/** An article whose passages do not follow the usual numbering is kept as it is. */
type SavedArticle = PackedArticle | Article;

const REFERENCED = ['articleId', 'published', 'passageId', 'paragraph', 'sentence'] as const;
/** A rate without its references, its passage (a position in the articles' passages) and its sentence's offsets in that passage's text. */
interface PackedRate {
  rate: Omit<RateStatement, (typeof REFERENCED)[number]>;
  at: [number, number, number];
}
type SavedRate = PackedRate | RateStatement;

/**
 * The extracted data as saved. The deadline mentions kept for live adds (`deadlineSources`) stay
 * one JSON string, parsed only if an article is added: a start that never adds one never makes
 * their objects.
 */
export type SavedExtracted = Omit<Extracted, 'rates' | 'deadlineSources'> & {
  rates: SavedRate[];
  deadlineSources: string;
};

function packArticle(article: Article): SavedArticle {
  const { passages, ...meta } = article;
  const usual = passages.every(
    (p, i) => p.id === `${article.id}#${i + 1}` && p.articleId === article.id && p.paragraph === i + 1,
  );
  if (!usual) return article;
  const spans = passages.flatMap((p) => [
    p.text.length,
    p.sentences.length,
    ...p.sentences.flatMap((s) => [s.start, s.end]),
  ]);
  return { article: meta, text: passages.map((p) => p.text).join(''), spans };
}

const count = (value: number | undefined) => {
  if (!Number.isInteger(value) || value! < 0) throw new Error('cached article: bad passage spans');
  return value!;
};

function unpackArticle(saved: SavedArticle): Article {
  if ('passages' in saved) return saved;
  const { article: meta, text, spans } = saved;
  if (typeof meta?.id !== 'string' || typeof text !== 'string' || !Array.isArray(spans))
    throw new Error('cached article: no passages');
  const passages: Passage[] = [];
  let at = 0;
  for (let k = 0; k < spans.length;) {
    const length = count(spans[k++]);
    // Sized up front: an array grown by `push` from empty reserves 17 slots, 11 MB over 100,000 passages.
    const sentences = new Array<SentenceSpan>(count(spans[k++]));
    for (let n = 0; n < sentences.length; n++) sentences[n] = { start: count(spans[k++]), end: count(spans[k++]) };
    const paragraph = passages.length + 1;
    passages.push({
      id: `${meta.id}#${paragraph}`,
      articleId: meta.id,
      paragraph,
      text: text.slice(at, (at += length)),
      sentences,
    });
  }
  if (at !== text.length) throw new Error('cached article: passage spans do not match its text');
  return { ...meta, passages };
}

function unpackRate(
  saved: SavedRate,
  passages: readonly Passage[],
  articles: ReadonlyMap<string, Article>,
): RateStatement {
  if (!('at' in saved)) return saved;
  const { rate, at } = saved;
  const [position, start, end] = at;
  const passage = passages[position];
  const article = passage && articles.get(passage.articleId);
  if (!article) throw new Error('cached rate: its passage is not in the cache');
  // Completed in place, not copied: the saved rate lacks just these fields, so they come last as
  // in the original, and spreading 35,000 objects of varied shapes took a tenth of a start.
  const restored = rate as RateStatement;
  restored.articleId = article.id;
  restored.published = article.published;
  restored.passageId = passage.id;
  restored.paragraph = passage.paragraph;
  restored.sentence = passage.text.slice(start, end);
  return restored;
}

/** The rate as a reference into its passage, when the reference reads back to the same rate. */
function packRate(
  rate: RateStatement,
  position: ReadonlyMap<string, number>,
  passages: readonly Passage[],
  articles: ReadonlyMap<string, Article>,
): SavedRate {
  const at = position.get(rate.passageId);
  const start = at === undefined ? -1 : passages[at]!.text.indexOf(rate.sentence);
  if (at === undefined || start < 0) return rate;
  const rest: Partial<RateStatement> = { ...rate };
  for (const field of REFERENCED) delete rest[field];
  const packed: PackedRate = {
    rate: rest as Omit<RateStatement, (typeof REFERENCED)[number]>,
    at: [at, start, start + rate.sentence.length],
  };
  const readBack = unpackRate({ rate: { ...packed.rate }, at: packed.at }, passages, articles);
  const same = JSON.stringify(readBack) === JSON.stringify(rate);
  return same ? packed : rate;
}

/** Articles and extracted data as the cache writes them. */
export function packKnowledge(
  articles: readonly Article[],
  extracted: Extracted,
): { articles: SavedArticle[]; extracted: SavedExtracted } {
  const passages = articles.flatMap((a) => a.passages);
  const position = new Map(passages.map((p, i) => [p.id, i]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    articles: articles.map(packArticle),
    extracted: {
      ...extracted,
      rates: extracted.rates.map((r) => packRate(r, position, passages, byId)),
      deadlineSources: JSON.stringify(extracted.deadlineSources),
    },
  };
}

/**
 * Articles and extracted data as the cache wrote them, restored (the deadline mentions still as
 * their JSON, see `SavedExtracted`); throws on anything out of shape.
 */
export function unpackKnowledge(
  articles: readonly SavedArticle[],
  extracted: SavedExtracted,
): { articles: Article[]; extracted: Omit<Extracted, 'deadlineSources'>; deadlineSources: string } {
  if (typeof extracted.deadlineSources !== 'string') throw new Error('cached deadline mentions: not a JSON text');
  const { deadlineSources, ...rest } = extracted;
  const restored = articles.map(unpackArticle);
  const passages = restored.flatMap((a) => a.passages);
  const byId = new Map(restored.map((a) => [a.id, a]));
  return {
    articles: restored,
    extracted: { ...rest, rates: extracted.rates.map((r) => unpackRate(r, passages, byId)) },
    deadlineSources,
  };
}

/** Makes `kb.deadlineSources` the mentions of `json`, parsed when first read. */
export function deadlineSourcesWhenRead(kb: Pick<Extracted, 'deadlineSources'>, json: string): void {
  let value: DeadlineSources | undefined;
  Object.defineProperty(kb, 'deadlineSources', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= JSON.parse(json) as DeadlineSources),
    set: (next: DeadlineSources) => {
      value = next;
    },
  });
}
