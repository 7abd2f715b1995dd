import { COUNTRIES, HOME_COUNTRY, type Country } from '../geo/countries.ts';
import { countryMentions } from '../geo/mentions.ts';

/**
 * Who a pause is between, read with the country table (`src/geo/`). A name right after "in" or "at"
 * is where talks happened ("talks in Switzerland"), not a party.
 */

/** A two-letter alias ("US", "EU", "UK"), if the country has one. */
const shortAlias = (country: Country) => country.aliases.find((a) => /^[A-Z]{2}$/.test(a));

/** A party's id inside deadline ids ("us-china-tariffs"): stable, since reminders refer to them. */
function idOfCountry(country: Country): string {
  return (shortAlias(country) ?? country.name).toLowerCase().replace(/[^a-z]+/g, '-');
}

const PARTY_ID_OF = new Map(COUNTRIES.map((c) => [c.name, idOfCountry(c)]));
/** Table order, which is also the order in ids and titles (the US first: the corpus is about its tariffs). */
const PARTY_IDS = COUNTRIES.map(idOfCountry);
const PARTY_NAME_OF = new Map(COUNTRIES.map((c) => [idOfCountry(c), shortAlias(c) ?? c.name]));

/** A pause named by one party alone ("the pause on EU tariffs") is with this one. */
export const HOME_PARTY = PARTY_ID_OF.get(HOME_COUNTRY) ?? 'us';

const VENUE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;
/** "a pause on tariffs for all nations except China": the country left out is no party to it. */
const EXCEPTED_BEFORE = /\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|save\s+for)\s+(?:the\s+)?$/i;
/** The name of a pact of three or more ("the Canada-US-Mexico Agreement"): its countries are not parties. */
const PACT_NAME = /\b(?:[\p{Lu}][\p{L}.]*-){2,}[\p{Lu}][\p{L}.]*\s+(?:Free\s+Trade\s+)?Agreement\b/gu;

/** Party ids named in `text`, in table order. */
export function partiesIn(text: string): string[] {
  const found = new Set<string>();
  const pacts = [...text.matchAll(PACT_NAME)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const mention of countryMentions(text)) {
    if (VENUE_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))) continue;
    if (EXCEPTED_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) continue;
    if (pacts.some(([start, end]) => mention.end > start && mention.start < end)) continue;
    const id = PARTY_ID_OF.get(mention.country);
    if (id) found.add(id);
  }
  return PARTY_IDS.filter((id) => found.has(id));
}

/** Adds the home party to a single foreign party; leaves anything else as it is. */
export function withHomeParty(parties: readonly string[]): string[] {
  if (parties.length !== 1 || parties[0] === HOME_PARTY) return [...parties];
  return PARTY_IDS.filter((id) => id === HOME_PARTY || parties.includes(id));
}

/** The party id of a canonical country name ("United States" → "us"), if the table has it. */
export function partyIdOf(name: string): string | undefined {
  return PARTY_ID_OF.get(name);
}

/** As titles show a party: "US", "EU", "China". */
export function partyName(id: string): string {
  return PARTY_NAME_OF.get(id) ?? id;
}
