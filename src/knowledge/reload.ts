import type { Logger } from '../log/logger.ts';
import { openKnowledgeBase, type CacheOutcome } from './cache.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

export interface ReloadSummary {
  articlesBefore: number;
  articlesAfter: number;
  problems: number;
  cache: CacheOutcome;
}

/** Reloads the corpus of `kb`; the transport supplies it to handlers as `ctx.reloadKnowledge`. */
export type ReloadKnowledge = () => ReloadSummary;

/**
 * Reads the corpus folder again (through the cache, so an unchanged corpus is a cache hit) and
 * swaps the new contents into `kb` in one synchronous step. Every holder of `kb` (handlers, the
 * reminder scheduler's view of corpus deadlines) sees the new corpus from its next read on, and
 * no command can observe half of each.
 */
export function reloadInPlace(kb: KnowledgeBase, cacheDir: string, log: Logger): ReloadSummary {
  const articlesBefore = kb.articles.length;
  const { kb: fresh, cache } = openKnowledgeBase(kb.corpusDir, cacheDir, log);
  Object.assign(kb, fresh);
  log.info(
    { corpus: kb.corpusDir, articlesBefore, articlesAfter: kb.articles.length, cache: cache.status },
    'knowledge base reloaded',
  );
  return { articlesBefore, articlesAfter: kb.articles.length, problems: kb.problems.length, cache };
}
