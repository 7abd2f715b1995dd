/**
 * General knowledge of the trade-news world, as data, so a reader's words find an article's: who
 * leads which government or agency (a question says "Brazil's president", the article "Lula"), what
 * a place is called in other words ("the city-state"), and the plain words for trade terms. It is
 * written from what any reader of the news knows, never from a question of an evaluation set.
 */

/**
 * People the news names by name where a reader names a role or a country, and the reverse. Each
 * name stays in the text and gains its country and roles as extra index terms.
 */
export interface Person {
  /** Forms the news uses, the longest first ("Luiz Inácio Lula da Silva", "Lula"). */
  names: readonly string[];
  /** Canonical country name, as in `src/geo/countries.ts`. */
  country: string;
  /** Plain words for the office, added beside the name. */
  roles: string;
}

export const PEOPLE: readonly Person[] = [
  // Heads of state and government of the main trading partners (2025–26).
  { names: ['Xi Jinping', 'Xi'], country: 'China', roles: 'president leader' },
  { names: ['Li Qiang'], country: 'China', roles: 'premier leader' },
  { names: ['Mark Carney', 'Carney'], country: 'Canada', roles: 'prime minister leader' },
  { names: ['Justin Trudeau', 'Trudeau'], country: 'Canada', roles: 'prime minister leader' },
  { names: ['Claudia Sheinbaum', 'Sheinbaum'], country: 'Mexico', roles: 'president leader' },
  {
    names: ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula'],
    country: 'Brazil',
    roles: 'president leader',
  },
  { names: ['Narendra Modi', 'Modi'], country: 'India', roles: 'prime minister leader' },
  { names: ['Shigeru Ishiba', 'Ishiba'], country: 'Japan', roles: 'prime minister leader' },
  { names: ['Sanae Takaichi', 'Takaichi'], country: 'Japan', roles: 'prime minister leader' },
  { names: ['Lee Jae-myung', 'Lee Jae Myung'], country: 'South Korea', roles: 'president leader' },
  { names: ['Anthony Albanese', 'Albanese'], country: 'Australia', roles: 'prime minister leader' },
  { names: ['Keir Starmer', 'Starmer'], country: 'United Kingdom', roles: 'prime minister leader' },
  { names: ['Friedrich Merz', 'Merz'], country: 'Germany', roles: 'chancellor leader' },
  { names: ['Emmanuel Macron', 'Macron'], country: 'France', roles: 'president leader' },
  { names: ['Giorgia Meloni', 'Meloni'], country: 'Italy', roles: 'prime minister leader' },
  { names: ['Ursula von der Leyen', 'von der Leyen'], country: 'European Union', roles: 'commission president leader' },
  {
    names: ['Maroš Šefčovič', 'Maros Sefcovic', 'Šefčovič', 'Sefcovic'],
    country: 'European Union',
    roles: 'trade commissioner',
  },
  { names: ['Prabowo Subianto', 'Prabowo'], country: 'Indonesia', roles: 'president leader' },
  { names: ['Ferdinand Marcos Jr.', 'Ferdinand Marcos', 'Marcos'], country: 'Philippines', roles: 'president leader' },
  { names: ['Anwar Ibrahim', 'Anwar'], country: 'Malaysia', roles: 'prime minister leader' },
  { names: ['Lawrence Wong'], country: 'Singapore', roles: 'prime minister leader' },
  {
    names: ['Paetongtarn Shinawatra', 'Paetongtarn', 'Anutin Charnvirakul', 'Anutin'],
    country: 'Thailand',
    roles: 'prime minister leader',
  },
  { names: ['To Lam', 'Tô Lâm'], country: 'Vietnam', roles: 'leader' },
  { names: ['Lai Ching-te', 'William Lai'], country: 'Taiwan', roles: 'president leader' },
  { names: ['Karin Keller-Sutter', 'Keller-Sutter'], country: 'Switzerland', roles: 'president leader' },
  { names: ['Guy Parmelin', 'Parmelin'], country: 'Switzerland', roles: 'economy minister' },
  { names: ['Vladimir Putin', 'Putin'], country: 'Russia', roles: 'president leader' },
  { names: ['Cyril Ramaphosa', 'Ramaphosa'], country: 'South Africa', roles: 'president leader' },
  { names: ['Javier Milei', 'Milei'], country: 'Argentina', roles: 'president leader' },
  { names: ['Pedro Sánchez', 'Pedro Sanchez'], country: 'Spain', roles: 'prime minister leader' },
  {
    names: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'],
    country: 'Turkey',
    roles: 'president leader',
  },
  { names: ['Benjamin Netanyahu', 'Netanyahu'], country: 'Israel', roles: 'prime minister leader' },
  { names: ['Mohammed bin Salman'], country: 'Saudi Arabia', roles: 'crown prince leader' },
  {
    names: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy'],
    country: 'Ukraine',
    roles: 'president leader',
  },
  { names: ['Christopher Luxon', 'Luxon'], country: 'New Zealand', roles: 'prime minister leader' },
  { names: ['Gustavo Petro'], country: 'Colombia', roles: 'president leader' },
  { names: ['Gabriel Boric', 'Boric'], country: 'Chile', roles: 'president leader' },
  { names: ['Shehbaz Sharif'], country: 'Pakistan', roles: 'prime minister leader' },
  { names: ['Muhammad Yunus'], country: 'Bangladesh', roles: 'leader' },
  { names: ['Hun Manet'], country: 'Cambodia', roles: 'prime minister leader' },
  { names: ['Pham Minh Chinh'], country: 'Vietnam', roles: 'prime minister leader' },
  { names: ['Bola Tinubu', 'Tinubu'], country: 'Nigeria', roles: 'president leader' },
  { names: ['Donald Tusk', 'Tusk'], country: 'Poland', roles: 'prime minister leader' },
  { names: ['Mette Frederiksen', 'Frederiksen'], country: 'Denmark', roles: 'prime minister leader' },
  { names: ['Ulf Kristersson', 'Kristersson'], country: 'Sweden', roles: 'prime minister leader' },
  { names: ['Jonas Gahr Støre', 'Jonas Gahr Store'], country: 'Norway', roles: 'prime minister leader' },
  { names: ['Kaja Kallas'], country: 'European Union', roles: 'foreign policy chief' },
  { names: ['Christine Lagarde', 'Lagarde'], country: 'European Union', roles: 'central bank' },
  // Trade officials and the agencies they head.
  { names: ['Scott Bessent', 'Bessent'], country: 'United States', roles: 'treasury secretary' },
  { names: ['Howard Lutnick', 'Lutnick'], country: 'United States', roles: 'commerce secretary' },
  { names: ['Jamieson Greer', 'Greer'], country: 'United States', roles: 'trade representative USTR' },
  { names: ['Peter Navarro', 'Navarro'], country: 'United States', roles: 'trade adviser' },
  { names: ['JD Vance', 'J.D. Vance', 'Vance'], country: 'United States', roles: 'vice president' },
  { names: ['Marco Rubio', 'Rubio'], country: 'United States', roles: 'secretary of state' },
  { names: ['Kevin Hassett', 'Hassett'], country: 'United States', roles: 'economic adviser' },
  { names: ['Stephen Miran', 'Miran'], country: 'United States', roles: 'economic adviser' },
  { names: ['Jerome Powell', 'Powell'], country: 'United States', roles: 'central bank chair' },
  { names: ['Wang Yi'], country: 'China', roles: 'foreign minister' },
  { names: ['Nirmala Sitharaman', 'Sitharaman'], country: 'India', roles: 'finance minister' },
  { names: ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'Jaishankar'], country: 'India', roles: 'foreign minister' },
  { names: ['Fernando Haddad', 'Haddad'], country: 'Brazil', roles: 'finance minister' },
  { names: ['Geraldo Alckmin', 'Alckmin'], country: 'Brazil', roles: 'vice president trade minister' },
  { names: ['Mauro Vieira'], country: 'Brazil', roles: 'foreign minister' },
  { names: ['Rachel Reeves'], country: 'United Kingdom', roles: 'chancellor finance minister' },
  {
    names: ['François-Philippe Champagne', 'Francois-Philippe Champagne'],
    country: 'Canada',
    roles: 'finance minister',
  },
  { names: ['Mélanie Joly', 'Melanie Joly'], country: 'Canada', roles: 'industry minister' },
  { names: ['Doug Ford'], country: 'Canada', roles: 'ontario premier' },
  { names: ['Pierre Poilievre', 'Poilievre'], country: 'Canada', roles: 'opposition leader' },
  { names: ['Tengku Zafrul Aziz', 'Tengku Zafrul'], country: 'Malaysia', roles: 'trade minister' },
  { names: ['Gan Kim Yong'], country: 'Singapore', roles: 'trade minister' },
  { names: ['Airlangga Hartarto', 'Airlangga'], country: 'Indonesia', roles: 'economic minister' },
  { names: ['Don Farrell'], country: 'Australia', roles: 'trade minister' },
  { names: ['Todd McClay', 'McClay'], country: 'New Zealand', roles: 'trade minister' },
  { names: ['Yeo Han-koo'], country: 'South Korea', roles: 'trade minister' },
  { names: ['Koo Yoon-cheol'], country: 'South Korea', roles: 'finance minister' },
  { names: ['He Lifeng'], country: 'China', roles: 'vice premier negotiator' },
  { names: ['Li Chenggang'], country: 'China', roles: 'trade representative negotiator' },
  { names: ['Wang Wentao'], country: 'China', roles: 'commerce minister' },
  { names: ['Dominic LeBlanc', 'LeBlanc'], country: 'Canada', roles: 'trade minister' },
  { names: ['Marcelo Ebrard', 'Ebrard'], country: 'Mexico', roles: 'economy minister' },
  { names: ['Piyush Goyal', 'Goyal'], country: 'India', roles: 'commerce minister' },
  { names: ['Ryosei Akazawa', 'Akazawa'], country: 'Japan', roles: 'trade negotiator' },
];

/**
 * Government bodies the news names where a reader names the country or the office ("USTR said" in
 * a paragraph that never says "US"): each name stays and gains its country and plain words. Seats
 * of power that stand for the government itself ("White House", "Kremlin") are in the country table.
 * Same shape as a person: the roles are the plain words for what the body does.
 */
export const AGENCIES: readonly Person[] = [
  { names: ['USTR'], country: 'United States', roles: 'trade representative' },
  { names: ['Federal Reserve', 'Fed'], country: 'United States', roles: 'central bank' },
  { names: ['Customs and Border Protection', 'CBP'], country: 'United States', roles: 'customs' },
  {
    names: ['Justice Department', 'Department of Justice', 'DOJ'],
    country: 'United States',
    roles: 'justice department',
  },
  { names: ['MOFCOM'], country: 'China', roles: 'commerce ministry' },
  { names: ['State Council'], country: 'China', roles: 'government' },
  { names: ['European Central Bank', 'ECB'], country: 'European Union', roles: 'central bank' },
  { names: ['Bank of Japan', 'BOJ'], country: 'Japan', roles: 'central bank' },
  { names: ["People's Bank of China", 'PBOC'], country: 'China', roles: 'central bank' },
  { names: ['Bank of England'], country: 'United Kingdom', roles: 'central bank' },
  { names: ['Bank of Canada'], country: 'Canada', roles: 'central bank' },
  { names: ['METI'], country: 'Japan', roles: 'trade ministry' },
  { names: ['SECO'], country: 'Switzerland', roles: 'economy ministry' },
];

/**
 * Places the news calls by a description or an old name, and what they are; also the informal names
 * a reader types ("aussie beef", "nz") where no other sense competes ("Kiwi" is also a fruit, "SA"
 * South Africa or Saudi Arabia).
 */
export const PLACE_DESCRIPTIONS: readonly { phrase: string; country: string }[] = [
  { phrase: 'city-state', country: 'Singapore' },
  { phrase: 'Middle Kingdom', country: 'China' },
  { phrase: 'Land of the Rising Sun', country: 'Japan' },
  { phrase: 'Zhongnanhai', country: 'China' },
  { phrase: 'Whitehall', country: 'United Kingdom' },
  { phrase: 'Number 10', country: 'United Kingdom' },
  { phrase: 'Elysee', country: 'France' },
  { phrase: 'Élysée', country: 'France' },
  { phrase: 'Blue House', country: 'South Korea' },
  { phrase: 'Los Pinos', country: 'Mexico' },
  { phrase: 'Planalto', country: 'Brazil' },
  { phrase: 'Aussie', country: 'Australia' },
  { phrase: 'Aussies', country: 'Australia' },
  { phrase: 'NZ', country: 'New Zealand' },
  { phrase: 'Brits', country: 'United Kingdom' },
  // The Indian press names the government by its city without "New" ("Delhi agreed").
  { phrase: 'Delhi', country: 'India' },
];

/**
 * Parts of the world as a reader names them in place of a country ("the South American country" for
 * Brazil, "the two Asian allies" for Japan and South Korea): each phrase becomes the region's term, which
 * every passage naming a country of the region also holds. `areas` are the regions and subregions of
 * the world-countries data. "Europe" and "European" name the EU in the country table; "Latin America"
 * is the Spanish- and Portuguese-speaking Americas (`world-countries.ts`), not Latin and the United
 * States; "the Middle East" has no agreed bounds.
 */
export const REGIONS: readonly { term: string; phrases: readonly string[]; areas: readonly string[] }[] = [
  { term: 'asia', phrases: ['Asian', 'Asia'], areas: ['Asia'] },
  { term: 'eastasia', phrases: ['East Asian', 'East Asia'], areas: ['Eastern Asia'] },
  {
    term: 'southeastasia',
    phrases: [
      'Southeast Asian',
      'Southeast Asia',
      'South-East Asian',
      'South-East Asia',
      'South East Asian',
      'South East Asia',
    ],
    areas: ['South-Eastern Asia'],
  },
  { term: 'southasia', phrases: ['South Asian', 'South Asia'], areas: ['Southern Asia'] },
  { term: 'centralasia', phrases: ['Central Asian', 'Central Asia'], areas: ['Central Asia'] },
  { term: 'africa', phrases: ['African', 'Africa'], areas: ['Africa'] },
  { term: 'northafrica', phrases: ['North African', 'North Africa'], areas: ['Northern Africa'] },
  { term: 'westafrica', phrases: ['West African', 'West Africa'], areas: ['Western Africa'] },
  { term: 'eastafrica', phrases: ['East African', 'East Africa'], areas: ['Eastern Africa'] },
  { term: 'northamerica', phrases: ['North American', 'North America'], areas: ['North America'] },
  { term: 'centralamerica', phrases: ['Central American', 'Central America'], areas: ['Central America'] },
  { term: 'southamerica', phrases: ['South American', 'South America'], areas: ['South America'] },
  { term: 'latinamerica', phrases: ['Latin Americans', 'Latin American', 'Latin America'], areas: ['Latin America'] },
  { term: 'caribbean', phrases: ['Caribbean'], areas: ['Caribbean'] },
];

/**
 * Goods the news names by kind where a reader names the class ("metal imports" for steel and
 * aluminium, "farm goods" for soybeans): each word keeps its term and gains its class's.
 */
export const KINDS: readonly { kind: string; words: readonly string[] }[] = [
  { kind: 'metal', words: ['steel', 'aluminum', 'aluminium', 'copper', 'nickel', 'zinc'] },
  {
    kind: 'agriculture',
    words: ['soybeans', 'soybean', 'soy', 'wheat', 'corn', 'beef', 'pork', 'poultry', 'dairy', 'rice', 'sorghum'],
  },
  // Softwood and hardwood are the trade's kinds of lumber (timber to a reader, see `PLAIN_WORDS`):
  // "duties on Canadian softwood" answers a question about Canadian lumber.
  { kind: 'lumber', words: ['softwood', 'hardwood'] },
  { kind: 'meat', words: ['beef', 'pork', 'poultry', 'chicken', 'lamb', 'mutton', 'veal', 'bison'] },
  // Textiles, the trade's word for the fabric and garment industry, are clothing to a reader ("Lesotho's
  // clothing factories" of "its textile sector"); "denim" and "jeans" are its goods.
  { kind: 'clothing', words: ['textile', 'textiles', 'denim', 'jeans'] },
  // Fish and shellfish by species, for a reader's "seafood" (and "fish", see \`PLAIN_WORDS\`).
  { kind: 'seafood', words: ['salmon', 'trout', 'tuna', 'cod', 'mackerel', 'shrimp', 'shrimps', 'lobster', 'crab'] },
  // What a reader calls food ("which food products are hit") the news lists by item: "beef, seafood
  // and fruit", "cheese and butter". Drinks and commodities (coffee, cocoa, sugar) keep their own words.
  {
    kind: 'food',
    words: [
      'beef',
      'pork',
      'poultry',
      'chicken',
      'lamb',
      'meat',
      'seafood',
      'fish',
      'shrimp',
      'salmon',
      'tuna',
      'fruit',
      'fruits',
      'vegetables',
      'dairy',
      'cheese',
      'butter',
      'eggs',
      'rice',
      'wheat',
    ],
  },
  // Stocks are a market: a reader's "how did markets react" is told "stocks rose", "Wall Street fell"
  // (stocks, shares and equities are the stock market, see \`PHRASES\`).
  { kind: 'market', words: ['stockmarket'] },
  // A currency as the markets name it ("the peso strengthened"), in the singular: a sum is mostly
  // in the plural ("21 billion euros"); "won", "real", "rand" and "pound" have other senses.
  {
    kind: 'currency',
    words: ['peso', 'yuan', 'renminbi', 'yen', 'euro', 'dollar', 'greenback', 'loonie', 'rupee', 'franc', 'sterling'],
  },
];

/**
 * Plain words and the trade terms they stand for, one-to-one (both map to one index term, compared
 * by stem like `SYNONYMS` in `vocabulary.ts`).
 */
export const PLAIN_WORDS: Readonly<Record<string, string>> = {
  drug: 'pharmaceutical',
  medicine: 'pharmaceutical',
  pharma: 'pharmaceutical',
  drugmaker: 'pharmaceutical',
  medication: 'pharmaceutical',
  meds: 'pharmaceutical',
  timber: 'lumber',
  car: 'automobile',
  auto: 'automobile',
  vehicle: 'automobile',
  automaker: 'carmaker',
  retaliate: 'retaliation',
  retaliatory: 'retaliation',
  countermeasure: 'retaliation',
  reprisal: 'retaliation',
  envoy: 'negotiator',
  dealmaker: 'negotiator',
  bargainer: 'negotiator',
  halt: 'pause',
  freeze: 'pause',
  frozen: 'pause',
  postpone: 'delay',
  deficit: 'imbalance',
  surplus: 'imbalance',
  gap: 'imbalance',
  // Kept from harm, in a reader's word ("are they safe?") and the news's ("isn't immune", "insulated
  // from the tariffs", "shielded consumers").
  immune: 'safe',
  immunity: 'safe',
  insulate: 'safe',
  shield: 'safe',
  shelter: 'safe',
  // Goods sent through a third country to dodge a tariff, as a user says it.
  reroute: 'transship',
  // A tariff that punishes is a penalty ("punitive tariffs", "a penalty for buying Russian oil").
  // What is not yet settled: "remains unclear", "vague", "uncertain".
  unclear: 'uncertain',
  vague: 'uncertain',
  punish: 'penalty',
  punitive: 'penalty',
  penalize: 'penalty',
  penalise: 'penalty',
  shipment: 'export',
  ruling: 'decision',
  justice: 'judge',
  // The bench is the judges of a court ("members of the bench", "the full bench").
  bench: 'judge',
  verdict: 'decision',
  probe: 'investigation',
  inquiry: 'investigation',
  soybean: 'soy',
  // "Prawn" is British and Indian English for the trade's "shrimp"; "fish" is what a reader calls seafood.
  prawn: 'shrimp',
  fish: 'seafood',
  // British English's "advert" and formal English's "advertisement" are a reader's "ad".
  advert: 'ad',
  advertisement: 'ad',
  farm: 'agriculture',
  agricultural: 'agriculture',
  farmer: 'agriculture',
  // The farm sector as its lobby and the trade press name it ("Brazil's agribusiness caucus").
  agribusiness: 'agriculture',
  renminbi: 'yuan',
  microchip: 'semiconductor',
  // Aircraft as a reader names them: "are planes exempt", "Embraer jets" ("jet" is the trade news's
  // airliner: its fuel is "jet fuel", rare beside the planes).
  plane: 'aircraft',
  airplane: 'aircraft',
  aeroplane: 'aircraft',
  airliner: 'aircraft',
  jet: 'aircraft',
  jetliner: 'aircraft',
  // "Tech" is a reader's and a headline's "technology" ("big tech firms", "technology companies").
  tech: 'technology',
  chipmaker: 'semiconductor',
  // A laptop is a computer, as news lists the goods ("smartphones, computers and other electronics").
  laptop: 'computer',
  steelmaker: 'steel',
  // A shipyard is where ships are built: a reader's "shipyards" are the news's shipbuilders and
  // shipbuilding ("$150 billion for US shipbuilding", "Korean shipbuilders").
  shipyard: 'shipbuilding',
  // Furniture as a household names it, for the trade's "upholstered furniture" and "kitchen cabinets".
  sofa: 'upholstered',
  couch: 'upholstered',
  cupboard: 'cabinet',
  // Goods and trade in plain words.
  product: 'goods',
  merchandise: 'goods',
  purchase: 'buy',
  // A government's word for buying, in the purchases a trade deal commits it to.
  procure: 'buy',
  procurement: 'buy',
  customer: 'buyer',
  worldwide: 'global',
  lend: 'loan',
  lending: 'loan',
  shop: 'retail',
  industry: 'sector',
  // A plant is its maker: "factories" are the manufacturers and their industry.
  factory: 'manufacturer',
  universal: 'baseline',
  blanket: 'baseline',
  // Measures against trade, and the exceptions to them.
  curb: 'control',
  restriction: 'control',
  restrict: 'control',
  exemption: 'exempt',
  waiver: 'exempt',
  waive: 'exempt',
  slap: 'impose',
  // Plain verbs and adjectives of the news.
  backdate: 'retroactive',
  request: 'ask',
  begin: 'start',
  commence: 'start',
  resume: 'restart',
  reimpose: 'restore',
  reinstate: 'restore',
  fresh: 'new',
  hurt: 'harm',
  damage: 'harm',
  affect: 'harm',
  impact: 'harm',
  // Verbs of the news for what governments do with a measure, and how others answer.
  scrap: 'remove',
  eliminate: 'remove',
  lift: 'remove',
  repeal: 'remove',
  lapse: 'expire',
  // The last day for something in a reader's word: the "cutoff" of talks or a pause is its deadline
  // (the verb "cut off", two words, is another sense).
  cutoff: 'deadline',
  backtrack: 'reverse',
  climbdown: 'reverse',
  unveil: 'announce',
  tweet: 'post',
  ink: 'sign',
  react: 'respond',
  reply: 'respond',
  slam: 'criticize',
  condemn: 'criticize',
  denounce: 'criticize',
  blast: 'criticize',
  unlawful: 'illegal',
  unconstitutional: 'illegal',
  overturn: 'invalidate',
  annul: 'invalidate',
  nullify: 'invalidate',
  void: 'invalidate',
  vacate: 'invalidate',
  prohibit: 'ban',
  stay: 'remain',
  retain: 'keep',
  maintain: 'keep',
  // Courts, parliaments and quarrels in plain words ("sued" for "filed a lawsuit", "approve" for
  // "ratify", "fight" for "dispute"); "sued", "suing" and "rebuffed" stem apart from their verb.
  sue: 'lawsuit',
  sued: 'lawsuit',
  suing: 'lawsuit',
  litigation: 'lawsuit',
  litigate: 'lawsuit',
  plaintiff: 'lawsuit',
  embargo: 'ban',
  ratify: 'approve',
  ratification: 'approve',
  rebuff: 'reject',
  rebuffed: 'reject',
  spurn: 'reject',
  invoke: 'use',
  utilize: 'use',
  fight: 'dispute',
  feud: 'dispute',
  spat: 'dispute',
  quarrel: 'dispute',
  standoff: 'dispute',
  confrontation: 'dispute',
  clash: 'dispute',
  tension: 'dispute',
  // Irregular past forms of a verb of the vocabulary (irregular verbs in general crowd answers out).
  began: 'start',
  begun: 'start',
  // …and of the verbs the news tells events with, which a question asks in the present ("who leads
  // the talks?" of "led by", "did exports drop?" of "fell"); "made", "took" and the like say nothing,
  // and "met" makes the common "meet" commoner still for no answer found.
  led: 'lead',
  sent: 'send',
  held: 'hold',
  sold: 'sell',
  bought: 'buy',
  paid: 'pay',
  fell: 'fall',
  rose: 'rise',
  struck: 'strike',
  sought: 'seek',
  spoke: 'speak',
  froze: 'freeze',
  grew: 'grow',
  package: 'parcel',
  defer: 'delay',
  reimburse: 'refund',
  repay: 'refund',
  repayment: 'refund',
  exclusion: 'exempt',
  // A loophole is an exemption that goods or firms use ("the de minimis loophole", "closed the loophole").
  loophole: 'exempt',
  exclude: 'exempt',
  exception: 'exempt',
  // A driver's "gas" is the news's "gasoline" ("petrol" in British English).
  gasoline: 'gas',
  petrol: 'gas',
  // A part of a whole in a reader's words ("a big chunk of revenue"), the news's "share" or "portion".
  chunk: 'share',
  portion: 'share',
  // Leaving a supplier or a market behind, in a reader's words and the news's.
  ditch: 'abandon',
  // A user's phone is the news's smartphone.
  smartphone: 'phone',
  bn: 'billion',
  // Rises and falls, worries, aid and lawmakers as the news words them ("declined" is a pattern of
  // `vocabulary.ts`: it mostly declines to comment; "help" and "spare" have other senses too).
  // Clothes and shoes as a reader names them, the trade's apparel and footwear.
  apparel: 'clothing',
  garment: 'clothing',
  clothes: 'clothing',
  footwear: 'shoe',
  sneaker: 'shoe',
  // Offices and dealings in plain words: a head of government is a premier or a prime minister; a
  // government "urges" or "calls on" another where a reader says "demands"; a side takes a "stance";
  // a "first" round is the "initial" one, a "possible" list a "potential" one.
  premier: 'prime',
  urge: 'demand',
  // What a side wants, as a reader asks it, the news tells by its aim or by what it seeks.
  want: 'seek',
  aim: 'seek',
  // Who speaks for a body, whatever the news calls them; a limit on a rate is its cap or its ceiling.
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  ceiling: 'cap',
  limit: 'cap',
  // Who bears a cost: a reader's (and a politician's) "families", the economists' "households".
  family: 'household',
  // What comes each year: a reader's "yearly", the news's "annual" or "annually" (see \`adjectiveOf\`).
  yearly: 'annual',
  // What comes each day: the news's "daily" ("daily revenue"), a reader's "per day" or "a day"; the stemmer
  // leaves "daily" apart from "day".
  daily: 'day',
  // Jobs as the statistics count them: "manufacturing employment", "factory payrolls" are a reader's jobs.
  employment: 'job',
  payroll: 'job',
  // What things cost buyers: a user's "price" is the news's "cost" ("the cost of building a home").
  price: 'cost',
  stance: 'position',
  posture: 'position',
  initial: 'first',
  potential: 'possible',
  // A big company, as business news names it ("e-commerce giants", "retail giant Walmart").
  giant: 'company',
  shopper: 'buyer',
  consumer: 'buyer',
  item: 'goods',
  boost: 'hike',
  skyrocket: 'hike',
  spike: 'hike',
  plunge: 'cut',
  plummet: 'cut',
  tumble: 'cut',
  slump: 'cut',
  slide: 'cut',
  sink: 'cut',
  dive: 'cut',
  crash: 'cut',
  // …in their irregular past ("shares slid", "the index sank") and in a reader's slang ("did stocks
  // tank?", "cratered"); a "think tank" is kept apart in `vocabulary.ts`.
  slid: 'cut',
  sank: 'cut',
  sunk: 'cut',
  tank: 'cut',
  crater: 'cut',
  worry: 'concern',
  fear: 'concern',
  anxiety: 'concern',
  assistance: 'aid',
  bailout: 'aid',
  launch: 'start',
  quit: 'withdraw',
  collect: 'revenue',
  proceeds: 'revenue',
  // What duties bring in, in a reader's and a headline's word: "the customs haul", "a record tariff
  // haul" (trucking's "long-haul" is a distance, see `PHRASES`).
  haul: 'revenue',
  // Whether something has happened: a user asks "has it … yet", the news tells what has "already"
  // happened or has "not yet".
  yet: 'already',
  // What a side yields in a deal: a user asks what it "gave up" (see `PHRASES`), the news tells its
  // "concessions" or what it is "sacrificing".
  sacrifice: 'concession',
  sacrificing: 'concession',
  // The head of a company or a body, in a reader's and a headline's word ("the grocer's boss"): the
  // news's "chief executive" or "CEO".
  boss: 'chief',
  ceo: 'chief',
  // Who is better off (see the patterns of `vocabulary.ts`): an "advantage" is a benefit.
  advantage: 'benefit',
  beneficiary: 'benefit',
  // What a government promises: a "pledge", a "commitment", a "vow" ("committee" stems apart).
  promise: 'pledge',
  commit: 'pledge',
  commitment: 'pledge',
  vow: 'pledge',
  // The news outlets as a reader names them, "the press" of "what are the papers saying" (see `PHRASES`).
  newspaper: 'press',
  tabloid: 'press',
  lawmaker: 'parliament',
  legislator: 'parliament',
  legislature: 'parliament',
  // The US's lawmakers are its Congress ("without congressional approval": "congressional" stems apart).
  congress: 'parliament',
  congressional: 'parliament',
  // A sum "in total" is the news's "cumulative" one ("its cumulative commitment to $600 billion").
  cumulative: 'total',
  // Leaning on something: "rely on imports", "depend on imported components", "heavy reliance".
  depend: 'rely',
  dependent: 'rely',
  dependence: 'rely',
  dependency: 'rely',
  reliance: 'rely',
  reliant: 'rely',
  // What someone foresees: a user's "predict", the news's "expect" ("analysts expect this round to …").
  predict: 'expect',
  prediction: 'expect',
  forecast: 'expect',
  anticipate: 'expect',
  // The cause of a fall as a user asks it ("what is to blame"), the news's culprit.
  culprit: 'blame',
  // A judge who disagrees with the majority dissents ("which justices disagreed": "three dissented").
  dissent: 'disagree',
};
