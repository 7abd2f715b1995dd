import { forgetDrawnCharts } from '../chart/png.ts';
import { runCommand } from '../dispatch/dispatch.ts';
import { partnersWithRates } from '../rates/current.ts';
import type { Dispatch } from './command-inputs.ts';
import { COMMAND_BUDGET_MS } from './command-latency.ts';
import { summarize, timeEach, type LatencySummary } from './stats.ts';

/** The targets of issue #16: a chart is rendered within this, and its PNG is smaller than this. */
export const CHART_TARGETS = { renderMs: 200, pngBytes: 1024 * 1024 } as const;

export interface ChartTiming {
  /** `/tariff chart:true` end to end: rates to series, SVG, PNG, the reply. */
  summary: LatencySummary;
  /** The largest PNG of the run, in bytes. */
  maxPngBytes: number;
  partners: number;
}

/**
 * Runs per measurement; a render costs tens of milliseconds, so fewer than the commands' 1,000.
 * Under the commands' time budget too: a partner with tens of thousands of statements takes
 * seconds per chart at 50,000 articles, and 200 of them ran for over 25 minutes in one run.
 */
const CHART_RUNS = 200;

/** `/tariff chart:true` on the partners with the most statements, in turn, each chart drawn anew. */
export async function measureCharts(d: Dispatch): Promise<ChartTiming | { missing: string }> {
  const partners = partnersWithRates(d.ctx.kb.rates)
    .slice(0, 10)
    .map((p) => p.country);
  if (partners.length === 0) return { missing: 'no partner with rates' };
  let maxPngBytes = 0;
  const inputs = Array.from({ length: CHART_RUNS }, (_, i) => partners[i % partners.length]!);
  const samples = await timeEach(
    inputs,
    async (country) => {
      // Each sample draws its chart: a chart asked again is otherwise kept, and costs nothing.
      forgetDrawnCharts();
      const { reply } = await runCommand(d.registry, 'tariff', { values: { country, chart: true } }, d.ctx, d.log);
      const png = reply.files?.[0];
      if (!png) throw new Error(`/tariff ${country} chart:true gave no chart: ${reply.error ?? ''}`);
      maxPngBytes = Math.max(maxPngBytes, png.data.byteLength);
    },
    COMMAND_BUDGET_MS,
  );
  return { summary: summarize(samples), maxPngBytes, partners: partners.length };
}
