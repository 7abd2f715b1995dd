import { HOME_COUNTRY } from '../geo/countries.ts';
import { newestFirst, rateLookup, type PartnerCount } from './lookup.ts';
import { isWorldwide } from './party-cues.ts';
import type { RateStatement } from './rate-statement.ts';
import {
  directionTimeline,
  pairTimelines,
  stateOn,
  worldwideOf,
  type DirectionTimeline,
  type RateInForce,
} from './timeline.ts';

/** What the corpus says about one direction of a pair (who charges whom) on a day. */
export interface DirectionRates {
  imposer: string;
  target: string;
  /** The general rate in force that day, derived from the direction's timeline (see `timeline.ts`). */
  inForce?: RateInForce;
  /** Its statement, for citing; absent when there is none. */
  headline?: RateStatement;
  /** Rates limited to products in force, one per set of products, newest source first. */
  coverage: readonly RateInForce[];
  /** The newest threatened, announced, scheduled or paused rate on goods in general no older than the rate in force. */
  pending?: RateStatement;
  /** Of those, the newest announced or scheduled: the level set to come next. */
  coming?: RateStatement;
  /** Every statement for this direction, newest first. */
  history: readonly RateStatement[];
}

/** Today on the bot's clock (YYYY-MM-DD). */
const today = () => new Date().toISOString().slice(0, 10);

function fromTimeline(timeline: DirectionTimeline, history: readonly RateStatement[], asOf: string): DirectionRates {
  const state = stateOn(timeline, asOf);
  const { imposer, target, inForce, pending, coming } = state;
  return {
    imposer,
    target,
    history: history.filter((s) => s.published <= asOf),
    coverage: state.limited,
    ...(inForce ? { inForce, headline: inForce.statement } : {}),
    ...(pending ? { pending: pending.statement } : {}),
    ...(coming ? { coming: coming.statement } : {}),
  };
}

/** The rates `imposer` charges on `target` on `asOf` (today unless given), as far as `statements` say. */
export function directionRates(
  statements: readonly RateStatement[],
  imposer: string,
  target: string,
  asOf: string = today(),
): DirectionRates {
  const mine = statements.filter((s) => s.imposer === imposer && s.target === target);
  return fromTimeline(directionTimeline(mine, imposer, target), newestFirst(mine), asOf);
}

/** The directions worked out for each partner and day, kept as long as the statements array lives. */
const pairs = new WeakMap<readonly RateStatement[], Map<string, readonly [DirectionRates, DirectionRates]>>();

/** Both directions between the home country and `partner` on `asOf` (today unless given): what each charges the other. */
export function pairRates(
  statements: readonly RateStatement[],
  partner: string,
  asOf: string = today(),
): readonly [DirectionRates, DirectionRates] {
  let known = pairs.get(statements);
  if (!known) pairs.set(statements, (known = new Map()));
  const key = `${partner}\0${asOf}`;
  let directions = known.get(key);
  if (!directions) {
    const pair = pairStatements(statements, partner);
    const [home, away] = pairTimelines(statements, partner);
    const of = (imposer: string) => pair.filter((s) => s.imposer === imposer);
    directions = [fromTimeline(home, of(HOME_COUNTRY), asOf), fromTimeline(away, of(partner), asOf)];
    known.set(key, directions);
  }
  return directions;
}

/** The home country's rates on all countries on `asOf` (today unless given): its rate on imports from everywhere. */
export function worldwideRates(statements: readonly RateStatement[], asOf: string = today()): DirectionRates {
  const mine = statements.filter((s) => s.imposer === HOME_COUNTRY && isWorldwide(s.target));
  return fromTimeline(worldwideOf(statements), newestFirst(mine), asOf);
}

/** Every statement between the home country and `partner`, either way, newest first. */
export function pairStatements(statements: readonly RateStatement[], partner: string): readonly RateStatement[] {
  return rateLookup(statements).byPartner.get(partner) ?? [];
}

/** The home country's partners with at least one statement, most statements first. */
export function partnersWithRates(statements: readonly RateStatement[]): readonly PartnerCount[] {
  return rateLookup(statements).partners;
}
