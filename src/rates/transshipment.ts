import { HOME_COUNTRY } from '../geo/countries.ts';
import { countryMentions } from '../geo/mentions.ts';
import { isWorldwide } from './party-cues.ts';
import type { RateStatement } from './rate-statement.ts';

/** A limit to goods sent round a third country: "transshipped", "transshipment". */
const TRANSSHIPPED = /\btrans-?ship/iu;
/** How many partners an article must have given rates of their own to be a list of many. */
const MANY_PARTNERS = 3;

/**
 * "Penalties are imposed on transshipment schemes, with a 40% duty added to goods found to be
 * transshipped", in an article that has given the rates of many partners: the order's penalty on
 * goods sent round any country, not one on the partner the sentence before happened to name. News of
 * one partner's deal ("Goods found to be transshipped will pay 40%" after Vietnam's 20%) keeps it on
 * that partner. Changes `rates`, the statements of a sentence naming no foreign country.
 */
export function penaltyOnEveryPartner<R extends Pick<RateStatement, 'imposer' | 'target' | 'scope' | 'percent'>>(
  rates: R[],
  sentence: string,
  told: readonly Pick<RateStatement, 'imposer' | 'target'>[],
): void {
  if (countryMentions(sentence).some((m) => m.country !== HOME_COUNTRY)) return;
  const partners = new Set(
    told.filter((s) => s.imposer === HOME_COUNTRY && !isWorldwide(s.target)).map((s) => s.target),
  );
  if (partners.size < MANY_PARTNERS) return;
  const seen = new Set<string>();
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i]!;
    if (rate.imposer !== HOME_COUNTRY || !rate.scope || !TRANSSHIPPED.test(rate.scope)) continue;
    rate.target = 'all countries';
    // The partners the context gave it each had the penalty: it is one rate on all of them.
    const key = `${rate.percent}|${rate.scope}`;
    if (seen.has(key)) rates.splice(i--, 1);
    seen.add(key);
  }
}
