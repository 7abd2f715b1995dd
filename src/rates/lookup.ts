import { HOME_COUNTRY } from '../geo/countries.ts';
import { isWorldwide } from './party-cues.ts';
import type { RateStatement } from './rate-statement.ts';

/** A partner of the home country and how many statements are about the two of them. */
export interface PartnerCount {
  country: string;
  statements: number;
}

/**
 * The statements of a knowledge base arranged for look-up. Derived from the plain JSON statements
 * (which the index cache stores as they are), never saved.
 */
export interface RateLookup {
  /** Every statement between the home country and each partner, either way, newest first. */
  byPartner: ReadonlyMap<string, readonly RateStatement[]>;
  /** The partners, most statements first, then by name. */
  partners: readonly PartnerCount[];
}

/** Newest article first; statements of one date keep their order (article id, then reading order). */
export function newestFirst(statements: readonly RateStatement[]): RateStatement[] {
  return [...statements].sort((a, b) => b.published.localeCompare(a.published));
}

/** The partner a statement is about; none for the home country's rate on all or most countries. */
function partnerOf(s: RateStatement): string | undefined {
  if (isWorldwide(s.target)) return undefined;
  return s.imposer === HOME_COUNTRY ? s.target : s.target === HOME_COUNTRY ? s.imposer : undefined;
}

function buildLookup(statements: readonly RateStatement[]): RateLookup {
  const grouped = new Map<string, RateStatement[]>();
  for (const s of statements) {
    const partner = partnerOf(s);
    if (!partner) continue;
    const pair = grouped.get(partner);
    if (pair) pair.push(s);
    else grouped.set(partner, [s]);
  }
  const byPartner = new Map([...grouped].map(([partner, pair]) => [partner, newestFirst(pair)]));
  const partners = [...grouped]
    .map(([country, pair]) => ({ country, statements: pair.length }))
    .sort((a, b) => b.statements - a.statements || a.country.localeCompare(b.country));
  return { byPartner, partners };
}

const lookups = new WeakMap<readonly RateStatement[], RateLookup>();

/**
 * The look-up over `statements`, built on first use and kept as long as the array lives: a reload
 * brings a new array and so a new look-up. The array must not be changed in place after that.
 */
export function rateLookup(statements: readonly RateStatement[]): RateLookup {
  let lookup = lookups.get(statements);
  if (!lookup) {
    lookup = buildLookup(statements);
    lookups.set(statements, lookup);
  }
  return lookup;
}
