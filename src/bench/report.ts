import { CHART_TARGETS, type ChartTiming } from './chart.ts';
import type { LiveAddResult } from './live-add.ts';
import { RUNS } from './command-inputs.ts';
import { COMMAND_BUDGET_MS, type InProcessLatencies, type Timed } from './command-latency.ts';
import type { Startup } from './startup.ts';
import type { LatencySummary, Percentiles } from './stats.ts';

/** The goals of issue #7, for a corpus of `articles` articles on the 2-core machines. */
export const TARGETS = {
  articles: 10_000,
  askP99Ms: 10,
  autocompleteP99Ms: 2,
  loadMs: 2000,
  rssMb: 400,
  askOverRaw: 1.5,
} as const;

export interface SizeResult {
  articles: number;
  passages: number;
  /** Building the passage index alone, in process. */
  buildMs: number;
  /** Running the extractors (deadlines, …), in process. */
  extractMs: number;
  /** The cache file the first start-up wrote. */
  cacheBytes: number;
  /** `JSON.stringify(kb.index.toJSON())`: the index's share of the cache. */
  indexJsonBytes: number;
  coldStart: Startup;
  warmStart: Startup;
  latencies: InProcessLatencies;
  /** `/tariff chart:true`: render time and PNG size. */
  chart: ChartTiming | { missing: string };
  /** Articles added to the running index (a link, a feed item) without a rebuild. */
  liveAdd: LiveAddResult;
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
    chart: 'missing' in r.chart ? null : { ...percentiles(r.chart.summary), maxPngBytes: r.chart.maxPngBytes },
    liveAddMs: Math.round(r.liveAdd.addMs.median),
    liveAddMaxMs: Math.round(r.liveAdd.addMs.max),
    liveSaveCacheMs: Math.round(r.liveAdd.saveCacheMs),
    feedToAnswerMs: Math.round(r.liveAdd.feedToAnswerMs),
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
  /** Against the target, at the target's corpus size. */
  target?: string;
}

function commandCell(timing: InProcessLatencies['commands'][string] | undefined): string {
  if (!timing) return '— not timed';
  if ('missing' in timing) return `— ${timing.missing}`;
  const cut = timing.summary.samples < RUNS ? `; ${timing.summary.samples} runs, cut at ${ms(COMMAND_BUDGET_MS)}` : '';
  return `${pair(timing.summary)} (${answeredShare(timing)}${cut})`;
}

function rows(results: readonly SizeResult[]): Row[] {
  const atTarget = results.find((r) => r.articles === TARGETS.articles);
  const check = (ok: (r: SizeResult) => boolean, goal: string) =>
    atTarget ? `${goal}: ${verdict(ok(atTarget))}` : goal;
  const each = (cell: (r: SizeResult) => string) => results.map(cell);
  const ratio = (r: SizeResult) => r.latencies.ask.summary.p50Ms / r.latencies.rawMiniSearch.p50Ms;
  const autocomplete = (r: SizeResult) =>
    'missing' in r.latencies.autocomplete ? undefined : r.latencies.autocomplete;
  const optionNames = [...new Set(results.flatMap((r) => autocomplete(r)?.byOption.map((o) => o.option) ?? []))];
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
      target: check((r) => r.warmStart.readyMs <= TARGETS.loadMs, `≤ ${ms(TARGETS.loadMs)}`),
    },
    {
      label: 'resident memory after start-up',
      cells: each(
        (r) =>
          `${Math.round(r.warmStart.rssMb)} MB (after a GC ${Math.round(r.warmStart.settledRssMb)} MB, live heap ${Math.round(r.warmStart.heapUsedMb)} MB)`,
      ),
      target: check((r) => r.warmStart.rssMb <= TARGETS.rssMb, `≤ ${TARGETS.rssMb} MB`),
    },
    {
      label: '/ask p50 / p99',
      cells: each((r) => `${pair(r.latencies.ask.summary)} (${answeredShare(r.latencies.ask)})`),
      target: check((r) => r.latencies.ask.summary.p99Ms <= TARGETS.askP99Ms, `p99 ≤ ${TARGETS.askP99Ms} ms`),
    },
    { label: 'raw MiniSearch.search p50 / p99', cells: each((r) => pair(r.latencies.rawMiniSearch)) },
    {
      label: '/ask p50 ÷ raw p50',
      cells: each((r) => `${ratio(r).toFixed(2)}×`),
      target: check((r) => ratio(r) <= TARGETS.askOverRaw, `≤ ${TARGETS.askOverRaw}×`),
    },
    ...['quote', 'tariff', 'deadline'].map((name) => ({
      label: `/${name} p50 / p99`,
      cells: each((r) => commandCell(r.latencies.commands[name])),
    })),
    {
      label: 'autocomplete p50 / p99 (all)',
      cells: each((r) => {
        const a = autocomplete(r);
        return a ? pair(a.all) : `— ${'missing' in r.latencies.autocomplete ? r.latencies.autocomplete.missing : ''}`;
      }),
      target: check(
        (r) => (autocomplete(r)?.all.p99Ms ?? Infinity) <= TARGETS.autocompleteP99Ms,
        `p99 ≤ ${TARGETS.autocompleteP99Ms} ms`,
      ),
    },
    {
      label: '/tariff chart:true p50 / p99 (largest PNG)',
      cells: each((r) =>
        'missing' in r.chart
          ? `— ${r.chart.missing}`
          : `${pair(r.chart.summary)} (${Math.round(r.chart.maxPngBytes / 1024)} KB; ${r.chart.summary.samples} runs over ${r.chart.partners} partners)`,
      ),
      target: check(
        (r) =>
          !('missing' in r.chart) &&
          r.chart.summary.p99Ms < CHART_TARGETS.renderMs &&
          r.chart.maxPngBytes < CHART_TARGETS.pngBytes,
        `p99 < ${CHART_TARGETS.renderMs} ms, PNG < 1 MB`,
      ),
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
    `target at ${TARGETS.articles.toLocaleString('en-US')}`,
  ];
  const body = rows(results).map((row) => [row.label, ...row.cells, row.target ?? '']);
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
