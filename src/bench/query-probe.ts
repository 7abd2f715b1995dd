/**
 * `tsx src/bench/query-probe.ts [articles] [seed]`: the query latencies of `npm run bench` on CPU
 * time, in one process (`process.cpuUsage()` around each run, so other processes' load counts
 * little): `/ask`'s search and the whole command, raw MiniSearch, `/tariff`, autocomplete and the
 * `/tariff` chart, on the bench's synthetic corpus and inputs. The corpus and its index cache are
 * kept in the temporary folder between runs (`trade-desk-probe-<articles>-<seed>`), so a probe
 * under `node --cpu-prof` profiles the queries, not the build. `PROBE_ONLY=ask,chart` measures
 * only those.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../commands/index.ts';
import { forgetDrawnCharts } from '../chart/png.ts';
import { consoleContext } from '../console/session.ts';
import { runAutocomplete, runCommand } from '../dispatch/dispatch.ts';
import { cachePath, openServingKnowledgeBase } from '../knowledge/cache.ts';
import { assembleKnowledgeBase, type KnowledgeParts } from '../knowledge/knowledge-base.ts';
import { createLogger } from '../log/logger.ts';
import { partnersWithRates } from '../rates/current.ts';
import { openStore } from '../store/store.ts';
import { autocompleteInputs, RUNS, timedCommandInputs } from './command-inputs.ts';
import { askQuestions } from './queries.ts';
import { Random } from './random.ts';
import { summarize, WARM_UP_RUNS } from './stats.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const [articles, seed] = [Number(process.argv[2] ?? 3000), Number(process.argv[3] ?? 20250409)];
const only = process.env.PROBE_ONLY?.split(',');
const dir = join(tmpdir(), `trade-desk-probe-${articles}-${seed}`);
if (!existsSync(dir)) {
  const corpus = writeSyntheticCorpus({ seed, articles });
  renameSync(corpus.dir, dir);
}
const log = createLogger('silent');
const cacheFile = cachePath(join(dir, 'cache'), dir);
// A probe compares query code: the saved index is reused even when the code key moved (the
// indexing code is not what it measures), which spares minutes of rebuilding at 10,000 articles.
function reusedCache() {
  try {
    return assembleKnowledgeBase(dir, JSON.parse(readFileSync(cacheFile, 'utf8')) as KnowledgeParts);
  } catch {
    return undefined; // a cache of another format
  }
}
const kb = (existsSync(cacheFile) && reusedCache()) || openServingKnowledgeBase(dir, join(dir, 'cache'), log);
const store = openStore(':memory:');
const d = { registry: commands, ctx: consoleContext(kb, () => NOW, store), log };

/** CPU milliseconds of each run, after the first `WARM_UP_RUNS` untimed. */
async function cpuEach<T>(inputs: readonly T[], run: (input: T) => unknown): Promise<number[]> {
  for (const input of inputs.slice(0, WARM_UP_RUNS)) await run(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = process.cpuUsage();
    await run(input);
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples;
}

const report = (name: string, samples: number[]) => {
  const s = summarize(samples);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${name.padEnd(22)} p50 ${s.p50Ms.toFixed(2)} ms  p99 ${s.p99Ms.toFixed(2)} ms  max ${s.maxMs.toFixed(1)} ms  mean ${mean.toFixed(2)} ms`,
  );
};
const wanted = (name: string) => !only || only.includes(name);

const random = new Random(seed + articles);
const questions = askQuestions(
  kb.passages.map((p) => p.text),
  random,
  RUNS,
);
console.log(`${articles} articles, ${kb.passages.length} passages`);
// PROBE_DUMP=file writes every question's hits, to compare two versions of the search code.
if (process.env.PROBE_DUMP) {
  const hits = questions.map((q) => kb.index.search(q).map((h) => `${h.passage.id} ${h.score} ${h.terms.join(',')}`));
  writeFileSync(process.env.PROBE_DUMP, JSON.stringify(hits, null, 1));
}
if (wanted('search')) report('search', await cpuEach(questions, (q) => kb.index.search(q)));
if (wanted('ask'))
  report(
    '/ask',
    await cpuEach(questions, (q) => runCommand(d.registry, 'ask', { values: { question: q } }, d.ctx, log)),
  );
if (wanted('raw')) report('raw MiniSearch', await cpuEach(questions, (q) => kb.index.miniSearch.search(q)));
const timed = await timedCommandInputs(d, random);
for (const { name, inputs } of timed)
  if (wanted(name) && !('missing' in inputs))
    report(`/${name}`, await cpuEach(inputs, (i) => runCommand(d.registry, name, i.raw, d.ctx, log)));
if (wanted('autocomplete')) {
  const keystrokes = autocompleteInputs(d.registry, random);
  const samples = await cpuEach(keystrokes, (k) =>
    runAutocomplete(d.registry, k.command, k.focused, k.raw, d.ctx, log),
  );
  report('autocomplete', samples);
  for (const option of new Set(keystrokes.map((k) => k.option)))
    report(
      `  ${option}`,
      samples.filter((_, i) => keystrokes[i]?.option === option),
    );
}
if (wanted('chart')) {
  // Charts take up to seconds each at 50,000 articles: 20 renders over the ten largest partners.
  const partners = partnersWithRates(kb.rates)
    .slice(0, 10)
    .map((p) => p.country);
  const countries = Array.from({ length: 20 }, (_, i) => partners[i % partners.length] ?? '');
  report(
    '/tariff chart:true',
    await cpuEach(countries, (country) => {
      forgetDrawnCharts(); // each run draws its chart
      return runCommand(d.registry, 'tariff', { values: { country, chart: true } }, d.ctx, log);
    }),
  );
}
await store.close();
