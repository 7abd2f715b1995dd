import { HOME_COUNTRY } from '../geo/countries.ts';
import { newestFirst, rateLookup, type PartnerCount } from './lookup.ts';
import type { RateStatement } from './rate-statement.ts';

/** What the corpus says about one direction of a pair: who charges whom. */
export interface DirectionRates {
  imposer: string;
  target: string;
  /** The newest current rate on goods in general that no later article says was replaced; absent when there is none. */
  headline?: RateStatement;
  /** Current rates limited to products, the newest for each set of products. */
  coverage: readonly RateStatement[];
  /** The newest scheduled, threatened or suspended rate on goods in general, unless a later article says where the rate stands. */
  pending?: RateStatement;
  /** Every statement for this direction, newest first. */
  history: readonly RateStatement[];
}

const PART_RANK = { total: 0, none: 1, component: 2 } as const;

const general = (s: RateStatement) => !s.products;
/** Statements a `previous` one replaces share this: the number, and whether it is limited to products. */
const replacedKey = (s: RateStatement) => `${s.percent} ${general(s)}`;

/** The rates `imposer` charges on `target`, as far as `statements` say. */
export function directionRates(statements: readonly RateStatement[], imposer: string, target: string): DirectionRates {
  const history = newestFirst(statements.filter((s) => s.imposer === imposer && s.target === target));
  // A rate a later article says was replaced ("scrapped its 25% counter-tariffs") is current no more.
  const replacedOn = new Map<string, string>();
  for (const o of history)
    if (o.status === 'previous' && !replacedOn.has(replacedKey(o))) replacedOn.set(replacedKey(o), o.published);
  const replaced = (s: RateStatement) => (replacedOn.get(replacedKey(s)) ?? '') > s.published;
  const current = history.filter((s) => s.status === 'current' && !replaced(s));
  // Newest date first; on one date a total ("the combined duty") beats a plain rate, which beats a part of one.
  const headline = [...current.filter(general)].sort(
    (a, b) => b.published.localeCompare(a.published) || PART_RANK[a.part ?? 'none'] - PART_RANK[b.part ?? 'none'],
  )[0];
  const coverage = current
    .filter((s) => s.products)
    .filter((s, i, all) => all.findIndex((o) => o.products?.join() === s.products?.join()) === i);
  // Only news as recent as the latest known state of the rate can say what comes next.
  const latest = history.find((s) => general(s) && (s.status === 'current' || s.status === 'previous'));
  const pending = history.find(
    (s) =>
      general(s) &&
      ['scheduled', 'threatened', 'suspended'].includes(s.status) &&
      (!latest || s.published >= latest.published),
  );
  return { imposer, target, history, coverage, ...(headline ? { headline } : {}), ...(pending ? { pending } : {}) };
}

/** The directions worked out from each partner's statements (an array of the look-up, or a new empty one), kept as long as it lives. */
const pairs = new WeakMap<readonly RateStatement[], readonly [DirectionRates, DirectionRates]>();

/** Both directions between the home country and `partner`: what each charges the other. */
export function pairRates(
  statements: readonly RateStatement[],
  partner: string,
): readonly [DirectionRates, DirectionRates] {
  const pair = pairStatements(statements, partner);
  let directions = pairs.get(pair);
  if (!directions) {
    directions = [directionRates(pair, HOME_COUNTRY, partner), directionRates(pair, partner, HOME_COUNTRY)];
    pairs.set(pair, directions);
  }
  return directions;
}

/** Every statement between the home country and `partner`, either way, newest first. */
export function pairStatements(statements: readonly RateStatement[], partner: string): readonly RateStatement[] {
  return rateLookup(statements).byPartner.get(partner) ?? [];
}

/** The home country's partners with at least one statement, most statements first. */
export function partnersWithRates(statements: readonly RateStatement[]): readonly PartnerCount[] {
  return rateLookup(statements).partners;
}
