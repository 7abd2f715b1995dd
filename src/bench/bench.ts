/**
 * `npm run bench [-- --json] [--sizes 1000,10000,50000] [--shards-at 10000] [--seed N] [--no-discord] [--help]`:
 * the performance benchmark of issues #7 and #17. For each corpus size it writes a synthetic corpus
 * to a temporary folder, then measures index build, start-up with and without the index cache
 * (fresh processes of the compiled build), resident memory, and command latencies in process on
 * the knowledge base read from that cache, as the bot serves it; at
 * the `--shards-at` size, a host's memory with 1 and 4 shards against the emulator; last, the
 * Discord round trip through the emulator on the seed corpus. Prints a table, or with `--json` only a JSON array. Progress goes
 * to stderr, with each size's JSON object as soon as it is measured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from '../config/command-line.ts';
import { commands } from '../../commands/index.ts';
import { consoleContext } from '../console/session.ts';
import { loadCorpus } from '../corpus/load.ts';
import { cacheSize, openKnowledgeBase } from '../knowledge/cache.ts';
import { extract } from '../knowledge/extract.ts';
import { assembleKnowledgeBase, loadKnowledgeBase } from '../knowledge/knowledge-base.ts';
import { createLogger } from '../log/logger.ts';
import { openStore } from '../store/store.ts';
import { measureCharts } from './chart.ts';
import { measureInProcess } from './command-latency.ts';
import { measureDiscordRoundTrip } from './discord-latency.ts';
import { measureLiveAdd } from './live-add.ts';
import { measureShardMemory, type ShardMemory } from './shard-memory.ts';
import { Random } from './random.ts';
import { toJson, toTable, type DiscordResult, type SizeResult } from './report.ts';
import { measureStartup, measureWarmStartup } from './startup.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
/** Answers are about a year of 2025 news; "now" is fixed so deadline commands answer alike on every run. */
const NOW = new Date('2026-01-15T12:00:00Z');

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** Shard counts whose host memory is measured against the emulator, one process and a process per shard. */
const SHARD_COUNTS = [1, 4];

async function measureShards(corpusDir: string, cacheDir: string): Promise<ShardMemory[]> {
  const rows: ShardMemory[] = [];
  for (const shards of SHARD_COUNTS)
    for (const perProcess of shards > 1 ? [false, true] : [false]) {
      progress(`${shards} shard(s) against the emulator, ${perProcess ? 'a process each' : 'one process'}`);
      rows.push(await measureShardMemory(corpusDir, cacheDir, shards, perProcess));
    }
  return rows;
}

/**
 * Index build and extractors in process. In a function of its own so that what the build made is
 * garbage once it returns: at 50,000 articles the corpus, the extractors' results and a second
 * knowledge base held beside the served one filled the heap to its limit, and the latencies then
 * measured the garbage collector.
 */
function measureBuild(corpusDir: string): Pick<SizeResult, 'buildMs' | 'extractMs' | 'indexJsonBytes'> {
  const loaded = loadCorpus(corpusDir);
  const extraction = timed(() => extract(loaded.articles));
  // Assembling is building the passage index, plus the id maps (a small share).
  const build = timed(() => assembleKnowledgeBase(corpusDir, { ...loaded, extracted: extraction.value }));
  const kb = build.value;
  const indexJsonBytes = Buffer.byteLength(JSON.stringify(kb.index.toJSON(kb.passages)));
  return { buildMs: build.ms, extractMs: extraction.ms, indexJsonBytes };
}

/** The knowledge base as the bot serves it: read from the cache the start-ups saved, as `npm start` does. */
function servedKnowledgeBase(corpusDir: string, cacheDir: string) {
  const { kb, cache } = openKnowledgeBase(corpusDir, cacheDir, createLogger('silent'));
  if (cache.status !== 'hit') throw new Error(`the start-ups' cache was not used: ${cache.status}`);
  return kb;
}

async function measureSize(articles: number, seed: number, shardRows: boolean): Promise<SizeResult> {
  progress(`${articles} articles: writing the corpus`);
  const corpus = writeSyntheticCorpus({ seed, articles });
  const cacheDir = mkdtempSync(join(tmpdir(), 'trade-desk-bench-cache-'));
  try {
    progress(`${articles} articles: start-up without the cache, then with it (fresh processes)`);
    const coldStart = await measureStartup(corpus.dir, cacheDir);
    const cacheBytes = cacheSize(cacheDir, corpus.dir);
    const warmStart = await measureWarmStartup(corpus.dir, cacheDir);

    progress(`${articles} articles: index build and extractors in process`);
    const build = measureBuild(corpus.dir);
    progress(`${articles} articles: latencies`);
    const kb = servedKnowledgeBase(corpus.dir, cacheDir);
    const store = openStore(':memory:');
    const dispatch = { registry: commands, ctx: consoleContext(kb, () => NOW, store), log: createLogger('silent') };
    const latencies = await measureInProcess(dispatch, new Random(seed + articles));
    progress(`${articles} articles: /tariff charts`);
    const chart = await measureCharts(dispatch);
    await store.close();
    // Before the live add, which writes articles into the corpus: the shards' processes must find
    // the cache the start-up measurement saved (a changed corpus rebuilds it, minutes at 10,000).
    const shardMemory = shardRows ? await measureShards(corpus.dir, cacheDir) : undefined;
    progress(`${articles} articles: adding articles live, and a feed item until it is answerable`);
    const liveAdd = await measureLiveAdd(kb, corpus.dir, cacheDir, seed);
    return {
      articles,
      passages: kb.passages.length,
      ...build,
      cacheBytes,
      coldStart,
      warmStart,
      latencies,
      chart,
      liveAdd,
      ...(shardMemory ? { shardMemory } : {}),
    };
  } finally {
    corpus.remove();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const USAGE = `Usage: npm run bench -- [--json] [--sizes 1000,10000,50000] [--shards-at 10000] [--seed N] [--no-discord] [--help]
  --json        only a JSON array, one object per size (progress still goes to stderr)
  --sizes       corpus sizes in articles, comma-separated (default 1000,10000,50000)
  --shards-at   the size at which host memory with 1 and 4 shards is measured (default 10000)
  --seed        the synthetic corpus's seed (default 20250409)
  --no-discord  skip the Discord round trip through the emulator`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  sizes: { type: 'string', default: '1000,10000,50000' },
  /** The corpus size the shard rows are measured at (the targets' size); none when it is not among --sizes. */
  'shards-at': { type: 'string', default: '10000' },
  seed: { type: 'string', default: '20250409' },
  'no-discord': { type: 'boolean', default: false },
} as const;

/** The options, or the usage and why on stderr and exit code 2 (0 for --help): a run takes minutes, so never start a wrong one. */
function options() {
  const args = commandLine(USAGE, OPTIONS, { usageError: 2 });
  if ('exitCode' in args) process.exit(args.exitCode);
  const { values } = args;
  const numbers = [values.seed, values['shards-at'], ...values.sizes.split(',')].map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 0) || values.sizes.split(',').some((n) => Number(n) < 1)) {
    process.stderr.write(`--seed, --shards-at and --sizes take whole numbers (--sizes 1000,10000)\n${USAGE}\n`);
    process.exit(2);
  }
  return values;
}

async function main(): Promise<void> {
  const values = options();
  const loadAtStart = loadavg()[0] ?? 0;
  const seed = Number(values.seed);
  const sizes = values.sizes.split(',').map(Number);

  const results: SizeResult[] = [];
  const shardsAt = Number(values['shards-at']);
  for (const articles of sizes) {
    const result = await measureSize(articles, seed, articles === shardsAt);
    results.push(result);
    // A size's figures as soon as they exist: a run of the largest size can take an hour, and one
    // stopped (or killed) before the end still leaves what it measured.
    progress(`${articles} articles measured: ${JSON.stringify(toJson([result], undefined)[0])}`);
  }

  let discord: DiscordResult | undefined;
  if (!values['no-discord']) {
    progress('Discord emulator round trips on the seed corpus');
    discord = {
      corpus: 'seed',
      summary: await measureDiscordRoundTrip(loadKnowledgeBase(SEED_CORPUS), commands, new Random(seed)),
    };
  }

  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown CPU',
    cores: cpu.length,
    node: process.version,
    load: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    benchMs: performance.now(),
  };
  process.stdout.write(
    values.json ? `${JSON.stringify(toJson(results, discord))}\n` : `${toTable(results, discord, machine, seed)}\n`,
  );
}

await main();
