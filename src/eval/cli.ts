/**
 * `npm run eval -- [--dataset DIR] [--split tune|holdout|all] [--only SECTION,…] [--quiet] [--json]`
 * (`npm run eval` names the shared development set beside the checkout; the code names no folder
 * outside the repository, so that a clone stands on its own).
 * Ingests the real-news development set with the project's own ingest and scores the extractors and
 * the search against its gold labels. Shows the tuning half unless asked: the other half stays
 * untouched until a piece of work is done.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { commandLine } from '../config/command-line.ts';
import { loadDataset, splitOf, type Split } from './dataset.ts';
import { knowledgeOf } from './corpus.ts';
import { evaluateAnswers } from './answers.ts';
import { evaluateDeadlines } from './deadlines.ts';
import { evaluateHeadlines } from './headline.ts';
import { evaluateQuestions } from './questions.ts';
import { evaluateQuotes } from './quotes.ts';
import { evaluateRates } from './rates.ts';
import { ratio, type Figure, type SectionResult } from './score.ts';

const SECTIONS = ['quotes', 'rates', 'headline', 'deadlines', 'questions', 'answers'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = 'usage: npm run eval -- [--dataset DIR] [--split tune|holdout|all] [--only SECTION,…] [--quiet] [--json]';

function main(): number {
  const args = commandLine(USAGE, {
    dataset: { type: 'string' },
    split: { type: 'string', default: 'tune' },
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  if ('exitCode' in args) return args.exitCode;
  const { values } = args;
  const splits: Split[] =
    values.split === 'all' ? ['tune', 'holdout'] : values.split === 'holdout' ? ['holdout'] : ['tune'];
  if (!['tune', 'holdout', 'all'].includes(values.split)) {
    console.error(`--split is tune, holdout or all, not “${values.split}”`);
    return 1;
  }
  const only = values.only?.split(',') ?? [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
    return 1;
  }
  if (!values.dataset) {
    console.error('pass --dataset DIR (npm run eval passes the shared development set)');
    return 1;
  }
  const dir = resolve(values.dataset);
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder (pass --dataset DIR)`);
    return 1;
  }

  const dataset = loadDataset(dir);
  const { kb, corpus } = knowledgeOf(dataset, dataset.manifest);
  const run: Record<Section, () => SectionResult> = {
    quotes: () => evaluateQuotes(dataset, kb, corpus),
    rates: () => evaluateRates(dataset, kb, corpus),
    headline: () => evaluateHeadlines(dataset),
    deadlines: () => evaluateDeadlines(dataset, kb, corpus),
    questions: () => evaluateQuestions(dataset, kb, corpus),
    answers: () => evaluateAnswers(dataset),
  };
  const results = SECTIONS.filter((s) => only.includes(s)).map((s) => run[s]());

  if (values.json) {
    const shown = results.map((r) => ({
      section: r.section,
      figures: Object.fromEntries(splits.map((s) => [s, r.figures[s].map((f) => ({ ...f, value: ratio(f) }))])),
      misses: values.quiet ? [] : r.misses.filter((m) => splits.includes(m.split)),
    }));
    console.log(
      JSON.stringify({ dataset: dir, articles: corpus.articleOf.size, refused: corpus.refused, results: shown }),
    );
    return 0;
  }

  const files = [...corpus.articleOf.keys()];
  const counts = splits.map((s) => `${files.filter((f) => splitOf(f) === s).length} ${s}`);
  console.log(`real-news evaluation: ${corpus.articleOf.size} articles ingested (${counts.join(', ')}) from ${dir}`);
  for (const refusal of corpus.refused) console.log(`  refused by ingest: ${refusal}`);
  const cell = (f: Figure) => `${Number.isNaN(ratio(f)) ? '  -  ' : ratio(f).toFixed(2)} (${f.hits}/${f.total})`;
  for (const result of results) {
    console.log(`\n${result.section.padEnd(40)}${splits.map((s) => s.padEnd(18)).join('')}`);
    result.figures.tune.forEach((figure, i) =>
      console.log(`  ${figure.name.padEnd(38)}${splits.map((s) => cell(result.figures[s][i]!).padEnd(18)).join('')}`),
    );
    if (values.quiet) continue;
    for (const miss of result.misses.filter((m) => splits.includes(m.split)))
      console.log(`    ${miss.file}  ${miss.text}`);
  }
  return 0;
}

process.exitCode = main();
