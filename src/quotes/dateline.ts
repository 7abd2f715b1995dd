/**
 * A dateline at the head of a paragraph ("ARLINGTON, Va., May 17, 2019 /PRNewswire/ --", "SEOUL,
 * July 25 (UPI) --", "RUETLI (Switzerland):") names no speaker: read as narration, a state's
 * abbreviation ("Va.") or the opening "Today" became the one a bare quotation after it is given to.
 */

/** A place in capitals ("WASHINGTON D.C.", "NEW YORK"), then its region ("Va.", "Philippines"). */
const PLACE = String.raw`\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*(?:\s?D\.C\.)?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?`;
/** A date, bare or in brackets ("May 17, 2019", "(March 18, 2020)"). */
const DATE = String.raw`\(?\p{Lu}\p{Ll}{2,}\.?\s\d{1,2}(?:,\s\d{4})?\)?`;
/** A source in brackets or slashes ("(UPI)", "(Switzerland)", "/PRNewswire/"). */
const SOURCE = String.raw`(?:\([^()]{2,30}\)|/[^/\s][^/]{0,30}/)`;
const DASH = String.raw`(?:--|—|–|-|:)`;
const DATELINE = new RegExp(
  String.raw`^\s*${PLACE}(?:,?\s*${DATE})?(?:\s*${SOURCE})*\s*${DASH}\s+(?:${DATE}\s*${DASH}\s+)?(?![“"])`,
  'u',
);
/**
 * A place in Title Case, as Spanish-language and Latin American wires write it: closed by ".-"
 * ("Mexico City.- “…”", "Havana, Mar 4 (Prensa Latina).-"), or by a dash after the agency in
 * brackets ("Beijing, April 5 (Xinhua) --"). Without either, a capitalised word opens a sentence.
 */
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}`;
const TITLE_DATELINE = new RegExp(
  String.raw`^\s*${TITLE_PLACE}(?:,?\s*${DATE})?(?:(?:\s*\([^()]{2,30}\))?\s*\.-|\s*\([^()]{2,30}\)\s*(?:--|—|–|-))\s+`,
  'u',
);
/** `text` with its dateline blanked out (same length, so offsets stay). */
export function blankDateline(text: string): string {
  const line = DATELINE.exec(text)?.[0] ?? TITLE_DATELINE.exec(text)?.[0];
  return line ? ' '.repeat(line.length) + text.slice(line.length) : text;
}

/**
 * A lede whose first words the page sets in capitals ("TAOISEACH MICHEÁL MARTIN has said …", "THE
 * EUROPEAN UNION has warned …"): words in capitals run straight into the sentence's lower-case
 * verb, where a dateline ends in a dash, comma or colon. Read in Title Case, they are a name.
 */
const CAPITALS_LEDE = /^\s*\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*)+(?=\s+\p{Ll})/u;

/** `text` with a lede's capitals in Title Case (same length, so offsets stay). */
export function titleCaseLede(text: string): string {
  const lede = CAPITALS_LEDE.exec(text)?.[0];
  // Acronyms alone ("US EU talks resumed") are no such lede.
  if (!lede || !/\p{Lu}{4}/u.test(lede)) return text;
  const titled = lede.replace(/\p{Lu}+/gu, (w) => (w[0] ?? '') + w.slice(1).toLowerCase());
  return titled + text.slice(lede.length);
}
