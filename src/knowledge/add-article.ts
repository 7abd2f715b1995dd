import type { Article } from '../corpus/article.ts';
import { extractMentions } from '../deadlines/extract.ts';
import { citedArticles, groupMentions } from '../deadlines/group.ts';
import { catalogWithArticle } from '../quotes/add-article.ts';
import { extractRates } from '../rates/extract.ts';
import { partitionPoint } from '../sorted/partition-point.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** Newest first, then by id: the order of `kb.articles` and of everything extracted from them. */
function newerFirst(a: Pick<Article, 'published' | 'id'>, b: Pick<Article, 'published' | 'id'>): number {
  return b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
}

/**
 * Inserts `items` into `list` (ordered by article, newest first) before the first item of an older
 * article. Found by bisection: a scan compared dates and ids with each of 35,000 rate statements at
 * 10,000 articles, a third of an addition's time.
 */
function insertByArticle<T>(list: readonly T[], items: T[], isOlder: (item: T) => boolean): T[] {
  if (items.length === 0) return list as T[];
  return list.toSpliced(partitionPoint(list, isOlder), 0, ...items);
}

/**
 * The deadlines once the article's pause mentions are in. Mentions are grouped by what is paused
 * and between whom; only the groups the article speaks of are grouped again, from its mentions and
 * those of the articles each such deadline already cites (its current date and history), which
 * `kb.deadlineSources` keeps: no earlier article is read again.
 */
function deadlinesWith(kb: KnowledgeBase, article: Article): Pick<KnowledgeBase, 'deadlines' | 'deadlineSources'> {
  const mentions = extractMentions(article);
  if (mentions.length === 0) return { deadlines: kb.deadlines, deadlineSources: kb.deadlineSources };
  const keys = new Set(mentions.map((m) => m.key));
  const cited = citedArticles(kb.deadlines.filter((d) => keys.has(d.id)));
  cited.delete(article.id);
  const pool = [...[...cited].flatMap((id) => kb.deadlineSources[id] ?? []), ...mentions];
  const regrouped = groupMentions(pool.filter((m) => keys.has(m.key)));
  const deadlines = [...kb.deadlines.filter((d) => !keys.has(d.id)), ...regrouped].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  // Sources of the articles still cited: the kept ones, and the new article's when it is. Only the
  // regrouped deadlines can change which articles are cited, so the others are read only when one
  // of theirs is no longer cited (reading every deadline's citations took 120 ms at 10,000 articles).
  // Unlike the other fields, the sources are changed in place: only additions and the cache writer
  // read them, both synchronous, and copying 7,000 entries was a fifth of an addition.
  const citedNow = citedArticles(regrouped);
  const deadlineSources = kb.deadlineSources;
  const uncited = [...cited].filter((id) => !citedNow.has(id));
  if (uncited.length > 0) {
    const citedElsewhere = citedArticles(deadlines.filter((d) => !keys.has(d.id)));
    for (const id of uncited) if (!citedElsewhere.has(id)) delete deadlineSources[id];
  }
  for (const id of citedNow) {
    const sources = id === article.id ? mentions : kb.deadlineSources[id];
    if (sources) deadlineSources[id] = sources;
  }
  return { deadlines, deadlineSources };
}

/**
 * Adds one new article to a running knowledge base without rebuilding the rest: its passages go
 * into the index (MiniSearch `add`), the extractors run on it alone and their results are merged
 * in. Every field that changes gets a new value (never an array changed in place; the deadline
 * sources, which no command reads, excepted), so lookups cached per value are rebuilt and a
 * command running meanwhile sees the old or the new state, never half of each. The reminder
 * scheduler reads `kb.deadlines` at every tick, so a moved date moves its reminders.
 */
export function addArticle(kb: KnowledgeBase, article: Article): void {
  const known = kb.articleById.get(article.id);
  if (known) {
    // The same file again: only its front matter can have changed (another outlet that carried it).
    Object.assign(known, { also: article.also });
    return;
  }
  const isOlder = (a: Pick<Article, 'published' | 'id'>) => newerFirst(article, a) < 0;
  const rates = extractRates(article);
  const quotes = catalogWithArticle(kb.quotes, article, (a, b) => {
    const x = kb.articleById.get(a) ?? article;
    const y = kb.articleById.get(b) ?? article;
    return newerFirst(x, y);
  });
  const deadlines = deadlinesWith(kb, article);
  kb.articleById.set(article.id, article);
  for (const p of article.passages) kb.passageById.set(p.id, p);
  kb.index.add(article.passages);
  Object.assign(kb, {
    articles: insertByArticle(kb.articles, [article], isOlder),
    passages: kb.passages.concat(article.passages),
    rates: insertByArticle(kb.rates, rates, (r) => isOlder({ id: r.articleId, published: r.published })),
    quotes,
    ...deadlines,
  });
}
