/**
 * What a paragraph leaves to the rest of its article. News names a person in full once ("Chinese
 * trade representative Li Chenggang") and then by one part of the name ("Li said the two sides…");
 * a programme by its initials once defined ("the African Growth and Opportunity Act (AGOA)"); a
 * page's subheading ("Modi's message to the US") introduces the paragraph under it. The index adds
 * this context to a paragraph's words, so a question naming the person's country or office, the
 * programme's name, or the subheading's subject, still finds it.
 */
import type { Passage } from '../corpus/article.ts';
import { isCaption } from '../text/captions.ts';
import { isHeading } from '../text/headings.ts';
import { monthsNamedRelatively } from './time-focus.ts';
import { escapeRegExp, phraseAlternation } from '../text/patterns.ts';
import { PEOPLE, type Person } from './domain-vocabulary.ts';
import { eitherCase, OFFICE_WORDS } from './offices.ts';
import { STOP_WORDS } from './vocabulary.ts';

const wholeWords = (source: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);

/** People with a full name of several words, and the parts of it that may stand alone for them ("Li" of "Li Chenggang"). */
const NAMED = PEOPLE.flatMap((person: Person) => {
  const full = person.names.filter((n) => /\s/.test(n));
  // Parts the vocabulary already knows alone ("Xi", "Lula") gain the person's terms everywhere.
  const alone = new Set(person.names.filter((n) => !/\s/.test(n)));
  const parts = [...new Set(full.flatMap((n) => n.split(/[\s-]+/)))].filter(
    (w) => /^\p{Lu}\p{L}+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()) && !alone.has(w),
  );
  if (full.length === 0 || parts.length === 0) return [];
  return [{ person, full: wholeWords(phraseAlternation(full)), part: wholeWords(phraseAlternation(parts)) }];
});
const FULL_NAME = wholeWords(phraseAlternation(PEOPLE.flatMap((p) => p.names.filter((n) => /\s/.test(n)))), 'gu');

/** Any name of a person the vocabulary knows, as the text writes it. */
const ANY_NAME = wholeWords(phraseAlternation(PEOPLE.flatMap((p) => p.names)), 'gu');

/**
 * Verbs of speech that name who speaks a quotation ("she told", "he added"), and those that also
 * tell how the words came ("“…,” he began, before recounting the call", "she replied", "he quipped").
 */
const SPEAKING =
  'said|says|told|added|wrote|noted|stressed|argued|warned|explained|insisted|continued|began|replied|responded|asked|recalled|quipped|joked|conceded|admitted|acknowledged|cautioned|complained|vowed';

/**
 * A quotation whose speaker is a pronoun ("“…,” she told reporters."): news names the speaker in the
 * paragraph before and goes on quoting them as "he" or "she". Only a paragraph that opens with the
 * quotation: one that opens otherwise ("According to Trump, … he warned") names its own speaker.
 */
const PRONOUN_SPEAKER = new RegExp(String.raw`^\s*["“][^]*?["”,.!?]\s*(?:he|she)\s+(?:${SPEAKING})\b`, 'i');

/**
 * …or the pronoun first, then the quotation ("He pointed out: “We will keep working…”", "She also
 * said, “…”"), as agency copy and many outlets write a quotation that follows its speaker's paragraph,
 * or then the words reported ("He also told reporters he would seek an explanation of …"): news goes
 * on with what the person named before said, quoted or not.
 */
const PRONOUN_THEN_SPEECH = new RegExp(
  String.raw`^\s*(?:he|she)\s+(?:also\s+|further\s+|later\s+)?(?:${SPEAKING}|pointed\s+out|emphasi[sz]ed|declared|remarked)\b`,
  'i',
);

/** A quotation, to its closing mark or, where news runs it on into the next paragraph, to the paragraph's end. */
const QUOTATION = /["“][^"“”]*(?:["”]|$)/gu;

/** A verb of speech closing an attribution ("von der Leyen, European Commission President, said"). */
const SPEECH_VERB = new RegExp(String.raw`\b(?:${SPEAKING}|stated|spoke)\b`, 'iu');

/**
 * The speaker a paragraph that is a quotation alone leaves to the next one: pages that set a
 * quotation apart (a block quote, a pull quote) put who said it on the line after it, as an
 * attribution that opens that paragraph ("“…,”" then "Ursula von der Leyen, European Commission
 * President, said, adding …") or as the name alone. An opening attribution counts only after a
 * quotation left open by a comma, which news writes where the attribution follows; after a full
 * stop, a paragraph naming someone is their own news. Undefined where the next line names no one
 * so ("she stated.": the speaker is the one named before).
 */
function speakersAfter(quotation: string, next: string, titled: readonly TitledPerson[]): string[] | undefined {
  const line = next.trim().replace(/^[—–-]\s*/u, '');
  if (Array.from(line.matchAll(ANY_NAME), (m) => m[0]).includes(line)) return [line];
  const opening = /^[^"“”.!?]*/u.exec(line)?.[0] ?? '';
  const verb = SPEECH_VERB.exec(opening);
  if (!verb || !/,\s*["”]\s*$|["”]\s*,\s*$/u.test(quotation)) return undefined;
  const names = speakersIn(opening.slice(0, verb.index), titled);
  return names.length > 0 ? names : undefined;
}

/**
 * A paragraph that goes on with the words of the speaker of the paragraph before: the quotation with
 * "he" or "she" after it, "he" or "she" and a verb of speech opening it, the quotation alone ("“It is disappointing that we're caught up in this.”"),
 * which news writes right after the paragraph that names who speaks, or a quotation that opens the
 * paragraph and that no verb of speech in it gives to anyone ("“This 15% is a clear ceiling.” The
 * bloc had hoped for 10%").
 */
const continuesSpeech = (text: string) =>
  PRONOUN_SPEAKER.test(text) ||
  PRONOUN_THEN_SPEECH.test(text) ||
  (/^\s*["“]/u.test(text) && (!/[\p{L}\p{N}]/u.test(text.replace(QUOTATION, '')) || !SPEECH_VERB.test(text)));

/**
 * A paragraph that goes on about the person named before it ("She was satisfied with the outcome…")
 * names no one else: a quotation after it is still theirs.
 */
const OPENS_WITH_PRONOUN = /^\s*(?:he|she)\b/iu;

/**
 * Goods, measures or countries a paragraph refers back to at its opening ("a 25% duty on these
 * imports", "such levies", a paragraph opening on "The items most exposed are…"), or a law or a
 * rule it goes on explaining ("This provision allows the country to…", "Under this law…"): news
 * names them in the paragraph before, which the paragraph leaves out, so that paragraph's words are
 * its context.
 */
const REFERS_BACK =
  /(?:\b(?:these|those|such)\s+(?:imports|exports|goods|products|shipments|items|duties|tariffs|levies|countries|nations|measures|sectors)|\b(?:this|that)\s+(?:provision|clause|law|legislation|bill|rule|tool|mechanism|instrument)|^the\s+(?:items|products|goods))\b/iu;
/** A paragraph's first words, where it refers back to the one before (a sentence's end is unreliable: "The U.S. keeps…"). */
const opening = (text: string) => text.split(/\s+/u, 20).join(' ');

/**
 * A name defined by its initials in brackets: "the African Growth and Opportunity Act (AGOA)",
 * "Tariff-Rate Quotas (TRQs)". Up to eight capitalised words, with small words between them.
 */
const INITIALS_DEFINED =
  /((?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?\s+(?:(?:of|and|on|for|the|&)\s+)*){1,7}\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)\s+\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/gu;

/** The first letters of a name's capitalised words ("Tariff-Rate Quotas" → "trq"). */
const initialsOf = (name: string) =>
  Array.from(name.matchAll(/(?<![\p{L}'’])\p{Lu}/gu), (m) => m[0])
    .join('')
    .toLowerCase();

/**
 * The names an article defines by their initials, by the initials as a whole word in any case
 * ("AGOA", "Agoa"): those whose initials are the capitalised words' first letters (a plural "s"
 * aside), not an outlet or a caption credit in brackets ("(Reuters)").
 */
function namesByInitials(paragraphs: readonly Passage[]): { initials: RegExp; name: string }[] {
  const defined = new Map<string, string>();
  for (const { text } of paragraphs)
    for (const [, name = '', initials = ''] of text.matchAll(INITIALS_DEFINED)) {
      const letters = initials.toLowerCase().replace(/s$/u, '');
      // The words of the name from the one whose letter starts the initials.
      const words = name.split(/\s+/u);
      const from = words.findIndex((w, i) => /^\p{Lu}/u.test(w) && initialsOf(words.slice(i).join(' ')) === letters);
      if (from >= 0 && !defined.has(initials)) defined.set(initials, words.slice(from).join(' '));
    }
  return [...defined].map(([initials, name]) => ({ initials: wholeWords(escapeRegExp(initials), 'iu'), name }));
}

/**
 * The context words of each paragraph of one article (by passage id), for the paragraphs that have
 * any: the country and office of a person the article names in full, where the paragraph names them
 * by a part of the name only; the office the article itself gives a person, where the paragraph
 * names them alone, and the person, where it names the office alone (`titledPeople`); the person
 * named just before a paragraph that goes on quoting them, alone or as "he" or "she" (and before each
 * such paragraph in a row), with the office the article gives them, or the person the line after a
 * quotation standing alone names as its speaker (`speakersAfter`); the name of a programme or body the article defined by its initials, where the paragraph gives the
 * initials only; the subheading above the paragraph, past the lines of the page that tell nothing (a
 * date, a byline) which a copied page puts between; the month that "last month", "this month" or
 * "next month" is, by the article's date (`published`).
 */
export function articleContext(paragraphs: readonly Passage[], published: string): Map<string, string> {
  const seen = new Set(paragraphs.flatMap((p) => Array.from(p.text.matchAll(FULL_NAME), (m) => m[0])));
  const named = seen.size === 0 ? [] : NAMED.filter(({ full }) => [...seen].some((name) => full.test(name)));
  const defined = namesByInitials(paragraphs);
  const titled = titledPeople(paragraphs);
  const context = new Map<string, string>();
  let heading: string | undefined;
  let speakers: string[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const words: string[] = [];
    for (const { person, full, part } of named) {
      if (part.test(paragraph.text) && !full.test(paragraph.text)) words.push(`${person.country} ${person.roles}`);
    }
    for (const { initials, name } of defined)
      if (initials.test(paragraph.text) && !paragraph.text.includes(name)) words.push(name);
    words.push(...titleContext(paragraph.text, titled), ...monthsNamedRelatively(paragraph.text, published));
    const names = speakersIn(paragraph.text, titled);
    if (names.length > 0) speakers = names;
    else if (continuesSpeech(paragraph.text))
      words.push(...(speakersAfter(paragraph.text, paragraphs[i + 1]?.text ?? '', titled) ?? speakers));
    else if (!OPENS_WITH_PRONOUN.test(paragraph.text)) speakers = [];
    const before = paragraphs[i - 1];
    if (before && REFERS_BACK.test(opening(paragraph.text))) words.push(before.text);
    if (isHeading(paragraph.text)) heading = paragraph.text;
    else if (heading && tellsSomething(paragraph.text)) {
      words.push(heading);
      heading = undefined;
    }
    if (words.length > 0) context.set(paragraph.id, words.join('\n'));
  }
  return context;
}

/**
 * Offices the news writes before a name ("Commerce Secretary Rajesh Agrawal", "CGA CEO Boitshoko
 * Ntshabele", "junta chief Min Aung Hlaing", "opposition leader Ana Ruiz"), in upper or lower case.
 */
const OFFICE = `(?:${eitherCase([...OFFICE_WORDS, 'senator', 'leader'])}|CEO)`;
/** A word of a name: capitalised, an initial ("N."), or joined by an apostrophe or hyphen ("Sing’oei"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]*\.?`;
/**
 * Up to three words naming the office (capitalised, or one lower-case word before a lower-case
 * office: "trade minister"), the office, and a name of one to four words right after it.
 */
const TITLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}&-]*\s+){0,3}|[a-z]+\s+(?=[a-z]))(${OFFICE})\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})(?![\p{L}\p{N}])`,
  'gu',
);
/** Capitalised words after an office that are no person's name ("Prime Minister Office", "Chief Executive"). */
const NOT_NAME = /^(?:Office|Officer|Executive|Department|Ministry|House|General|Of|The|And|On|In|For|At)$/;

interface TitledPerson {
  /** The name as the article writes it after the office. */
  name: string;
  /** Its last word, which stands alone for the person ("Ntshabele said"). */
  surname: RegExp;
  /** The office with the words naming it ("commerce secretary"), lower-cased. */
  office: string;
  /** The office told in full ("union chief"), or its word right before the name ("chief Moyo"). */
  titles: RegExp;
  /** The office's own word ("secretary") with "the" before it ("the junta chief"). */
  definite: RegExp;
  /** Whether the article gives that office's word to no one else. */
  alone: boolean;
}

/**
 * The name in the capitalised words after an office: up to a word that names no one ("Office", "The"
 * of the next sentence) or past one that ends a sentence, without a possessive ("Trump’s").
 */
function nameOf(written: string): string {
  const name: string[] = [];
  for (const word of written.split(/\s+/)) {
    const bare = word.replace(/\.$/, '');
    if (NOT_NAME.test(bare) || STOP_WORDS.has(bare.toLowerCase())) break;
    name.push(bare.replace(/[’']s$/, ''));
    if (word.endsWith('.') && bare.length > 1) break;
  }
  return name.join(' ');
}

/** People the vocabulary knows, and the US president, who is in every story whatever office words an outlet puts before his name. */
const KNOWN_OR_TRUMP = wholeWords(`${ANY_NAME.source}|Trump`);

/**
 * The people an article names after an office that says more than its word ("Commerce Secretary",
 * not "President"), once each, where the vocabulary does not know them: a bare office is in every
 * story, and the vocabulary gives the people it knows their offices everywhere. Of the offices an
 * article gives one person, the one told in the most words ("Liberal Party leader" in the lead,
 * "Opposition Liberal Party leader" further down).
 */
function titledPeople(paragraphs: readonly Passage[]): TitledPerson[] {
  const offices = new Map<string, { name: string; office: string; noun: string }>();
  for (const { text } of paragraphs) {
    for (const [, before = '', noun = '', written = ''] of text.matchAll(TITLED)) {
      const name = nameOf(written);
      const surname = name.split(' ').at(-1) ?? '';
      const office = [...before.split(/\s+/).filter((w) => w && !STOP_WORDS.has(w.toLowerCase())), noun].join(' ');
      const known = offices.get(surname);
      if (surname.length < 3 || (known && known.office.length >= office.length)) continue;
      offices.set(surname, { name: known?.name ?? name, office: office.toLowerCase(), noun: noun.toLowerCase() });
    }
  }
  return [...offices].flatMap(([surname, { name, office, noun }]) =>
    office.includes(' ') && !KNOWN_OR_TRUMP.test(name)
      ? [
          {
            name,
            surname: wholeWords(escapeRegExp(surname)),
            office,
            titles: titlesOf(office, noun, surname),
            definite: wholeWords(String.raw`the\s+(?:[\p{L}-]+\s+){0,2}?${escapeRegExp(noun)}`, 'iu'),
            alone: [...offices.values()].filter((o) => o.noun === noun).length === 1,
          },
        ]
      : [],
  );
}

/** The office told in full ("union chief"), or its word right before the surname ("chief Tendai Moyo"). */
const titlesOf = (office: string, noun: string, surname: string) =>
  wholeWords(
    [
      office
        .split(' ')
        .map(escapeRegExp)
        .join(String.raw`\s+`),
      String.raw`${escapeRegExp(noun)}\s+(?:${NAME_WORD}\s+){0,3}${escapeRegExp(surname)}`,
    ].join('|'),
    'iu',
  );

/**
 * What the offices of `titled` add to a paragraph: news gives a person's office once and then names
 * them alone ("Ntshabele said") or the office alone ("the junta chief also requested"). A paragraph
 * naming the person without the office (in full, or its word before the name) gains the office's
 * words (the word elsewhere, "any other world leader", is someone else's); one naming "the" office without the
 * person gains the name, where the article gives that office to one person only.
 */
function titleContext(text: string, titled: readonly TitledPerson[]): string[] {
  return titled.flatMap((person) => {
    if (person.surname.test(text)) return person.titles.test(text) ? [] : [person.office];
    return person.alone && person.definite.test(text) ? [person.name] : [];
  });
}

/**
 * The people a paragraph names, who may go on speaking in the next: those the vocabulary knows, and
 * those the article gives an office, with the office ("Sirma Karapeeva meat industry association ceo").
 */
const speakersIn = (text: string, titled: readonly TitledPerson[]): string[] => [
  ...Array.from(text.matchAll(ANY_NAME), (m) => m[0]),
  ...titled.filter((person) => person.surname.test(text)).map((person) => `${person.name} ${person.office}`),
];

/** Fewer words than this make a line of the page (a byline, a section name), not a story's lead. */
const LEAD_MIN_WORDS = 6;

/** A caption is a line or two; a paragraph of the story may end on the credit of the photo beside it. */
const CAPTION_MAX_WORDS = 40;

/**
 * A line of the page with words enough to tell something: not a date or a time ("03:39 GMT
 * 04.06.2025"), nor a photo's caption.
 */
function tellsSomething(text: string): boolean {
  const words = text.trim().split(/\s+/, CAPTION_MAX_WORDS + 1);
  const numbers = words.slice(0, 2 * LEAD_MIN_WORDS).filter((w) => /\d/.test(w)).length;
  return (
    words.length >= LEAD_MIN_WORDS &&
    numbers * 2 < Math.min(words.length, 2 * LEAD_MIN_WORDS) &&
    !(words.length <= CAPTION_MAX_WORDS && isCaption(text))
  );
}

/**
 * An article's lead: its first paragraph that tells the story, past the lines a page puts above it
 * (a section name, a byline, a date, a photo's caption, a headline repeated). The index lets the
 * lead's words count for every paragraph of the article; the first line alone was often a date or a
 * caption.
 */
export function articleLead(paragraphs: readonly Passage[]): string {
  const lead = paragraphs.find(({ text }) => tellsSomething(text) && !isHeading(text));
  return (lead ?? paragraphs[0])?.text ?? '';
}
