/**
 * The words quote attribution reads, as data. All entries are lower case and compared with a
 * token's lower-case form; the extractor decides what to do with them.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Verbs that introduce speech or writing, in the forms the news uses; forms that are more often
 * nouns ("calls", "notes", "states") are left out. "-ing" forms are participles ("…, saying they
 * …"): their subject is the subject of the clause they hang on.
 */
export const SPEECH_VERBS = words(`
  say says said saying   tell tells told telling   add adds added adding   warn warns warned warning
  noted noting   write writes wrote writing written   called calling   stated stating   report reports reported reporting
  explain explains explained explaining   argue argues argued arguing   insist insists insisted insisting
  claimed claiming   declare declares declared declaring   announce announces announced announcing
  ask asks asked asking   reply replies replied replying   respond responds responded responding
  commented commenting   remarked   observed   acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting   suggest suggests suggested suggesting   predict predicts predicted predicting
  stressed stressing   emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
  urge urges urged urging   tweeted   posted posting   describe describes described describing
  recall recalls recalled recalling   conclude concludes concluded   contend contends contended
  maintain maintains maintained   affirm affirms affirmed affirming   reaffirm reaffirms reaffirmed reaffirming   confirm confirms confirmed   pledged   promised   vowed vowing
  threaten threatens threatened threatening   complain complains complained complaining   lamented   quipped
  joked   testify testifies testified testifying   cautioned cautioning   reiterate reiterates reiterated reiterating
  criticize criticizes criticized criticizing criticise criticises criticised criticising
  accuse accuses accused accusing   boasted   concede concedes conceded   signaled signalled   repeated
  answered   interjected interjecting   yell yells yelled yelling   shout shouts shouted shouting   speaking   hail hails hailed hailing   blast blasts blasted blasting   slam slams slammed slamming
  praise praises praised praising   laud lauds lauded lauding   extol extols extolled extolling   denounce denounces denounced denouncing   decry decries decried decrying
  condemn condemns condemned condemning   welcome welcomes welcomed welcoming   dismissed dismissing
  labeled labelled labeling labelling   branded branding   touted touting   mocked mocking   lambasted
  proclaim proclaims proclaimed proclaiming   assert asserts asserted asserting   quotes quoted
  continued   underscored underscoring   underlined   highlighted   countered   retorted   demanded
  questioned   clarified   elaborated   recounted   mused   wondered   opined   estimated   forecast
  characterize characterizes characterized characterizing characterise characterises characterised characterising
  pointed   mentioned mentioning   expressed expressing   voiced voicing   hinted hinting   indicated indicating
  considers considered   deems deemed   assure assures assured assuring   reassured
  summarized summarised summed   ruled   compared likened   inform informs informed informing
  cite cites cited   portray portrays portrayed portraying   depict depicts depicted depicting
`);

/**
 * Nouns of speech whose that-clause reports their owner's words ("Mr Trump's remarks that …", "his
 * announcement on social media that …").
 */
export const SPEECH_NOUNS = words(`
  remark remarks comment comments announcement statement claim claims assertion warning pledge promise
  insistence argument suggestion post message response reply contention complaint accusation threat vow assurance
`);

/**
 * Nouns that close a box's heading before its quotation ("Key Quote: “…”", "Takeaway: “…”"): the
 * heading names what follows, not who said it.
 */
export const HEADING_NOUNS = words(
  'quote quotes quotation highlight highlights takeaway takeaways update background recap',
);

/** Verbs whose subject is a text ("the proclamation read"): speech verbs only after a document noun. */
export const DOCUMENT_VERBS = words('read reads');

/** Texts that say things for their author ("the statement said", "a post on X read"). */
export const DOCUMENTS = words(`
  statement statements letter letters post posts proclamation document notice order readout release memo
  filing announcement communique communiqué declaration message note decree directive tweet response
  report probe investigation inquiry review study survey analysis assessment findings ruling judgment opinion
  guidance transcript
`);

/** Times and time zones of page timestamps ("9:30 AM CDT"): capitalised, never names. */
export const TIME_WORDS = words('am pm gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist jst kst hkt sgt aest');

/** Days of the week: capitalised, never names. */
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Months, which are not names when a day follows ("May 12", "Aug. 1"). */
export const MONTHS = words(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** Words that put a month for a time, not a name, before it ("in early March", "since May", "until June"). */
export const MONTH_LEADS = words('in early mid late since until till by from last next this through');

/** Days told by an adverb: they end a speaker phrase ("a statement from the White House yesterday"). */
export const DAY_ADVERBS = words('today yesterday tonight');

/** Adverbs, auxiliaries and times that may stand between a speaker and the speech verb ("Bessent last week said"). */
export const BETWEEN_SPEAKER_AND_VERB = new Set([
  ...words(`
    also later earlier then further again previously recently separately repeatedly publicly privately once first
    long often always never still already just even now nonetheless nevertheless meanwhile likewise instead too
    has have had will would was were is last this next week month year on in morning afternoon evening
  `),
  ...DAY_ADVERBS,
  ...WEEKDAYS,
  ...MONTHS,
]);

/** Words that link an unnamed member of a body to the body named after it ("an official from the ministry"). */
export const BODY_LINKS = words('from of at with');
/**
 * Ranks news sets before the body to tell its unnamed sources apart: "a senior White House
 * official" is not the "White House official" quoted before, nor is "a former" one.
 */
export const SOURCE_RANKS = words('senior top former junior high-ranking');

/** Determiners that make a noun phrase definite: it refers back to someone named before. */
export const DEFINITE = words('the its his her their our this that');

/** Possessive determiners: whose the thing after them is, as a name's "'s" says. */
export const POSSESSIVES = words('its his her their our');

/** Determiners that make a speaker unnamed ("a senior official", "one industry group", "two analysts"). */
export const INDEFINITE = words('a an one some two three four several many other another few most any');

/**
 * Occupations news writes before a name as a title ("said soybean farmer Lena Dorn"); in the plural
 * they name bodies ("Harlow Farmers Union"), not holders of a title.
 */
const OCCUPATIONS_TEXT = 'farmer grower rancher';
export const OCCUPATIONS = words(OCCUPATIONS_TEXT);

/** Titles and roles of people; the last one in a capitalised run ends the title ("Treasury Secretary Scott Bessent"). */
export const TITLES = words(`
  president vice-president secretary minister premier chancellor chairman chairwoman chair chairperson
  commissioner representative ambassador governor senator sen congressman congresswoman lawmaker mayor
  spokesperson spokesman spokeswoman director chief executive ceo cfo coo economist analyst strategist
  negotiator envoy adviser advisor counselor counsellor head deputy leader official officer undersecretary
  secretary-general director-general attorney-general vice-chairman vice-premier vice-minister king queen prince emperor justice judge attorney professor prof founder partner
  treasurer diplomat manager mp pm dpm vp trader owner rep tsar czar councillor councilor
  anchor presenter correspondent columnist editor commentator reporter journalist
  expert lawyer scholar researcher consultant specialist historian lobbyist
  ${OCCUPATIONS_TEXT}
  taoiseach tánaiste tanaiste
`);

/** A word that follows its title and belongs to it ("Attorney General", "Secretary General", "Governor General"). */
export const POSTPOSITIVE_TITLE_WORDS = words('general');

/**
 * Words of titles that are not names ("U.S. Treasury Secretary", "Vice Premier", "Press secretary"),
 * portfolios among them, so a name after "Minister of International Relations and Cooperation" starts
 * after the portfolio.
 */
export const TITLE_QUALIFIERS = words(`
  vice deputy prime chief senior top former acting assistant associate principal general managing executive
  press white house shadow foreign trade commerce treasury finance economy economic defense defence
  agriculture industry energy state justice interior labor labour business health home digital cabinet affairs
  international national federal regional provincial global under first
  relations cooperation co-operation competition development planning investment resources mines environment
  transport tourism education
`);

/** Nouns of organisations' own names ("Ministry of Commerce", "Toyota Motor Corp"); see `ORGANISATION_NOUNS`. */
const NAMED_ORGANISATION_NOUNS = words(`
  ministry department commission council chamber association federation institute institution agency
  administration office bureau committee bank fund union organization organisation court group company
  corp corporation inc ltd llc plc co firm exchange authority board government parliament congress senate
  party network news times journal post reserve secretariat lobby body alliance forum society foundation
  center centre coalition service customs tribunal confederation cooperative university college school academy
  television tv radio media broadcaster broadcasting newswire newspaper embassy consulate mission delegation daily policy
  presidency
  ag sa se nv ab asa gmbh spa bhd tbk
`);

/** News agencies and outlets named in one word, which news quotes ("said Bloomberg", "Xinhua reported"): organisations. */
export const NEWS_OUTLETS = words(`
  reuters bloomberg xinhua axios afp ap kyodo yonhap politico cnbc cnn bbc tass nikkei semafor bernama antara
`);

/**
 * Organisation nouns that refer back to the last organisation named, whatever its name ("the
 * company said", "the automaker said", "the bloc said" for the EU named before). Not "bank": "the
 * bank" is the one whose name says so (the Bank of Japan), not any body named since.
 */
export const GENERIC_ORGANISATIONS = words(`
  company firm group body organization organisation agency lobby government bloc lender insurer
  party automaker carmaker chipmaker retailer airline manufacturer exporter conglomerate giant
`);

/** Generic organisation nouns that may mean a government or a bloc ("the government said"), never a company. */
export const GOVERNMENT_NOUNS = words('government bloc');

/** Nouns that make a name an organisation ("Ministry of Commerce", "Toyota Motor Corp", "the ministry"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([...NAMED_ORGANISATION_NOUNS, ...GENERIC_ORGANISATIONS]);

/** Bodies news names by the person who leads them ("the Trump administration", "the Carney government"). */
export const LED_BODIES = words('administration government cabinet campaign team');

/**
 * Organisation nouns that end a body's own name but never describe one in lower case: "Privacy
 * Policy" is a page's, while "the negotiator on tariff policy Ryosei Akazawa" names a person.
 */
export const NAME_ONLY_ORGANISATION_NOUNS = words('policy');

/** Organisation nouns that mean a company, whose names say "Corp", "Inc" and the like. */
export const COMPANY_NOUNS = words(
  'corp corporation inc ltd llc plc co company firm ag sa se nv ab asa gmbh spa bhd tbk',
);

/** Demonyms news uses that no country list gives ("Aussie beef", "Kiwi exporters"). */
export const INFORMAL_DEMONYMS = words('aussie kiwi brit');

/** Third-person pronouns that can say who spoke. */
export const PRONOUNS: Readonly<
  Record<string, { kind: 'person' | 'organisation'; gender?: 'male' | 'female'; plural?: true }>
> = {
  he: { kind: 'person', gender: 'male' },
  she: { kind: 'person', gender: 'female' },
  it: { kind: 'organisation' },
  // "they" for a body just quoted ("the ministry said … “…,” they wrote"); people are left unnamed.
  they: { kind: 'organisation', plural: true },
};

/**
 * Seats of power that are offices, not cities: "the White House said" quotes the White House (the
 * president's office), not the United States, and stays apart from the country's other voices.
 */
export const OFFICE_SEATS = words('white-house downing-street kremlin elysee blue-house');

/** Honorifics before a surname, with the gender they tell ("Mr. He said"). */
export const HONORIFICS: Readonly<Record<string, 'male' | 'female' | undefined>> = {
  sir: 'male',
  dame: 'female',
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  dr: undefined,
  prof: undefined,
};

/** What follows a surname without being one ("Ferdinand Marcos Jr."). */
export const GENERATIONAL_SUFFIXES = words('jr sr ii iii iv');

/** Lower-case particles inside people's names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = words('de da del della der den di do dos das du van von bin al la le ter ten');

/** Abbreviations whose dot does not end a name ("Mr. He", "Toyota Motor Corp. said"). */
export const DOTTED_ABBREVIATIONS = words('mr mrs ms dr prof st jr sr corp inc co ltd gov sen rep gen');

/**
 * Lower-case words inside organisations' names ("Ministry of Commerce"); "and" and "the" only after
 * "of" or "for" ("Department for Business and Trade", "Office of the U.S. Trade Representative").
 */
export const ORGANISATION_CONNECTORS = words('of for and the');

/** Words that start or join clauses: a phrase holding one is not a speaker's name or title. */
export const CLAUSE_WORDS = words(`
  and or but that which who whom whose what where when why how whether if as is are was were be been being
  has have had will would may might can could should must not to do does did
`);

/** Question words: never part of a name, wherever they stand ("Live updates | What Goyal said on …"). */
export const QUESTION_WORDS = words('what why how where when who whom whose which whether');

/** Conjunctions that join a second verb to the same subject ("called the move … and said …"). */
export const COORDINATORS = words('and but or');

/**
 * Laws, agreements and schemes of trade news named by their abbreviation ("USMCA", "IEEPA", "Agoa"):
 * what a sentence is about, never who speaks.
 */
export const TRADE_INSTRUMENTS = words('usmca cusma t-mec nafta ieepa agoa gatt cptpp rcep gsp mfn hts cbam');

/** Capitalised at the start of a sentence without being names ("Those talks", "Still, Bessent said"). */
export const SENTENCE_STARTERS = words(`
  the a an this that these those there here it its his her their our we they i you he she but and or so yet
  still however meanwhile instead also then now today yesterday after before when while as although though
  since if because despite among shortly asked speaking according in on at for with from by under over last
  next earlier later some many most several both each every all no not other such what why how who where
  which whether once even only just more nor
`);

/** Those who speak for an organisation: "a spokesman for the ministry said" quotes the ministry. */
export const SPOKESPEOPLE = words('spokesperson spokesman spokeswoman representative rep');

/** The noun news uses again for any unnamed informant it described before ("the source said"). */
export const INFORMANT = 'source';

/** The judges who sit for a court ("a three-judge panel of the appeals court"): the court speaks through them. */
export const BENCHES = words('panel bench');
/** What news calls the judges of a ruling ("the judges wrote", "the justices said"): the court speaks. */
export const JUDGES = words('panel bench judges justices');

/** Words after which a name is not the subject of its sentence ("talks in Geneva", "calls with Trump"). */
export const PREPOSITIONS = words(`
  in at on of for with from to by between alongside against about into toward towards than like including
  after before during over across amid via per among until since without within aboard near through beside
  behind upon
`);

/** Capitalised words that start sentences without being names ("Analysts said", "Markets shrugged"). */
export const GROUP_NOUNS = words(`
  analysts economists officials experts traders critics executives investors farmers growers diplomats
  lawmakers people sources observers workers exporters importers producers manufacturers automakers
  businesses companies negotiators leaders markets members residents consumers
`);

/** People who speak for the body they work at ("analysts at ING wrote", "officials at the Commerce Department said"). */
export const STAFF_NOUNS = words('analysts economists strategists researchers officials executives');

/**
 * Words before a quotation that make it a name or a term, not speech ("the so-called “melt and pour”
 * rule", "the law never mentions the word “tariffs.”", "the phrase “fair trade”").
 */
export const TERM_MARKERS = words('so-called dubbed termed named titled word words term phrase slogan');

/**
 * Kinds of tariff by the names governments give them ("reciprocal", "retaliatory", "secondary"):
 * news puts these names in marks ("reciprocal tariffs") as it does other names, whatever verb
 * reports the sentence. Words that judge a tariff ("unfair", "massive") are a speaker's, not names.
 */
export const TARIFF_KINDS = words(`
  reciprocal retaliatory secondary countervailing anti-dumping antidumping safeguard baseline sectoral
`);
/** The nouns such a name qualifies. */
export const TARIFF_NOUNS = words('tariff tariffs duty duties levy levies');

/** Who holds an office the articles name by country and title alone (2025–26), by surname. */
export const OFFICE_HOLDERS: ReadonlyMap<string, string> = new Map([['United States president', 'Trump']]);

/** Verbs that name a thing ("what Beijing called the US' “wanton” increases"): what they report is a name. */
export const NAMING_VERBS = words('call calls called calling');

/** Quotation marks. A straight `"` opens or closes depending on what is around it. */
export const OPENING_MARKS = '“«„';
export const CLOSING_MARKS = '”»';
export const STRAIGHT_MARK = '"';

/** At most this many words in a quoted term that no speech verb introduces ("reciprocal" tariffs). */
export const SCARE_QUOTE_MAX_WORDS = 2;
/** At most this many words in a Title Case name in quotes (the "Liberation Day" tariffs). */
export const QUOTED_NAME_MAX_WORDS = 5;
