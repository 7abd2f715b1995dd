/**
 * The words of the synthetic trade news: who trades with whom, who speaks, what is taxed. Real
 * names where the extractors expect them (countries, officials); generated names (analysts,
 * companies) give the long tail of rare terms a year of real news has.
 */

export interface Country {
  /** As in running text: "the United States", "China". */
  name: string;
  /** As in a headline: "U.S.", "China". */
  short: string;
  adjective: string;
  /** Also stands for the government ("Beijing retaliated"). */
  capital: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'the United States', short: 'U.S.', adjective: 'American', capital: 'Washington' },
  { name: 'China', short: 'China', adjective: 'Chinese', capital: 'Beijing' },
  { name: 'the European Union', short: 'EU', adjective: 'European', capital: 'Brussels' },
  { name: 'Canada', short: 'Canada', adjective: 'Canadian', capital: 'Ottawa' },
  { name: 'Mexico', short: 'Mexico', adjective: 'Mexican', capital: 'Mexico City' },
  { name: 'Japan', short: 'Japan', adjective: 'Japanese', capital: 'Tokyo' },
  { name: 'South Korea', short: 'South Korea', adjective: 'South Korean', capital: 'Seoul' },
  { name: 'India', short: 'India', adjective: 'Indian', capital: 'New Delhi' },
  { name: 'Vietnam', short: 'Vietnam', adjective: 'Vietnamese', capital: 'Hanoi' },
  { name: 'Britain', short: 'UK', adjective: 'British', capital: 'London' },
  { name: 'Brazil', short: 'Brazil', adjective: 'Brazilian', capital: 'Brasília' },
  { name: 'Switzerland', short: 'Switzerland', adjective: 'Swiss', capital: 'Bern' },
  { name: 'Australia', short: 'Australia', adjective: 'Australian', capital: 'Canberra' },
  { name: 'Taiwan', short: 'Taiwan', adjective: 'Taiwanese', capital: 'Taipei' },
  { name: 'Indonesia', short: 'Indonesia', adjective: 'Indonesian', capital: 'Jakarta' },
  { name: 'Thailand', short: 'Thailand', adjective: 'Thai', capital: 'Bangkok' },
  { name: 'Malaysia', short: 'Malaysia', adjective: 'Malaysian', capital: 'Kuala Lumpur' },
  { name: 'Turkey', short: 'Turkey', adjective: 'Turkish', capital: 'Ankara' },
  { name: 'South Africa', short: 'South Africa', adjective: 'South African', capital: 'Pretoria' },
  { name: 'Argentina', short: 'Argentina', adjective: 'Argentine', capital: 'Buenos Aires' },
];

/** A named speaker: an official (with a title before the name) or an analyst (with an affiliation after it). */
export interface Person {
  name: string;
  /** How later mentions name the person, when it is not the last word of the name ("Xi", "Lula"). */
  surname?: string;
  /** "Treasury Secretary": goes before the name. */
  title?: string;
  /** "an economist at Capital Economics": goes after the name, between commas. */
  affiliation?: string;
  /** The `name` of the country the person speaks for; none for analysts. */
  country?: string;
}

export const OFFICIALS: readonly Person[] = [
  { name: 'Donald Trump', title: 'President', country: 'the United States' },
  { name: 'Scott Bessent', title: 'Treasury Secretary', country: 'the United States' },
  { name: 'Howard Lutnick', title: 'Commerce Secretary', country: 'the United States' },
  { name: 'Jamieson Greer', title: 'U.S. Trade Representative', country: 'the United States' },
  { name: 'Karoline Leavitt', title: 'White House press secretary', country: 'the United States' },
  { name: 'Peter Navarro', title: 'White House trade adviser', country: 'the United States' },
  { name: 'Xi Jinping', surname: 'Xi', title: 'Chinese President', country: 'China' },
  { name: 'He Lifeng', surname: 'He', title: 'Vice Premier', country: 'China' },
  { name: 'Wang Wentao', surname: 'Wang', title: 'Commerce Minister', country: 'China' },
  { name: 'Lin Jian', surname: 'Lin', title: 'Foreign Ministry spokesperson', country: 'China' },
  { name: 'Ursula von der Leyen', surname: 'von der Leyen', title: 'European Commission President', country: 'the European Union' },
  { name: 'Maros Sefcovic', title: 'EU Trade Commissioner', country: 'the European Union' },
  { name: 'Mark Carney', title: 'Prime Minister', country: 'Canada' },
  { name: 'Dominic LeBlanc', title: 'Trade Minister', country: 'Canada' },
  { name: 'Claudia Sheinbaum', title: 'President', country: 'Mexico' },
  { name: 'Marcelo Ebrard', title: 'Economy Minister', country: 'Mexico' },
  { name: 'Shigeru Ishiba', title: 'Prime Minister', country: 'Japan' },
  { name: 'Ryosei Akazawa', title: 'chief tariff negotiator', country: 'Japan' },
  { name: 'Lee Jae-myung', surname: 'Lee', title: 'President', country: 'South Korea' },
  { name: 'Ahn Duk-geun', surname: 'Ahn', title: 'Trade Minister', country: 'South Korea' },
  { name: 'Piyush Goyal', title: 'Commerce Minister', country: 'India' },
  { name: 'Narendra Modi', title: 'Prime Minister', country: 'India' },
  { name: 'Pham Minh Chinh', surname: 'Chinh', title: 'Prime Minister', country: 'Vietnam' },
  { name: 'Keir Starmer', title: 'Prime Minister', country: 'Britain' },
  { name: 'Jonathan Reynolds', title: 'Business Secretary', country: 'Britain' },
  { name: 'Luiz Inácio Lula da Silva', surname: 'Lula', title: 'President', country: 'Brazil' },
  { name: 'Karin Keller-Sutter', title: 'President', country: 'Switzerland' },
  { name: 'Anthony Albanese', title: 'Prime Minister', country: 'Australia' },
  { name: 'Lai Ching-te', surname: 'Lai', title: 'President', country: 'Taiwan' },
  { name: 'Airlangga Hartarto', title: 'Economic Affairs Minister', country: 'Indonesia' },
];

export const FIRST_NAMES = [
  'Alicia', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'James', 'Kavita', 'Liam', 'Mei', 'Nadia',
  'Oscar', 'Priya', 'Rafael', 'Sofia', 'Tom', 'Uma', 'Victor', 'Wendy', 'Xavier', 'Yuki', 'Zara', 'Anders', 'Beatriz', 'Chen',
  'Dmitri', 'Fatima', 'Gustavo', 'Hannah', 'Ivan', 'Julia', 'Kenji', 'Laura', 'Marco', 'Noor', 'Olga', 'Pedro',
];

export const LAST_NAMES = [
  'Abernathy', 'Baptiste', 'Castellano', 'Dunmore', 'Eriksen', 'Fairbanks', 'Gallagher', 'Hartley', 'Ishikawa', 'Jablonski',
  'Kowalczyk', 'Lindqvist', 'Moreau', 'Nakamura', 'Okonkwo', 'Pemberton', 'Quintero', 'Rasmussen', 'Santoro', 'Thibodeaux',
  'Underwood', 'Valdivia', 'Whitcombe', 'Xu', 'Yamamoto', 'Zielinski', 'Achebe', 'Brennan', 'Cutler', 'Delacroix', 'Esposito',
  'Fitzgerald', 'Grünewald', 'Haddad', 'Iverson', 'Jovanovic', 'Kaminski', 'Lombardi', 'Mendoza', 'Novak',
];

export const AFFILIATIONS = [
  'an economist at Capital Economics', 'a senior fellow at the Peterson Institute for International Economics',
  'chief economist at ING', 'a trade lawyer at Akin Gump', 'head of Asia research at Nomura', 'a former U.S. trade negotiator',
  'a professor of economics at Cornell University', 'vice president of the Asia Society Policy Institute',
  'chief executive of the National Retail Federation', 'a strategist at Goldman Sachs', 'president of the American Soybean Association',
  'director of the Kiel Institute for the World Economy', 'a partner at the consultancy Trade Compass', 'chief economist at the Bank of Montreal',
  'head of trade policy at the British Chambers of Commerce', 'an analyst at Eurasia Group', 'a researcher at the Brookings Institution',
  'chair of the Canadian Steel Producers Association', 'director of the Mexican auto parts association', 'a strategist at Morgan Stanley',
];

export const OUTLETS = [
  'Reuters', 'Associated Press', 'CNBC', 'Financial Times', 'Bloomberg', 'The Wall Street Journal', 'BBC News', 'Politico',
  'Nikkei Asia', 'South China Morning Post', 'The Guardian', 'Axios', 'The New York Times', 'Al Jazeera',
];

/** What tariffs fall on, in the plural a headline uses. */
export const PRODUCTS = [
  'steel', 'aluminum', 'cars', 'auto parts', 'semiconductors', 'soybeans', 'pharmaceuticals', 'lumber', 'copper',
  'rare earth magnets', 'solar panels', 'electric vehicles', 'furniture', 'tomatoes', 'dairy products', 'whisky', 'wine',
  'textiles', 'smartphones', 'machinery', 'pork', 'beef', 'shrimp', 'coffee', 'toys', 'sneakers', 'wind turbines', 'batteries',
  'fertilizer', 'aircraft parts', 'canola', 'seafood', 'medical devices', 'laptops', 'tires', 'olive oil', 'cheese', 'bicycles',
];

/** Tariff rates as reported, the common ones first. */
export const RATES = [25, 10, 20, 15, 50, 30, 34, 145, 125, 54, 46, 100, 84, 200, 35, 17, 24, 32, 104, 11, 39, 60, 5, 7.5, 12.5, 26, 36, 49];

export const PLACES = [
  'Ohio', 'Michigan', 'Iowa', 'Texas', 'Pennsylvania', 'Ontario', 'Quebec', 'Alberta', 'Guangdong', 'Zhejiang', 'Jiangsu',
  'Shenzhen', 'Bavaria', 'Lombardy', 'Catalonia', 'Nuevo León', 'Jalisco', 'Monterrey', 'Osaka', 'Aichi', 'Ulsan', 'Gujarat',
  'Tamil Nadu', 'Ho Chi Minh City', 'Haiphong', 'Wales', 'Sheffield', 'São Paulo', 'Minas Gerais', 'Penang', 'Rayong', 'Izmir',
];

export const TALKS_CITIES = ['Geneva', 'London', 'Stockholm', 'Madrid', 'Kuala Lumpur', 'Washington', 'Beijing', 'Brussels', 'Tokyo', 'Ottawa'];

export const MARKET_INDEXES = ['The S&P 500', 'The Dow Jones Industrial Average', 'The Nasdaq', "Japan's Nikkei 225", "Hong Kong's Hang Seng", "Germany's DAX", 'The pan-European Stoxx 600', "China's CSI 300"];

/**
 * Syllables for company names (three each): a corpus gets one company per article, so a large corpus
 * has the long tail of rare proper nouns real news has, not only the words of these lists.
 */
export const COMPANY_SYLLABLES = [
  'nor', 'vex', 'kal', 'tron', 'bel', 'mar', 'sin', 'ora', 'tek', 'ula', 'ver', 'dan', 'ost', 'ria', 'qua', 'lis', 'hel', 'ion', 'zen', 'ith',
  'cor', 'pax', 'lum', 'ena', 'gar', 'dix', 'fal', 'mo', 'ru', 'sta',
];
export const COMPANY_SUFFIXES = ['Industries', 'Motors', 'Steel', 'Semiconductor', 'Foods', 'Holdings', 'Electronics', 'Chemicals', 'Logistics', 'Agri'];

/** Words no synthetic article contains: questions made of them must find nothing. */
export const UNRELATED_WORDS = [
  'giraffe', 'saxophone', 'volcano', 'origami', 'nebula', 'penguin', 'marathon', 'lullaby', 'trampoline', 'meteorite',
  'crocodile', 'harpsichord', 'snowboard', 'kaleidoscope', 'dinosaur', 'cathedral', 'jellyfish', 'accordion',
];
