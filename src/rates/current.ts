import { HOME_COUNTRY } from '../geo/countries.ts';
import type { RateStatement } from './rate-statement.ts';

/** What the corpus says about one direction of a pair: who charges whom. */
export interface DirectionRates {
  imposer: string;
  target: string;
  /** The newest current rate on goods in general that no later article says was replaced; absent when there is none. */
  headline?: RateStatement;
  /** Current rates limited to products, the newest for each set of products. */
  coverage: RateStatement[];
  /** The newest scheduled, threatened or suspended rate on goods in general, unless a later article says where the rate stands. */
  pending?: RateStatement;
  /** Every statement for this direction, newest first. */
  history: RateStatement[];
}

const PART_RANK = { total: 0, none: 1, component: 2 } as const;

/** Newest article first; statements of one date keep their order (article id, then reading order). */
export function newestFirst(statements: readonly RateStatement[]): RateStatement[] {
  return [...statements].sort((a, b) => b.published.localeCompare(a.published));
}

const general = (s: RateStatement) => !s.products;

/** The rates `imposer` charges on `target`, as far as `statements` say. */
export function directionRates(statements: readonly RateStatement[], imposer: string, target: string): DirectionRates {
  const history = newestFirst(statements.filter((s) => s.imposer === imposer && s.target === target));
  // A rate a later article says was replaced ("scrapped its 25% counter-tariffs") is current no more.
  const replaced = (s: RateStatement) => history.some((o) => o.published > s.published && o.status === 'previous' && o.percent === s.percent && general(o) === general(s));
  const current = history.filter((s) => s.status === 'current' && !replaced(s));
  // Newest date first; on one date a total ("the combined duty") beats a plain rate, which beats a part of one.
  const headline = [...current.filter(general)].sort((a, b) => b.published.localeCompare(a.published) || PART_RANK[a.part ?? 'none'] - PART_RANK[b.part ?? 'none'])[0];
  const coverage = current.filter((s) => s.products).filter((s, i, all) => all.findIndex((o) => o.products?.join() === s.products?.join()) === i);
  // Only news as recent as the latest known state of the rate can say what comes next.
  const latest = history.find((s) => general(s) && (s.status === 'current' || s.status === 'previous'));
  const pending = history.find((s) => general(s) && ['scheduled', 'threatened', 'suspended'].includes(s.status) && (!latest || s.published >= latest.published));
  return { imposer, target, history, coverage, ...(headline ? { headline } : {}), ...(pending ? { pending } : {}) };
}

/** Both directions between the home country and `partner`: what each charges the other. */
export function pairRates(statements: readonly RateStatement[], partner: string): [DirectionRates, DirectionRates] {
  return [directionRates(statements, HOME_COUNTRY, partner), directionRates(statements, partner, HOME_COUNTRY)];
}

/** Every statement between the home country and `partner`, either way, newest first. */
export function pairStatements(statements: readonly RateStatement[], partner: string): RateStatement[] {
  return newestFirst(statements.filter((s) => (s.imposer === HOME_COUNTRY && s.target === partner) || (s.imposer === partner && s.target === HOME_COUNTRY)));
}

/** The home country's partners with at least one statement, most statements first. */
export function partnersWithRates(statements: readonly RateStatement[]): { country: string; statements: number }[] {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const partner = s.imposer === HOME_COUNTRY ? s.target : s.target === HOME_COUNTRY ? s.imposer : undefined;
    if (partner) counts.set(partner, (counts.get(partner) ?? 0) + 1);
  }
  return [...counts].map(([country, n]) => ({ country, statements: n })).sort((a, b) => b.statements - a.statements || a.country.localeCompare(b.country));
}
