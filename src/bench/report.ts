import { CHART_TARGETS, type ChartTiming } from './chart.ts';
import type { LiveAddResult } from './live-add.ts';
import { RUNS } from './command-inputs.ts';
import { COMMAND_BUDGET_MS, type InProcessLatencies, type Timed } from './command-latency.ts';
import type { ShardMemory } from './shard-memory.ts';
import type { Startup } from './startup.ts';
import type { LatencySummary, Percentiles } from './stats.ts';

/**
 * The goals of issue #17 on the 2-core machines, per corpus size: at 10,000 articles every figure,
 * at 50,000 (about 500,000 passages) the three that decide whether the bot still scales.
 */
interface Targets {
  askP50Ms?: number;
  askP99Ms?: number;
  commandP99Ms?: number;
  autocompleteP99Ms?: number;
  loadMs?: number;
  loadCpuMs?: number;
  rssMb?: number;
  liveAddMs?: number;
}

export const TARGETS: Record<number, Targets> = {
  10_000: {
    askP50Ms: 2,
    askP99Ms: 10,
    commandP99Ms: 10,
    autocompleteP99Ms: 2,
    loadMs: 1500,
    loadCpuMs: 1500,
    rssMb: 300,
    liveAddMs: 50,
  },
  50_000: { askP99Ms: 25, loadMs: 5000, rssMb: 1024 },
};

export interface SizeResult {
  articles: number;
  passages: number;
  /** Building the passage index alone, in process. */
  buildMs: number;
  /** Running the extractors (deadlines, …), in process. */
  extractMs: number;
  /** The cache file the first start-up wrote. */
  cacheBytes: number;
  /** `JSON.stringify(kb.index.toJSON(kb.passages))`: the index's share of the cache. */
  indexJsonBytes: number;
  coldStart: Startup;
  warmStart: Startup;
  latencies: InProcessLatencies;
  /** `/tariff chart:true`: render time and PNG size. */
  chart: ChartTiming | { missing: string };
  /** Articles added to the running index (a link, a feed item) without a rebuild. */
  liveAdd: LiveAddResult;
  /** A host's memory with 1 and 4 shards against the emulator (measured at one corpus size only). */
  shardMemory?: ShardMemory[];
}

export interface DiscordResult {
  corpus: string;
  summary: LatencySummary;
}

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  /** 1-minute load averages when the run started and ended: a busy machine explains slow figures. */
  load: { start: number; end: number };
  /** How long the whole benchmark took. */
  benchMs: number;
}

const percentiles = ({ p50Ms, p99Ms }: Percentiles): Percentiles => ({ p50Ms, p99Ms });
/** A command's percentiles, with how many runs they are over (fewer than 1,000 when its time budget ran out). */
const commandPercentiles = (t: InProcessLatencies['commands'][string] | undefined) =>
  t && !('missing' in t) ? { ...percentiles(t.summary), samples: t.summary.samples } : null;

/** The `--json` form: one object per corpus size, the fields of issue #7 first; a command not timed is null. */
export function toJson(results: readonly SizeResult[], discord: DiscordResult | undefined): unknown[] {
  return results.map((r) => ({
    articles: r.articles,
    passages: r.passages,
    buildMs: Math.round(r.buildMs),
    loadMs: Math.round(r.warmStart.readyMs),
    indexBytes: r.cacheBytes,
    rssMb: Math.round(r.warmStart.rssMb),
    ask: percentiles(r.latencies.ask.summary),
    rawMiniSearch: percentiles(r.latencies.rawMiniSearch),
    quote: commandPercentiles(r.latencies.commands.quote),
    tariff: commandPercentiles(r.latencies.commands.tariff),
    autocomplete: 'missing' in r.latencies.autocomplete ? null : percentiles(r.latencies.autocomplete.all),
    // Beyond the issue's fields:
    deadline: commandPercentiles(r.latencies.commands.deadline),
    loadCpuMs: Math.round(r.warmStart.cpuMs),
    settledRssMb: Math.round(r.warmStart.settledRssMb),
    noCacheLoadMs: Math.round(r.coldStart.readyMs),
    cacheHit: r.warmStart.cache === 'hit',
    indexJsonBytes: r.indexJsonBytes,
    extractMs: Math.round(r.extractMs),
    chart:
      'missing' in r.chart
        ? null
        : { ...percentiles(r.chart.summary), samples: r.chart.summary.samples, maxPngBytes: r.chart.maxPngBytes },
    liveAddMs: Math.round(r.liveAdd.addMs.median),
    liveAddMaxMs: Math.round(r.liveAdd.addMs.max),
    liveSaveCacheMs: Math.round(r.liveAdd.saveCacheMs),
    feedToAnswerMs: Math.round(r.liveAdd.feedToAnswerMs),
    shards:
      r.shardMemory?.map((m) => ({ ...m, rssMb: Math.round(m.rssMb), connectedMs: Math.round(m.connectedMs) })) ?? null,
    // Measured once, on the seed corpus, and repeated in every object.
    discord: discord
      ? { corpus: discord.corpus, interactions: discord.summary.samples, ...percentiles(discord.summary) }
      : null,
  }));
}

// ── The table ──────────────────────────────────────────────────────────────

const ms = (value: number) =>
  value >= 1000
    ? `${(value / 1000).toFixed(2)} s`
    : value >= 10
      ? `${Math.round(value)} ms`
      : `${value.toFixed(value >= 1 ? 2 : 3)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const pair = (s: Percentiles) => `${ms(s.p50Ms)} / ${ms(s.p99Ms)}`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const answeredShare = (t: Timed) => `${Math.round(t.answered * 100)}% answered`;
const startup = (s: Startup) => `${ms(s.readyMs)} (CPU ${ms(s.cpuMs)}; modules loaded at ${ms(s.importedMs)})`;

interface Row {
  label: string;
  cells: string[];
  /** Against the targets, at the sizes that have one. */
  target?: string;
  /** From the smallest corpus to the largest. */
  growth?: string;
}

function commandCell(timing: InProcessLatencies['commands'][string] | undefined): string {
  if (!timing) return '— not timed';
  if ('missing' in timing) return `— ${timing.missing}`;
  const cut = timing.summary.samples < RUNS ? `; ${timing.summary.samples} runs, cut at ${ms(COMMAND_BUDGET_MS)}` : '';
  return `${pair(timing.summary)} (${answeredShare(timing)}${cut})`;
}

/** How a figure grows from the smallest corpus to the largest: the factor, and the slope on a log-log scale (1 = linear). */
function growth(results: readonly SizeResult[], figure: (r: SizeResult) => number): string {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last || first === last || figure(first) <= 0) return '';
  const factor = figure(last) / figure(first);
  return `×${factor.toFixed(1)} (slope ${(Math.log(factor) / Math.log(last.articles / first.articles)).toFixed(2)})`;
}

function rows(results: readonly SizeResult[]): Row[] {
  /** The verdict on every size with a target for this figure. */
  const check = (target: (t: Targets) => number | undefined, ok: (r: SizeResult, limit: number) => boolean) =>
    results
      .flatMap((r) => {
        const t = TARGETS[r.articles];
        const limit = t && target(t);
        return limit === undefined ? [] : [`${r.articles / 1000}k ${verdict(ok(r, limit))}`];
      })
      .join(', ');
  const each = (cell: (r: SizeResult) => string) => results.map(cell);
  const ratio = (r: SizeResult) => r.latencies.ask.summary.p50Ms / r.latencies.rawMiniSearch.p50Ms;
  const autocomplete = (r: SizeResult) =>
    'missing' in r.latencies.autocomplete ? undefined : r.latencies.autocomplete;
  const optionNames = [...new Set(results.flatMap((r) => autocomplete(r)?.byOption.map((o) => o.option) ?? []))];
  const p99 = (timing: InProcessLatencies['commands'][string] | undefined) =>
    timing && !('missing' in timing) ? timing.summary.p99Ms : Infinity;
  const shardRows = [1, 4].flatMap((shards) =>
    [false, true].map((perProcess) => ({
      label: `host memory, ${shards} shard${shards > 1 ? 's' : ''}${perProcess ? ', a process each' : ', one process'}`,
      cells: each((r) => {
        const m = r.shardMemory?.find((x) => x.shards === shards && x.perProcess === perProcess);
        return m ? `${Math.round(m.rssMb)} MB in ${m.processes} process${m.processes > 1 ? 'es' : ''}` : '—';
      }),
    })),
  );
  return [
    { label: 'passages', cells: each((r) => r.passages.toLocaleString('en-US')) },
    { label: 'index build (in process)', cells: each((r) => ms(r.buildMs)) },
    { label: 'extractors (in process)', cells: each((r) => ms(r.extractMs)) },
    {
      label: 'one article added live (median / max)',
      cells: each(
        (r) =>
          `${ms(r.liveAdd.addMs.median)} / ${ms(r.liveAdd.addMs.max)} (then the cache saved: ${ms(r.liveAdd.saveCacheMs)})`,
      ),
      // On the median: the first addition after a start also hashes every article once (to know
      // one published again under another name), a cost paid once per process: the max shows it.
      target: check(
        (t) => t.liveAddMs,
        (r, limit) => r.liveAdd.addMs.median <= limit,
      ),
    },
    { label: 'feed item → answerable (one poll)', cells: each((r) => ms(r.liveAdd.feedToAnswerMs)) },
    { label: 'cache file (index part)', cells: each((r) => `${mb(r.cacheBytes)} (${mb(r.indexJsonBytes)})`) },
    { label: 'start-up, no cache', cells: each((r) => startup(r.coldStart)) },
    {
      label: 'start-up, with the cache',
      cells: each(
        (r) =>
          `${startup(r.warmStart)}${r.warmStart.cache === 'hit' ? '' : ` — cache not used: ${r.warmStart.reason ?? '?'}`}`,
      ),
      target: check(
        (t) => t.loadMs,
        (r, limit) => r.warmStart.readyMs <= limit,
      ),
      growth: growth(results, (r) => r.warmStart.readyMs),
    },
    {
      label: '  its CPU time',
      cells: each((r) => ms(r.warmStart.cpuMs)),
      target: check(
        (t) => t.loadCpuMs,
        (r, limit) => r.warmStart.cpuMs <= limit,
      ),
      growth: growth(results, (r) => r.warmStart.cpuMs),
    },
    {
      label: 'resident memory after start-up',
      cells: each(
        (r) =>
          `${Math.round(r.warmStart.rssMb)} MB (after a GC ${Math.round(r.warmStart.settledRssMb)} MB, live heap ${Math.round(r.warmStart.heapUsedMb)} MB)`,
      ),
      target: check(
        (t) => t.rssMb,
        (r, limit) => r.warmStart.rssMb <= limit,
      ),
      growth: growth(results, (r) => r.warmStart.rssMb),
    },
    ...shardRows,
    {
      label: '/ask p50 / p99',
      cells: each((r) => `${pair(r.latencies.ask.summary)} (${answeredShare(r.latencies.ask)})`),
      target: [
        check(
          (t) => t.askP50Ms,
          (r, limit) => r.latencies.ask.summary.p50Ms <= limit,
        ),
        check(
          (t) => t.askP99Ms,
          (r, limit) => r.latencies.ask.summary.p99Ms <= limit,
        ),
      ].join('; '),
      growth: growth(results, (r) => r.latencies.ask.summary.p99Ms),
    },
    { label: 'raw MiniSearch.search p50 / p99', cells: each((r) => pair(r.latencies.rawMiniSearch)) },
    { label: '/ask p50 ÷ raw p50', cells: each((r) => `${ratio(r).toFixed(2)}×`) },
    ...['quote', 'tariff', 'deadline'].map((name) => ({
      label: `/${name} p50 / p99`,
      cells: each((r) => commandCell(r.latencies.commands[name])),
      target: check(
        (t) => t.commandP99Ms,
        (r, limit) => p99(r.latencies.commands[name]) <= limit,
      ),
    })),
    {
      label: 'autocomplete p50 / p99 (all)',
      cells: each((r) => {
        const a = autocomplete(r);
        return a ? pair(a.all) : `— ${'missing' in r.latencies.autocomplete ? r.latencies.autocomplete.missing : ''}`;
      }),
      target: check(
        (t) => t.autocompleteP99Ms,
        (r, limit) => (autocomplete(r)?.all.p99Ms ?? Infinity) <= limit,
      ),
    },
    {
      label: '/tariff chart:true p50 / p99 (largest PNG)',
      cells: each((r) =>
        'missing' in r.chart
          ? `— ${r.chart.missing}`
          : `${pair(r.chart.summary)} (${Math.round(r.chart.maxPngBytes / 1024)} KB; ${r.chart.summary.samples} runs over ${r.chart.partners} partners)`,
      ),
      target: results.some((r) => !('missing' in r.chart))
        ? `p99 < ${CHART_TARGETS.renderMs} ms, PNG < 1 MB: ${results
            .map(
              (r) =>
                `${r.articles / 1000}k ${verdict(!('missing' in r.chart) && r.chart.summary.p99Ms < CHART_TARGETS.renderMs && r.chart.maxPngBytes < CHART_TARGETS.pngBytes)}`,
            )
            .join(', ')}`
        : '',
    },
    ...optionNames.map((option) => ({
      label: `  ${option}`,
      cells: each((r) => {
        const found = autocomplete(r)?.byOption.find((o) => o.option === option);
        return found ? pair(found.summary) : '—';
      }),
    })),
  ];
}

function layout(table: string[][]): string {
  const widths = table[0]?.map((_, col) => Math.max(...table.map((row) => [...(row[col] ?? '')].length))) ?? [];
  return table
    .map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The human-readable report: the machine, one column per corpus size, the targets and whether they were met. */
export function toTable(
  results: readonly SizeResult[],
  discord: DiscordResult | undefined,
  machine: Machine,
  seed: number,
): string {
  const header = [
    '',
    ...results.map((r) => `${r.articles.toLocaleString('en-US')} articles`),
    'growth, first → last size',
    'targets (see README)',
  ];
  const body = rows(results).map((row) => [row.label, ...row.cells, row.growth ?? '', row.target ?? '']);
  const discordLine = discord
    ? `Discord emulator, ${discord.corpus} corpus, ${discord.summary.samples} interactions, INTERACTION_CREATE → callback p50 / p99: ${pair(discord.summary)}`
    : 'Discord emulator: not measured (--no-discord)';
  return [
    `Machine: ${machine.cpu} × ${machine.cores} · Node ${machine.node} · load average ${machine.load.start.toFixed(1)} at the start, ${machine.load.end.toFixed(1)} at the end · seed ${seed}`,
    '',
    layout([header, ...body]),
    '',
    discordLine,
    `Latencies are in process through the shared dispatcher: nearest-rank percentiles over ${RUNS.toLocaleString('en-US')} inputs after a warm-up (commands other than /ask: at most ${ms(COMMAND_BUDGET_MS)} of runs). Start-ups are fresh processes.`,
    `The benchmark took ${(machine.benchMs / 60_000).toFixed(1)} minutes.`,
  ].join('\n');
}
