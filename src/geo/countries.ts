import { foldAccents } from '../text/accents.ts';
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
  /** The capital and other seats of power that stand for its government ("Beijing", "White House"), trade-remedy bodies among them ("DGTR", "CBSA"). */
  seats: readonly string[];
  /** A customs union rather than a country. */
  bloc?: boolean;
  /** Takes "the" in running text ("the United States"). */
  definite?: boolean;
}

/** The home country of the corpus: every rate the bot reports is to or from it. */
export const HOME_COUNTRY = 'United States';

/**
 * Some seats and demonyms are left out because news uses the same word for something else as often:
 * Lima and Santiago (people's names), Doha (the WTO's round of talks), "Polish" (a verb opening a
 * sentence).
 */
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
    seats: ['Beijing', 'MOFCOM', 'State Council'],
  },
  {
    name: 'European Union',
    aliases: ['EU', 'E.U.', 'European Commission', 'Europe'],
    demonyms: ['European'],
    seats: ['Brussels'],
    bloc: true,
    definite: true,
  },
  { name: 'Canada', aliases: [], demonyms: ['Canadian'], seats: ['Ottawa', 'Canada Border Services Agency', 'CBSA'] },
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
  {
    name: 'India',
    aliases: [],
    demonyms: ['Indian'],
    seats: ['New Delhi', 'Delhi', 'Directorate General of Trade Remedies', 'DGTR'],
  },
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
  {
    name: 'Laos',
    aliases: ['Lao PDR', "Lao People's Democratic Republic"],
    demonyms: ['Laotian'],
    seats: ['Vientiane'],
  },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], seats: ['Naypyidaw'] },
  { name: 'Australia', aliases: [], demonyms: ['Australian'], seats: ['Canberra'] },
  { name: 'New Zealand', aliases: ['NZ'], demonyms: [], seats: ['Wellington'] },
  {
    name: 'United Kingdom',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    demonyms: ['British'],
    seats: ['London', 'Downing Street'],
    definite: true,
  },
  { name: 'Switzerland', aliases: [], demonyms: ['Swiss'], seats: ['Bern', 'Berne'] },
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
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], seats: ['Moscow', 'Kremlin'] },
  { name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], seats: ['Kyiv'] },
  { name: 'Israel', aliases: [], demonyms: ['Israeli'], seats: ['Jerusalem'] },
  { name: 'Saudi Arabia', aliases: [], demonyms: ['Saudi'], seats: ['Riyadh'] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], seats: ['Abu Dhabi'], definite: true },
  { name: 'South Africa', aliases: [], demonyms: ['South African'], seats: ['Pretoria'] },
  { name: 'Nigeria', aliases: [], demonyms: ['Nigerian'], seats: ['Abuja'] },
  { name: 'Egypt', aliases: [], demonyms: ['Egyptian'], seats: ['Cairo'] },
  { name: 'Lesotho', aliases: [], demonyms: ['Basotho'], seats: ['Maseru'] },
  { name: 'Brazil', aliases: [], demonyms: ['Brazilian'], seats: ['Brasília', 'Brasilia', 'Gecex'] },
  { name: 'Argentina', aliases: [], demonyms: ['Argentine', 'Argentinian'], seats: ['Buenos Aires'] },
  { name: 'Chile', aliases: [], demonyms: ['Chilean'], seats: [] },
  { name: 'Colombia', aliases: [], demonyms: ['Colombian'], seats: ['Bogotá', 'Bogota'] },
  { name: 'Peru', aliases: [], demonyms: ['Peruvian'], seats: [] },
  // Partners tariff letters and rankings name too ("Iraq at 35%"): left out, a rate on one was
  // read as the nearest known country's.
  { name: 'Iraq', aliases: [], demonyms: ['Iraqi'], seats: ['Baghdad'] },
  { name: 'Iran', aliases: [], demonyms: ['Iranian'], seats: ['Tehran'] },
  { name: 'Syria', aliases: [], demonyms: ['Syrian'], seats: ['Damascus'] },
  { name: 'Libya', aliases: [], demonyms: ['Libyan'], seats: ['Tripoli'] },
  { name: 'Algeria', aliases: [], demonyms: ['Algerian'], seats: ['Algiers'] },
  { name: 'Tunisia', aliases: [], demonyms: ['Tunisian'], seats: ['Tunis'] },
  { name: 'Morocco', aliases: [], demonyms: ['Moroccan'], seats: ['Rabat'] },
  { name: 'Kenya', aliases: [], demonyms: ['Kenyan'], seats: ['Nairobi'] },
  { name: 'Ethiopia', aliases: [], demonyms: ['Ethiopian'], seats: ['Addis Ababa'] },
  { name: 'Ghana', aliases: [], demonyms: ['Ghanaian'], seats: ['Accra'] },
  { name: 'Angola', aliases: [], demonyms: ['Angolan'], seats: ['Luanda'] },
  { name: 'Madagascar', aliases: [], demonyms: ['Malagasy'], seats: ['Antananarivo'] },
  { name: 'Mauritius', aliases: [], demonyms: ['Mauritian'], seats: ['Port Louis'] },
  { name: 'Botswana', aliases: [], demonyms: ['Botswanan'], seats: ['Gaborone'] },
  { name: 'Namibia', aliases: [], demonyms: ['Namibian'], seats: ['Windhoek'] },
  { name: 'Zimbabwe', aliases: [], demonyms: ['Zimbabwean'], seats: ['Harare'] },
  { name: 'Zambia', aliases: [], demonyms: ['Zambian'], seats: ['Lusaka'] },
  { name: 'Mozambique', aliases: [], demonyms: ['Mozambican'], seats: ['Maputo'] },
  { name: 'Cameroon', aliases: [], demonyms: ['Cameroonian'], seats: ['Yaoundé'] },
  {
    name: 'Democratic Republic of the Congo',
    aliases: ['Democratic Republic of Congo', 'DR Congo', 'DRC'],
    demonyms: [],
    seats: ['Kinshasa'],
  },
  { name: 'Senegal', aliases: [], demonyms: ['Senegalese'], seats: ['Dakar'] },
  {
    name: "Côte d'Ivoire",
    aliases: ['Ivory Coast', "Cote d'Ivoire", 'Côte d’Ivoire', 'Cote d’Ivoire'],
    demonyms: ['Ivorian'],
    seats: ['Abidjan'],
  },
  { name: 'Serbia', aliases: [], demonyms: ['Serbian'], seats: ['Belgrade'] },
  {
    name: 'Bosnia and Herzegovina',
    // "BiH", as the region's news abbreviates it; "&" in rate tables.
    aliases: ['Bosnia', 'Bosnia & Herzegovina', 'BiH'],
    demonyms: ['Bosnian'],
    seats: ['Sarajevo'],
  },
  { name: 'Moldova', aliases: [], demonyms: ['Moldovan'], seats: ['Chisinau', 'Chișinău'] },
  { name: 'North Macedonia', aliases: [], demonyms: ['Macedonian'], seats: ['Skopje'] },
  { name: 'Belarus', aliases: [], demonyms: ['Belarusian'], seats: ['Minsk'] },
  { name: 'Croatia', aliases: [], demonyms: ['Croatian'], seats: ['Zagreb'] },
  { name: 'Slovenia', aliases: [], demonyms: ['Slovenian'], seats: ['Ljubljana'] },
  { name: 'Slovakia', aliases: [], demonyms: ['Slovak', 'Slovakian'], seats: ['Bratislava'] },
  { name: 'Bulgaria', aliases: [], demonyms: ['Bulgarian'], seats: [] },
  { name: 'Lithuania', aliases: [], demonyms: ['Lithuanian'], seats: ['Vilnius'] },
  { name: 'Latvia', aliases: [], demonyms: ['Latvian'], seats: ['Riga'] },
  { name: 'Estonia', aliases: [], demonyms: ['Estonian'], seats: ['Tallinn'] },
  { name: 'Luxembourg', aliases: [], demonyms: ['Luxembourgish'], seats: [] },
  { name: 'Malta', aliases: [], demonyms: ['Maltese'], seats: ['Valletta'] },
  { name: 'Cyprus', aliases: [], demonyms: ['Cypriot'], seats: ['Nicosia'] },
  { name: 'Armenia', aliases: [], demonyms: ['Armenian'], seats: ['Yerevan'] },
  { name: 'Azerbaijan', aliases: [], demonyms: ['Azerbaijani'], seats: ['Baku'] },
  { name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh', 'Kazakhstani'], seats: ['Astana'] },
  { name: 'Uzbekistan', aliases: [], demonyms: ['Uzbek'], seats: ['Tashkent'] },
  { name: 'Mongolia', aliases: [], demonyms: ['Mongolian'], seats: ['Ulaanbaatar'] },
  { name: 'Afghanistan', aliases: [], demonyms: ['Afghan'], seats: ['Kabul'] },
  { name: 'Nepal', aliases: [], demonyms: ['Nepali', 'Nepalese'], seats: ['Kathmandu'] },
  { name: 'Brunei', aliases: ['Brunei Darussalam'], demonyms: ['Bruneian'], seats: ['Bandar Seri Begawan'] },
  { name: 'Fiji', aliases: [], demonyms: ['Fijian'], seats: ['Suva'] },
  { name: 'Qatar', aliases: [], demonyms: ['Qatari'], seats: [] },
  { name: 'Kuwait', aliases: [], demonyms: ['Kuwaiti'], seats: ['Kuwait City'] },
  { name: 'Bahrain', aliases: [], demonyms: ['Bahraini'], seats: ['Manama'] },
  { name: 'Oman', aliases: [], demonyms: ['Omani'], seats: ['Muscat'] },
  { name: 'Lebanon', aliases: [], demonyms: ['Lebanese'], seats: ['Beirut'] },
  { name: 'Venezuela', aliases: [], demonyms: ['Venezuelan'], seats: ['Caracas'] },
  { name: 'Ecuador', aliases: [], demonyms: ['Ecuadorian', 'Ecuadoran'], seats: ['Quito'] },
  { name: 'Bolivia', aliases: [], demonyms: ['Bolivian'], seats: ['La Paz'] },
  { name: 'Paraguay', aliases: [], demonyms: ['Paraguayan'], seats: ['Asunción', 'Asuncion'] },
  { name: 'Uruguay', aliases: [], demonyms: ['Uruguayan'], seats: ['Montevideo'] },
  { name: 'Costa Rica', aliases: [], demonyms: ['Costa Rican'], seats: [] },
  { name: 'Guatemala', aliases: [], demonyms: ['Guatemalan'], seats: ['Guatemala City'] },
  { name: 'Honduras', aliases: [], demonyms: ['Honduran'], seats: ['Tegucigalpa'] },
  { name: 'El Salvador', aliases: [], demonyms: ['Salvadoran', 'Salvadorean'], seats: ['San Salvador'] },
  { name: 'Nicaragua', aliases: [], demonyms: ['Nicaraguan'], seats: ['Managua'] },
  { name: 'Panama', aliases: [], demonyms: ['Panamanian'], seats: ['Panama City'] },
  { name: 'Cuba', aliases: [], demonyms: ['Cuban'], seats: ['Havana'] },
  { name: 'Haiti', aliases: [], demonyms: ['Haitian'], seats: ['Port-au-Prince'] },
  { name: 'Jamaica', aliases: [], demonyms: ['Jamaican'], seats: [] },
  { name: 'Trinidad and Tobago', aliases: [], demonyms: ['Trinidadian'], seats: ['Port of Spain'] },
  { name: 'Guyana', aliases: [], demonyms: ['Guyanese'], seats: [] },
  { name: 'Liechtenstein', aliases: [], demonyms: [], seats: ['Vaduz'] },
  // A British territory that US tariff orders and rate tables rate apart from the UK ("Stanley" is as often a name).
  { name: 'Falkland Islands', aliases: ['Falklands'], demonyms: [], seats: [], definite: true },
  // The rest of the world that letters and rate tables name. Georgia, Jordan and Chad are left out:
  // news names a US state and people (Rep. Jim Jordan) so as often.
  // "Dominican" is Dominica's people too: the demonym names neither.
  { name: 'Dominican Republic', aliases: [], demonyms: [], seats: ['Santo Domingo'], definite: true },
  { name: 'Tanzania', aliases: [], demonyms: ['Tanzanian'], seats: ['Dodoma', 'Dar es Salaam'] },
  { name: 'Uganda', aliases: [], demonyms: ['Ugandan'], seats: ['Kampala'] },
  { name: 'Rwanda', aliases: [], demonyms: ['Rwandan'], seats: ['Kigali'] },
  { name: 'Burundi', aliases: [], demonyms: ['Burundian'], seats: ['Gitega'] },
  { name: 'Malawi', aliases: [], demonyms: ['Malawian'], seats: ['Lilongwe'] },
  { name: 'Eswatini', aliases: ['Swaziland'], demonyms: ['Swazi'], seats: ['Mbabane'] },
  { name: 'Sudan', aliases: [], demonyms: ['Sudanese'], seats: ['Khartoum'] },
  { name: 'South Sudan', aliases: [], demonyms: ['South Sudanese'], seats: ['Juba'] },
  { name: 'Somalia', aliases: [], demonyms: ['Somali'], seats: ['Mogadishu'] },
  { name: 'Djibouti', aliases: [], demonyms: [], seats: [] },
  { name: 'Eritrea', aliases: [], demonyms: ['Eritrean'], seats: ['Asmara'] },
  { name: 'Niger', aliases: [], demonyms: ['Nigerien'], seats: ['Niamey'] },
  { name: 'Mali', aliases: [], demonyms: ['Malian'], seats: ['Bamako'] },
  { name: 'Burkina Faso', aliases: [], demonyms: ['Burkinabe'], seats: ['Ouagadougou'] },
  { name: 'Benin', aliases: [], demonyms: ['Beninese'], seats: ['Porto-Novo', 'Cotonou'] },
  { name: 'Togo', aliases: [], demonyms: ['Togolese'], seats: ['Lomé', 'Lome'] },
  { name: 'Guinea', aliases: [], demonyms: ['Guinean'], seats: ['Conakry'] },
  { name: 'Guinea-Bissau', aliases: [], demonyms: [], seats: ['Bissau'] },
  { name: 'Equatorial Guinea', aliases: [], demonyms: ['Equatoguinean'], seats: ['Malabo'] },
  { name: 'Sierra Leone', aliases: [], demonyms: ['Sierra Leonean'], seats: ['Freetown'] },
  { name: 'Liberia', aliases: [], demonyms: ['Liberian'], seats: ['Monrovia'] },
  { name: 'Gambia', aliases: ['The Gambia'], demonyms: ['Gambian'], seats: ['Banjul'], definite: true },
  { name: 'Mauritania', aliases: [], demonyms: ['Mauritanian'], seats: ['Nouakchott'] },
  { name: 'Cabo Verde', aliases: ['Cape Verde'], demonyms: ['Cape Verdean'], seats: ['Praia'] },
  { name: 'Gabon', aliases: [], demonyms: ['Gabonese'], seats: ['Libreville'] },
  { name: 'Seychelles', aliases: [], demonyms: ['Seychellois'], seats: [], definite: true },
  { name: 'Comoros', aliases: [], demonyms: ['Comorian'], seats: [], definite: true },
  { name: 'Yemen', aliases: [], demonyms: ['Yemeni'], seats: ['Sanaa'] },
  { name: 'Albania', aliases: [], demonyms: ['Albanian'], seats: ['Tirana'] },
  { name: 'Montenegro', aliases: [], demonyms: ['Montenegrin'], seats: ['Podgorica'] },
  { name: 'Kosovo', aliases: [], demonyms: ['Kosovar'], seats: ['Pristina'] },
  { name: 'Kyrgyzstan', aliases: [], demonyms: ['Kyrgyz'], seats: ['Bishkek'] },
  { name: 'Tajikistan', aliases: [], demonyms: ['Tajik'], seats: ['Dushanbe'] },
  { name: 'Turkmenistan', aliases: [], demonyms: ['Turkmen'], seats: ['Ashgabat'] },
  { name: 'Maldives', aliases: [], demonyms: ['Maldivian'], seats: [], definite: true },
  { name: 'Bhutan', aliases: [], demonyms: ['Bhutanese'], seats: ['Thimphu'] },
  { name: 'Timor-Leste', aliases: ['East Timor'], demonyms: ['Timorese'], seats: ['Dili'] },
  { name: 'Papua New Guinea', aliases: [], demonyms: ['Papua New Guinean'], seats: ['Port Moresby'] },
  { name: 'Solomon Islands', aliases: [], demonyms: [], seats: ['Honiara'], definite: true },
  { name: 'Vanuatu', aliases: [], demonyms: [], seats: [] },
  { name: 'Samoa', aliases: [], demonyms: ['Samoan'], seats: ['Apia'] },
  { name: 'Tonga', aliases: [], demonyms: ['Tongan'], seats: [] },
  { name: 'Suriname', aliases: [], demonyms: ['Surinamese'], seats: ['Paramaribo'] },
  { name: 'Belize', aliases: [], demonyms: ['Belizean'], seats: [] },
  { name: 'Bahamas', aliases: ['The Bahamas'], demonyms: ['Bahamian'], seats: ['Nassau'], definite: true },
  { name: 'Barbados', aliases: [], demonyms: ['Barbadian'], seats: ['Bridgetown'] },
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
  // A Canadian province: "British Columbia Premier David Eby" speaks for no British side.
  'British Columbia',
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
  return foldAccents(text)
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

/** The formal style before a country's name, as letters and official lists write it ("Republic of Serbia"). */
const FORMAL_STYLE = /^\s*(?:the\s+)?Republic\s+of\s+(?:the\s+)?/iu;

/** The country a user means by `text` ("china", "Chinese", "Beijing", "u.s."), if any. */
export function findCountry(text: string): Country | undefined {
  return COUNTRY_BY_KEY.get(lookupKey(text)) ?? COUNTRY_BY_KEY.get(lookupKey(text.replace(FORMAL_STYLE, '')));
}
