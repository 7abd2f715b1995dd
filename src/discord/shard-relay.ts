import type { LiveCorpus, Relay } from '../knowledge/live-corpus.ts';

/**
 * Shards are processes with a knowledge base each. The one that adds an article (a feed poll, a
 * `/sources add`) tells the shard manager, which tells every other shard to add the same file.
 */
export interface ArticlesAdded {
  tradeDesk: 'articles-added';
  paths: string[];
}

export function isArticlesAdded(message: unknown): message is ArticlesAdded {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as ArticlesAdded).tradeDesk === 'articles-added' &&
    Array.isArray((message as ArticlesAdded).paths)
  );
}

/** In a shard process: tells the manager which files this shard added. */
export const relayToManager: Relay = (paths) =>
  process.send?.({ tradeDesk: 'articles-added', paths } satisfies ArticlesAdded);

/** In a shard process: adds the files other shards added (they saved the cache already). */
export function addRelayedArticles(live: LiveCorpus): void {
  process.on('message', (message) => {
    if (isArticlesAdded(message)) live.addFiles(message.paths, { relay: false });
  });
}

/** The shard the feeds are polled in: the first (or the only process, unsharded). */
export function pollsFeeds(): boolean {
  const shards = process.env.SHARDS;
  return (
    shards === undefined ||
    shards
      .split(',')
      .map((s) => s.trim().replace(/^\[|\]$/g, ''))
      .includes('0')
  );
}
