/**
 * The rest of the world's countries, for the search vocabulary only. The country table
 * (`src/geo/countries.ts`) holds, by hand, the trading partners the extractors know; the
 * `world-countries` data (mledoze/countries, ODbL) supplies every other sovereign state's name, its
 * people's adjective and its capital, so "Nicaraguan goods" finds a paragraph about Nicaragua and
 * "Nairobi" one about Kenya.
 */
import { createRequire } from 'node:module';
import type { Country as WorldCountry } from 'world-countries';
import { COUNTRIES, formsOf, lookupKey } from '../geo/countries.ts';

export interface OtherCountry {
  name: string;
  /** Its names and its people's adjectives ("Kenya", "Kenyan"), as the table's forms are read. */
  forms: string[];
  /** Capitals, matched with their capital letter only ("Victoria" is also a name). */
  capitals: string[];
}

/** Another name the data lists, kept when it is one word in English-style capitals ("Swaziland", "Burma"), not a code ("AM" for Armenia) nor a native name of several words. */
const isShortName = (name: string) => /^\p{Lu}\p{Ll}[\p{Script=Latin}-]*$/u.test(name);

/** The data's every country. */
const worldCountries = () => createRequire(import.meta.url)('world-countries/dist/countries.json') as WorldCountry[];

let others: readonly OtherCountry[] | undefined;

/**
 * The sovereign states the country table lacks, with the forms that name one country only: a
 * demonym two states share ("Dominican", "Congolese") names neither, and a form the table already
 * gives another country stays that country's. Worked out once: the search vocabulary asks for it
 * several times as it loads.
 */
export const otherCountries = (): readonly OtherCountry[] => (others ??= readOtherCountries());

function readOtherCountries(): OtherCountry[] {
  const data = worldCountries();
  const known = new Set(COUNTRIES.flatMap(formsOf).map(lookupKey));
  const states = data.flatMap((c) => {
    if (!c.independent) return [];
    const names = [c.name.common, ...c.altSpellings.filter(isShortName)];
    const demonyms = [c.demonyms['eng']?.m, c.demonyms['eng']?.f].flatMap((d) => d?.split(/,\s*|\s+or\s+/) ?? []);
    const inTable = names.some((n) => known.has(lookupKey(n)));
    return [{ name: c.name.common, forms: [...new Set([...names, ...demonyms])], capitals: c.capital, inTable }];
  });
  const candidates = states.filter((s) => !s.inTable);
  // Shared with a state of the table counts too: "Dominican" stays neither Dominica's nor the Dominican Republic's.
  const owners = new Map<string, Set<string>>();
  for (const { name, forms, capitals } of states)
    for (const form of [...forms, ...capitals])
      owners.set(lookupKey(form), (owners.get(lookupKey(form)) ?? new Set()).add(name));
  const unique = (form: string) => owners.get(lookupKey(form))!.size === 1 && !known.has(lookupKey(form));
  return candidates.map(({ name, forms, capitals }) => ({
    name,
    forms: forms.filter(unique),
    capitals: capitals.filter((capital) => unique(capital) && !forms.includes(capital)),
  }));
}

/** Latin America, as the news means it: the countries of the Americas that speak Spanish or Portuguese. */
const LATIN_AMERICA = 'Latin America';
const isLatinAmerican = (c: WorldCountry) =>
  c.region === 'Americas' && Object.values(c.languages ?? {}).some((l) => l === 'Spanish' || l === 'Portuguese');

/**
 * The region and subregion of every country the data lists ("Americas", "South America"), and Latin
 * America for its own, by the lookup key of each of its names, so the country table's names find
 * theirs too ("Türkiye" is the data's name for the table's "Turkey").
 */
export function regionsByName(): Map<string, string[]> {
  const data = worldCountries();
  const regions = new Map<string, string[]>();
  for (const c of data) {
    const of = [c.region, c.subregion, ...(isLatinAmerican(c) ? [LATIN_AMERICA] : [])].filter((r): r is string =>
      Boolean(r),
    );
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) regions.set(lookupKey(name), of);
  }
  return regions;
}
