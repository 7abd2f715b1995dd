/** Rate statements: the pair and the percent, the status, and nothing that is not a rate. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { RateStatement } from '../rates/rate-statement.ts';
import { splitOf, type Dataset, type Split } from './dataset.ts';
import type { EvalCorpus } from './corpus.ts';
import { countBySplit, figuresBySplit, type Miss, type SectionResult } from './score.ts';

const describe = (s: { imposer: string; target: string; percent: number; status: string }) =>
  `${s.imposer} → ${s.target} ${s.percent}% ${s.status}`;

/** What limits a statement, as the labels' `products` does: its products, or another limit ("transshipped goods"). */
const limits = (r: RateStatement): string | undefined => r.products?.join(', ') ?? r.scope;

type RateLabel = Dataset['gold']['rates'][number];

/**
 * The statement each label takes: the one that fits it best, its status and its scope, then either
 * (an article may state one pair and percent twice, on goods in general and on cars). The best fits
 * of all the article's labels are taken first, so a label does not take a statement that fits
 * another label better only because it comes first.
 */
export function bestMatches(
  labels: readonly RateLabel[],
  mine: readonly RateStatement[],
): Map<RateLabel, RateStatement> {
  const fits = labels.flatMap((label, order) => {
    const accepted = [label.status, ...label.status_alt];
    const general = label.products === null || label.products === undefined;
    return mine
      .filter((r) => r.imposer === label.imposer && r.target === label.target && r.percent === label.percent)
      .map((r) => ({
        label,
        order,
        r,
        fit: (accepted.includes(r.status) ? 2 : 0) + (general === !limits(r) ? 1 : 0),
      }));
  });
  // Best fit first; among equal fits, labels and statements in reading order.
  fits.sort((a, b) => b.fit - a.fit || a.order - b.order);
  const matches = new Map<RateLabel, RateStatement>();
  const used = new Set<RateStatement>();
  for (const { label, r } of fits) {
    if (matches.has(label) || used.has(r)) continue;
    matches.set(label, r);
    used.add(r);
  }
  return matches;
}

/** A statement's pair, percent and scope: what the labels hold one entry per article for. */
const key = (r: { imposer: string; target: string; percent: number }, limited: boolean) =>
  `${r.imposer}|${r.target}|${r.percent}|${limited ? 'limited' : 'general'}`;
export const statementKey = (r: RateStatement) => key(r, Boolean(limits(r)));

/**
 * The pairs, percents and scopes of an article's rates that a label stands for: those of the
 * statements the labels took, and a found label's own (a statement of it is that rate even when the
 * label took another statement of it whose status fitted better).
 */
export function ratesLabelled(labels: readonly RateLabel[], matches: Map<RateLabel, RateStatement>): Set<string> {
  return new Set([
    ...[...matches.values()].map(statementKey),
    ...labels.filter((l) => matches.has(l)).map((l) => key(l, l.products !== null && l.products !== undefined)),
  ]);
}

export function evaluateRates(dataset: Dataset, kb: KnowledgeBase, corpus: EvalCorpus): SectionResult {
  const gold: { split: Split; found: boolean; status: boolean; scope: boolean }[] = [];
  const extracted: { split: Split; matched: boolean }[] = [];
  const misses: Miss[] = [];
  for (const [file, articleId] of corpus.articleOf) {
    const split = splitOf(file);
    const mine = kb.rates.filter((r) => r.articleId === articleId);
    const labels = dataset.gold.rates.filter((r) => r.file === file);
    const matches = bestMatches(labels, mine);
    for (const label of labels) {
      const accepted = [label.status, ...label.status_alt];
      const general = label.products === null || label.products === undefined;
      const match = matches.get(label);
      gold.push({
        split,
        found: match !== undefined,
        status: match !== undefined && accepted.includes(match.status),
        scope: match !== undefined && general === !limits(match),
      });
      if (!match) {
        misses.push({ file, split, text: `missed ${describe(label)}${general ? '' : ` on ${label.products}`}` });
        continue;
      }
      if (!accepted.includes(match.status))
        misses.push({ file, split, text: `status ${describe(label)}: got ${match.status} in “${match.sentence}”` });
      if (general !== !limits(match))
        misses.push({
          file,
          split,
          text: `scope ${describe(label)}: want ${general ? 'goods in general' : label.products}, got ${limits(match) ?? 'goods in general'}`,
        });
    }
    // The labels hold one entry per article for each pair, percent and products: so do the extracted
    // statements here (a rate an article states twice is one statement, right if either is).
    const matchedKeys = ratesLabelled(labels, matches);
    const seen = new Set<string>();
    for (const r of mine) {
      const k = statementKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      const matched = matchedKeys.has(k);
      extracted.push({ split, matched });
      if (!matched) misses.push({ file, split, text: `extra ${describe(r)} in “${r.sentence}”` });
    }
  }
  return {
    section: 'rates',
    figures: figuresBySplit([
      countBySplit('pair+percent recall', gold, (g) => g.found),
      countBySplit('exact status recall', gold, (g) => g.status),
      countBySplit('precision', extracted, (e) => e.matched),
      countBySplit(
        'general vs product scope (of found)',
        gold.filter((g) => g.found),
        (g) => g.scope,
      ),
    ]),
    misses,
  };
}
