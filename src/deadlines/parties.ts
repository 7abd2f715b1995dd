/**
 * Who a pause is between. Names are matched case-sensitively ("US" is not "us"); a name right after
 * "in" or "at" is where talks happened ("talks in Switzerland"), not a party.
 */
export interface Party {
  id: string;
  name: string;
  names: readonly string[];
}

/** In table order, which is also the order in ids and titles (the US first: the corpus is about its tariffs). */
export const PARTIES: readonly Party[] = [
  { id: 'us', name: 'US', names: ['United States', 'U.S.', 'US', 'USA', 'America', 'American', 'Americans', 'Washington', 'White House', 'Trump administration'] },
  { id: 'china', name: 'China', names: ['China', 'Chinese', 'Beijing'] },
  { id: 'eu', name: 'EU', names: ['European Union', 'EU', 'E.U.', 'European', 'Brussels'] },
  { id: 'canada', name: 'Canada', names: ['Canada', 'Canadian', 'Ottawa'] },
  { id: 'mexico', name: 'Mexico', names: ['Mexico', 'Mexican'] },
  { id: 'japan', name: 'Japan', names: ['Japan', 'Japanese', 'Tokyo'] },
  { id: 'uk', name: 'UK', names: ['United Kingdom', 'Britain', 'British', 'U.K.', 'UK'] },
  { id: 'india', name: 'India', names: ['India', 'Indian', 'New Delhi'] },
  { id: 'south-korea', name: 'South Korea', names: ['South Korea', 'South Korean', 'Seoul'] },
  { id: 'vietnam', name: 'Vietnam', names: ['Vietnam', 'Vietnamese', 'Hanoi'] },
  { id: 'taiwan', name: 'Taiwan', names: ['Taiwan', 'Taiwanese', 'Taipei'] },
  { id: 'switzerland', name: 'Switzerland', names: ['Switzerland', 'Swiss'] },
  { id: 'brazil', name: 'Brazil', names: ['Brazil', 'Brazilian'] },
  { id: 'australia', name: 'Australia', names: ['Australia', 'Australian'] },
];

/** A pause named by one party alone ("the pause on EU tariffs") is with this one. */
export const HOME_PARTY = 'us';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PARTY_PATTERN = new RegExp(
  `(?<![A-Za-z.])(${PARTIES.flatMap((p) => p.names).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z])`,
  'g',
);
const PARTY_OF_NAME = new Map(PARTIES.flatMap((p) => p.names.map((n) => [n, p.id] as const)));
const VENUE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;

/** Party ids named in `text`, in table order. */
export function partiesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PARTY_PATTERN)) {
    if (VENUE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const id = PARTY_OF_NAME.get(match[1] ?? '');
    if (id) found.add(id);
  }
  return PARTIES.map((p) => p.id).filter((id) => found.has(id));
}

/** Adds the home party to a single foreign party; leaves anything else as it is. */
export function withHomeParty(parties: readonly string[]): string[] {
  if (parties.length !== 1 || parties[0] === HOME_PARTY) return [...parties];
  return PARTIES.map((p) => p.id).filter((id) => id === HOME_PARTY || parties.includes(id));
}

export function partyName(id: string): string {
  return PARTIES.find((p) => p.id === id)?.name ?? id;
}
