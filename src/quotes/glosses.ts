/**
 * A title glossed in brackets ("Ireland's Taoiseach (Prime Minister) Micheál Martin", "Vice Premier
 * (deputy prime minister) Ana Ruiz"): the bracket gives the title in English, it does not part the
 * title from the name the way an aside does.
 */
import { COUNTRIES } from '../geo/countries.ts';
import { TITLES, TITLE_QUALIFIERS } from './vocabulary.ts';

/** "(Irish prime minister)": the country's adjective may open the gloss. */
const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms.map((d) => d.toLowerCase())));

/** Words in brackets right after a capitalised word. */
const BRACKETED = /(?<=\p{Lu}[\p{L}'’-]*\s?)\(([\p{L}\s-]+)\)/gu;

function isTitleGloss(inner: string): boolean {
  const words = inner.toLowerCase().trim().split(/\s+/);
  const office = DEMONYMS.has(words[0] ?? '') ? words.slice(1) : words;
  return TITLES.has(office.at(-1) ?? '') && office.every((w) => TITLES.has(w) || TITLE_QUALIFIERS.has(w));
}

/** `text` with the glosses of titles blanked out (same length, so offsets stay). */
export function blankTitleGlosses(text: string): string {
  return text.replace(BRACKETED, (gloss, inner: string) => (isTitleGloss(inner) ? ' '.repeat(gloss.length) : gloss));
}
