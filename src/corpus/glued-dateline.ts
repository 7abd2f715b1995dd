import { COUNTRIES } from '../geo/countries.ts';

/**
 * A dateline run into the lede's first word when a page sets it in its own element and the copy
 * loses the space ("WashingtonPresident Donald Trump said", "BEIJINGChina has"). Unseparated, the
 * place becomes part of a name, and every quotation of that person across the corpus is shown
 * under "WashingtonPresident Donald Trump". A place in capitals run into a capitalised word is
 * always such a seam; in Title Case only a seat of government is ("AsianFin", "TrumpRx" are names).
 */
const SEATS = COUNTRIES.flatMap((c) => c.seats).filter((s) => /^\p{Lu}\p{Ll}{3,}$/u.test(s));
const GLUED_DATELINE = new RegExp(String.raw`^(\p{Lu}{4,}|${SEATS.join('|')})(?=\p{Lu}\p{Ll})`, 'u');

/** `paragraph` with a dateline run into its first word set apart by a dash, as datelines are written. */
export function separateGluedDateline(paragraph: string): string {
  return paragraph.replace(GLUED_DATELINE, '$1 — ');
}
