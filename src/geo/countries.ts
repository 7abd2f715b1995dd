/**
 * The countries and blocs the corpus talks about, as data: the single source of truth for their
 * names, demonyms and capitals (the search vocabulary and the extractors read it from here).
 *
 * Forms are written as the news writes them and matched case-sensitively in article text ("US" is
 * not "us", "Turkey" is not "turkey"); `findCountry` matches what a user types, in any case.
 */
export interface Country {
  /** Canonical English name, as replies show it. */
  name: string;
  /** Other names and abbreviations ("U.S.", "America"). */
  aliases: readonly string[];
  /** Adjectives for its people, government and goods ("Chinese"). */
  demonyms: readonly string[];
  /** The capital and other seats of power that stand for its government ("Beijing", "White House"). */
  seats: readonly string[];
  /** A customs union rather than a country. */
  bloc?: boolean;
  /** Takes "the" in running text ("the United States"). */
  definite?: boolean;
}

/** The home country of the corpus: every rate the bot reports is to or from it. */
export const HOME_COUNTRY = 'United States';

export const COUNTRIES: readonly Country[] = [
  {
    name: 'United States',
    aliases: ['United States of America', 'U.S.A.', 'USA', 'U.S.', 'US', 'America'],
    demonyms: ['American'],
    seats: ['Washington', 'White House'],
    definite: true,
  },
  {
    name: 'China',
    aliases: ["People's Republic of China", 'PRC', 'mainland China'],
    demonyms: ['Chinese'],
    seats: ['Beijing'],
  },
  {
    name: 'European Union',
    aliases: ['EU', 'E.U.', 'European Commission', 'Europe'],
    demonyms: ['European'],
    seats: ['Brussels'],
    bloc: true,
    definite: true,
  },
  { name: 'Canada', aliases: [], demonyms: ['Canadian'], seats: ['Ottawa'] },
  { name: 'Mexico', aliases: [], demonyms: ['Mexican'], seats: ['Mexico City'] },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'], seats: ['Tokyo'] },
  {
    name: 'South Korea',
    aliases: ['Korea', 'Republic of Korea'],
    demonyms: ['South Korean', 'Korean'],
    seats: ['Seoul'],
  },
  { name: 'North Korea', aliases: [], demonyms: ['North Korean'], seats: ['Pyongyang'] },
  { name: 'Taiwan', aliases: [], demonyms: ['Taiwanese'], seats: ['Taipei'] },
  { name: 'Hong Kong', aliases: [], demonyms: [], seats: [] },
  { name: 'India', aliases: [], demonyms: ['Indian'], seats: ['New Delhi'] },
  { name: 'Pakistan', aliases: [], demonyms: ['Pakistani'], seats: ['Islamabad'] },
  { name: 'Bangladesh', aliases: [], demonyms: ['Bangladeshi'], seats: ['Dhaka'] },
  { name: 'Sri Lanka', aliases: [], demonyms: ['Sri Lankan'], seats: ['Colombo'] },
  { name: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['Vietnamese'], seats: ['Hanoi'] },
  { name: 'Thailand', aliases: [], demonyms: ['Thai'], seats: ['Bangkok'] },
  { name: 'Malaysia', aliases: [], demonyms: ['Malaysian'], seats: ['Kuala Lumpur'] },
  { name: 'Indonesia', aliases: [], demonyms: ['Indonesian'], seats: ['Jakarta'] },
  { name: 'Philippines', aliases: [], demonyms: ['Philippine', 'Filipino'], seats: ['Manila'], definite: true },
  { name: 'Singapore', aliases: [], demonyms: ['Singaporean'], seats: [] },
  { name: 'Cambodia', aliases: [], demonyms: ['Cambodian'], seats: ['Phnom Penh'] },
  { name: 'Laos', aliases: [], demonyms: ['Laotian'], seats: ['Vientiane'] },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], seats: ['Naypyidaw'] },
  { name: 'Australia', aliases: [], demonyms: ['Australian'], seats: ['Canberra'] },
  { name: 'New Zealand', aliases: [], demonyms: [], seats: [] },
  {
    name: 'United Kingdom',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    demonyms: ['British'],
    seats: ['London', 'Downing Street'],
    definite: true,
  },
  { name: 'Switzerland', aliases: [], demonyms: ['Swiss'], seats: ['Bern'] },
  { name: 'Norway', aliases: [], demonyms: ['Norwegian'], seats: ['Oslo'] },
  { name: 'Denmark', aliases: [], demonyms: ['Danish'], seats: ['Copenhagen'] },
  { name: 'Sweden', aliases: [], demonyms: ['Swedish'], seats: ['Stockholm'] },
  { name: 'Finland', aliases: [], demonyms: ['Finnish'], seats: ['Helsinki'] },
  { name: 'Iceland', aliases: [], demonyms: ['Icelandic'], seats: ['Reykjavik'] },
  { name: 'Austria', aliases: [], demonyms: ['Austrian'], seats: ['Vienna'] },
  { name: 'Belgium', aliases: [], demonyms: ['Belgian'], seats: [] },
  { name: 'Portugal', aliases: [], demonyms: ['Portuguese'], seats: ['Lisbon'] },
  { name: 'Greece', aliases: [], demonyms: ['Greek'], seats: ['Athens'] },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'], seats: ['Prague'], definite: true },
  { name: 'Hungary', aliases: [], demonyms: ['Hungarian'], seats: ['Budapest'] },
  { name: 'Romania', aliases: [], demonyms: ['Romanian'], seats: ['Bucharest'] },
  { name: 'Germany', aliases: [], demonyms: ['German'], seats: ['Berlin'] },
  { name: 'France', aliases: [], demonyms: ['French'], seats: ['Paris'] },
  { name: 'Italy', aliases: [], demonyms: ['Italian'], seats: ['Rome'] },
  { name: 'Spain', aliases: [], demonyms: ['Spanish'], seats: ['Madrid'] },
  { name: 'Ireland', aliases: [], demonyms: ['Irish'], seats: ['Dublin'] },
  { name: 'Netherlands', aliases: ['Holland'], demonyms: ['Dutch'], seats: ['The Hague'], definite: true },
  { name: 'Poland', aliases: [], demonyms: [], seats: ['Warsaw'] },
  { name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'], seats: ['Ankara'] },
  { name: 'Russia', aliases: [], demonyms: ['Russian'], seats: ['Moscow', 'Kremlin'] },
  { name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], seats: ['Kyiv'] },
  { name: 'Israel', aliases: [], demonyms: ['Israeli'], seats: [] },
  { name: 'Saudi Arabia', aliases: [], demonyms: ['Saudi'], seats: ['Riyadh'] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], seats: ['Abu Dhabi'], definite: true },
  { name: 'South Africa', aliases: [], demonyms: ['South African'], seats: ['Pretoria'] },
  { name: 'Nigeria', aliases: [], demonyms: ['Nigerian'], seats: ['Abuja'] },
  { name: 'Egypt', aliases: [], demonyms: ['Egyptian'], seats: ['Cairo'] },
  { name: 'Lesotho', aliases: [], demonyms: [], seats: ['Maseru'] },
  { name: 'Brazil', aliases: [], demonyms: ['Brazilian'], seats: ['Brasília', 'Brasilia'] },
  { name: 'Argentina', aliases: [], demonyms: ['Argentine', 'Argentinian'], seats: ['Buenos Aires'] },
  { name: 'Chile', aliases: [], demonyms: ['Chilean'], seats: [] },
  { name: 'Colombia', aliases: [], demonyms: ['Colombian'], seats: ['Bogotá', 'Bogota'] },
  { name: 'Peru', aliases: [], demonyms: ['Peruvian'], seats: [] },
];

/**
 * Phrases that hold a country's form but name something else; the mention finder matches them
 * first and skips them ("New Mexico" is not Mexico, "Latin American" is not the US).
 */
export const FALSE_FRIENDS: readonly string[] = [
  'New Mexico',
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'Washington Post',
  'Washington state',
  'Washington State',
  'U.S. Steel',
  'American Express',
  'Indian Ocean',
  'Turkish Airlines',
  'Air China',
  'Air Canada',
  'Japan Airlines',
  'Korean Air',
];

/** Every form of a country: name, aliases, demonyms and seats. */
export function formsOf(country: Country): string[] {
  return [country.name, ...country.aliases, ...country.demonyms, ...country.seats];
}

/** Case-, accent- and punctuation-insensitive key, so "u.s.", "US" and "us" meet. */
export function lookupKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const COUNTRY_BY_KEY = new Map(COUNTRIES.flatMap((c) => formsOf(c).map((form) => [lookupKey(form), c] as const)));

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/** The country with this canonical name. */
export function countryNamed(name: string): Country | undefined {
  return COUNTRY_BY_NAME.get(name);
}

/** A country's name as running text writes it: "the United States", "China". */
export function nameInText(name: string): string {
  return countryNamed(name)?.definite ? `the ${name}` : name;
}

/** The country a user means by `text` ("china", "Chinese", "Beijing", "u.s."), if any. */
export function findCountry(text: string): Country | undefined {
  return COUNTRY_BY_KEY.get(lookupKey(text));
}
