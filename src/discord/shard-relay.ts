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

/**
 * Whether this process polls the feeds: the one that runs shard 0 (or the only process, unsharded),
 * so that of several shard processes or hosts sharing a database one fetches each feed. `inProcess`:
 * the shards this process runs itself (discord.js internal sharding).
 */
export function pollsFeeds(inProcess?: { ids: readonly number[] }): boolean {
  if (inProcess) return inProcess.ids.includes(0);
  const shards = process.env.SHARDS;
  return (
    shards === undefined ||
    shards
      .split(',')
      .map((s) => s.trim().replace(/^\[|\]$/g, ''))
      .includes('0')
  );
}
