/**
 * The trade-news vocabulary of the search index, as data. Documents and queries go through the same
 * rewriting, so "U.S.", "US" and "United States" all become one term, and "levy" finds "tariff".
 */

/**
 * Phrases rewritten before tokenizing, longest first. `match` is a regular-expression source matched
 * on word boundaries; matching is case-sensitive where case tells words apart ("US" the country
 * against "us" the pronoun), otherwise case-insensitive.
 */
export interface PhraseRule {
  match: string;
  replace: string;
  caseSensitive?: boolean;
}

export const PHRASES: readonly PhraseRule[] = [
  { match: 'United States of America', replace: 'usa' },
  { match: 'United States', replace: 'usa' },
  { match: 'U\\.S\\.A\\.', replace: 'usa', caseSensitive: true },
  { match: 'U\\.S\\.', replace: 'usa', caseSensitive: true },
  { match: 'US', replace: 'usa', caseSensitive: true },
  { match: 'USA', replace: 'usa', caseSensitive: true },
  { match: 'America', replace: 'usa', caseSensitive: true },
  { match: 'European Union', replace: 'eu' },
  { match: 'E\\.U\\.', replace: 'eu', caseSensitive: true },
  { match: 'EU', replace: 'eu', caseSensitive: true },
  { match: 'United Kingdom', replace: 'uk' },
  { match: 'U\\.K\\.', replace: 'uk', caseSensitive: true },
  { match: 'UK', replace: 'uk', caseSensitive: true },
  { match: 'World Trade Organization', replace: 'wto' },
  { match: 'Commerce Department', replace: 'Department of Commerce' },
  { match: 'Commerce Ministry', replace: 'Ministry of Commerce' },
  { match: 'Treasury Department', replace: 'Department of the Treasury' },
  { match: 'Court of International Trade', replace: 'trade court' },
  { match: '(\\d+(?:\\.\\d+)?)\\s*(?:percent|per cent|pc)', replace: '$1%' },
  { match: '(\\d+)-day', replace: '$1 day' },
];

/**
 * Words that mean the same thing in trade news, mapped to one term. Keys and values are plain words;
 * the index compares their stems, so plurals and other forms ("levies", "duties") follow.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  // Tariff words.
  levy: 'tariff',
  duty: 'tariff',
  tax: 'tariff',
  'counter-tariff': 'tariff',
  // Countries by demonym and capital.
  american: 'usa',
  washington: 'usa',
  chinese: 'china',
  beijing: 'china',
  european: 'eu',
  brussels: 'eu',
  japanese: 'japan',
  tokyo: 'japan',
  canadian: 'canada',
  ottawa: 'canada',
  mexican: 'mexico',
  indian: 'india',
  delhi: 'india',
  british: 'uk',
  london: 'uk',
  vietnamese: 'vietnam',
  hanoi: 'vietnam',
  korean: 'korea',
  seoul: 'korea',
  swiss: 'switzerland',
  geneva: 'switzerland',
  // Talks and deals.
  negotiation: 'talk',
  negotiate: 'talk',
  discussion: 'talk',
  stagnant: 'stall',
  stalemate: 'stall',
  deadlock: 'stall',
  truce: 'pause',
  armistice: 'pause',
  reprieve: 'pause',
  suspension: 'pause',
  agreement: 'deal',
  pact: 'deal',
  chip: 'semiconductor',
  // Rates going down or up.
  reduce: 'cut',
  lower: 'cut',
  drop: 'cut',
  fall: 'cut',
  decrease: 'cut',
  slash: 'cut',
  raise: 'hike',
  increase: 'hike',
  soar: 'hike',
  climb: 'hike',
};

/** Words that say nothing about what a passage is about; dropped from documents and queries alike. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i
  if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  us tell me please know say says said think thinks whats what's did does`.split(/\s+/),
);
