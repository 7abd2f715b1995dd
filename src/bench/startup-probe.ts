/**
 * Run in a fresh process by the benchmark (`startup.ts`), with `--expose-gc`: loads the modules
 * `npm start` loads, opens the knowledge base of a corpus with a cache folder, and prints one JSON
 * line. Usage: startup-probe.ts CORPUS_DIR CACHE_DIR
 */
// The modules src/main.ts imports, so their loading counts as it does in a real start.
import '../../commands/index.ts';
import '../config/env.ts';
import '../console/console-app.ts';
import '../discord/bot.ts';
import '../discord/shard-relay.ts';
import '../discord/sharding.ts';
import '../feeds/sources-desk.ts';
import '../knowledge/live-corpus.ts';
import '../knowledge/reload.ts';
import '../store/store.ts';
import { openKnowledgeBase } from '../knowledge/cache.ts';
import { createLogger } from '../log/logger.ts';

const [corpusDir, cacheDir] = process.argv.slice(2);
if (!corpusDir || !cacheDir) throw new Error('usage: startup-probe.ts CORPUS_DIR CACHE_DIR');

// performance.now() counts from the start of the process: Node's own start-up and module loading are in it.
const importedMs = performance.now();
const { kb, cache } = openKnowledgeBase(corpusDir, cacheDir, createLogger('silent'));
const readyMs = performance.now();
// CPU time tells a slow start from a busy machine: on a shared machine wall time can be far longer.
const { user, system } = process.cpuUsage();
const rss = process.memoryUsage().rss;
// What stays once the garbage of loading is collected: the memory the bot holds while it serves.
(globalThis as { gc?: () => void }).gc?.();
const settled = process.memoryUsage();
const mb = (bytes: number) => bytes / 2 ** 20;
const reason = cache.status === 'built' ? { reason: cache.reason } : {};
process.stdout.write(
  `${JSON.stringify({ readyMs, importedMs, cpuMs: (user + system) / 1000, cache: cache.status, ...reason, passages: kb.passages.length, rssMb: mb(rss), settledRssMb: mb(settled.rss), heapUsedMb: mb(settled.heapUsed) })}\n`,
);
