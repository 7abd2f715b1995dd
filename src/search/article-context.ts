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
import { escapeRegExp, phraseAlternation } from '../text/patterns.ts';
import { PEOPLE, type Person } from './domain-vocabulary.ts';
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
 * A quotation whose speaker is a pronoun ("“…,” she told reporters."): news names the speaker in the
 * paragraph before and goes on quoting them as "he" or "she". Only a paragraph that opens with the
 * quotation: one that opens otherwise ("According to Trump, … he warned") names its own speaker.
 */
const PRONOUN_SPEAKER =
  /^\s*["“][^]*?["”,.!?]\s*(?:he|she)\s+(?:said|says|told|added|wrote|noted|stressed|argued|warned|explained|insisted|continued)\b/i;

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
 * by a part of the name only; the person named just before a paragraph that quotes "he" or "she"
 * (and before each such paragraph in a row); the name of a programme or body the article defined by
 * its initials, where the paragraph gives the initials only; the subheading above the paragraph,
 * past the lines of the page that tell nothing (a date, a byline) which a copied page puts between.
 */
export function articleContext(paragraphs: readonly Passage[]): Map<string, string> {
  const seen = new Set(paragraphs.flatMap((p) => Array.from(p.text.matchAll(FULL_NAME), (m) => m[0])));
  const named = seen.size === 0 ? [] : NAMED.filter(({ full }) => [...seen].some((name) => full.test(name)));
  const defined = namesByInitials(paragraphs);
  const context = new Map<string, string>();
  let heading: string | undefined;
  let speakers: string[] = [];
  for (const paragraph of paragraphs) {
    const words: string[] = [];
    for (const { person, full, part } of named) {
      if (part.test(paragraph.text) && !full.test(paragraph.text)) words.push(`${person.country} ${person.roles}`);
    }
    for (const { initials, name } of defined)
      if (initials.test(paragraph.text) && !paragraph.text.includes(name)) words.push(name);
    const names = Array.from(paragraph.text.matchAll(ANY_NAME), (m) => m[0]);
    if (names.length > 0) speakers = names;
    else if (PRONOUN_SPEAKER.test(paragraph.text)) words.push(...speakers);
    else speakers = [];
    if (isHeading(paragraph.text)) heading = paragraph.text;
    else if (heading && tellsSomething(paragraph.text)) {
      words.push(heading);
      heading = undefined;
    }
    if (words.length > 0) context.set(paragraph.id, words.join('\n'));
  }
  return context;
}

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
