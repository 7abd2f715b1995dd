/**
 * `npm start`: with `DISCORD_TOKEN` set the bot runs on Discord; without one it opens the terminal
 * console with the same commands, so a newcomer needs nothing but `npm install` and `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.ts';
import { loadConfigOrReport } from './config/env.ts';
import { runConsoleApp } from './console/console-app.ts';
import { runDiscordBot } from './discord/bot.ts';
import {
  configuredShards,
  isShardProcess,
  runShardManager,
  shardsInOneProcess,
  type ShardSet,
} from './discord/sharding.ts';
import { openServingKnowledgeBase } from './knowledge/cache.ts';
import { LiveCorpus } from './knowledge/live-corpus.ts';
import { reloadInPlace } from './knowledge/reload.ts';
import { SourcesDesk } from './feeds/sources-desk.ts';
import { addRelayedArticles, pollsFeeds, relayToManager } from './discord/shard-relay.ts';
import { createLogger } from './log/logger.ts';
import { openStoreOrReport } from './store/store.ts';

async function main(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 1;
  const log = createLogger(config.LOG_LEVEL ?? (config.DISCORD_TOKEN ? 'info' : 'warn'));
  const sharding = isShardProcess() ? undefined : configuredShards(config);
  if (config.DISCORD_TOKEN && sharding !== undefined && config.DISCORD_SHARDS_PER_PROCESS) {
    // The manager only spawns shard processes, each running this same file as the bot.
    return runShardManager({
      config,
      shards: sharding,
      token: config.DISCORD_TOKEN,
      log,
      entry: fileURLToPath(import.meta.url),
    });
  }
  let shards: ShardSet | undefined;
  if (config.DISCORD_TOKEN && sharding !== undefined) {
    // Every shard of this host in this process: one knowledge base serves them all.
    const answer = await shardsInOneProcess(config, sharding, config.DISCORD_TOKEN, log);
    if ('exitCode' in answer) return answer.exitCode;
    shards = answer;
  }
  const kb = openServingKnowledgeBase(config.CORPUS_DIR, config.CACHE_DIR, log);
  const store = await openStoreOrReport(config);
  if (!store) return 1;
  if (config.DISCORD_TOKEN) {
    const reloadKnowledge = () => reloadInPlace(kb, config.CACHE_DIR, log);
    const live = new LiveCorpus(kb, config.CACHE_DIR, log, isShardProcess() ? relayToManager : undefined);
    if (isShardProcess()) addRelayedArticles(live);
    const sources = new SourcesDesk(live, store.feeds, config, log);
    if (pollsFeeds(shards)) sources.start(config.FEED_POLL_MINUTES);
    try {
      return await runDiscordBot({
        config,
        token: config.DISCORD_TOKEN,
        kb,
        store,
        log,
        registry: commands,
        reloadKnowledge,
        sources,
        shards,
      });
    } finally {
      await sources.stop();
    }
  }
  try {
    return await runConsoleApp({ config, kb, store, log, now: () => new Date(), json: false });
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
