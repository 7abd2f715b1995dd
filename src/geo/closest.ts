import { distance as editDistance } from 'fastest-levenshtein';
import { countryNamed, formsOf, lookupKey } from './countries.ts';

const keysByName = new Map<string, string[]>();

/** The lookup keys of every form of the country called `name` (kept: autocomplete asks on every keystroke for every country). */
function keysOf(name: string): string[] {
  let keys = keysByName.get(name);
  if (!keys) {
    const country = countryNamed(name);
    keys = (country ? formsOf(country) : [name]).map(lookupKey);
    keysByName.set(name, keys);
  }
  return keys;
}

/** How far what a user typed is from a country (by its nearest form): 0 when a form starts with it. */
function distance(typed: string, country: string): number {
  return Math.min(
    ...keysOf(country).map((form) => (typed.length > 0 && form.startsWith(typed) ? 0 : editDistance(typed, form))),
  );
}

/** The `limit` names of `candidates` (canonical country names) closest to what the user typed, closest first; in their own order when nothing was typed. */
export function closestCountries(typed: string, candidates: readonly string[], limit: number): string[] {
  const key = lookupKey(typed);
  if (key === '') return candidates.slice(0, limit);
  return candidates
    .map((country, order) => ({ country, order, distance: distance(key, country) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.country);
}

/** True when a form of `country` starts with or contains what the user typed (for autocomplete). */
export function countryMatches(typed: string, country: string): boolean {
  const key = lookupKey(typed);
  return keysOf(country).some((form) => form.includes(key));
}
