import { MONTH_STEMS } from '../dates/names.ts';
import { HOME_COUNTRY } from '../geo/countries.ts';
import type { CountryMention } from '../geo/mentions.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

/**
 * A table of rates by country that a page's copy runs into one paragraph, its rows run together
 * with their cells ("Laos 40% Aug. 1 48% … Cambodia 36% 49% Indonesia 32% 32% …"). Each row is a
 * name and then its cells, so a number belongs to the name whose cells it is among, not to the
 * nearer name after it, which opens the next row.
 */
const RATE_CELL = String.raw`\d{1,3}(?:\.\d+)?\s?${PERCENT_UNIT}`;
/** A cell of a row: a rate, a date ("Aug. 1", "April 9"), or the word joining two dates ("then"). */
const CELL = String.raw`(?:${RATE_CELL}|(?:${MONTH_STEMS})[a-z]*\.?\s+\d{1,2}\b|then\b)`;
/** Between a row's name and one of its numbers: the row's cells before it, nothing else. */
const ROW_CELLS = new RegExp(String.raw`^(?:[\s,]+${CELL})*\s+$`, 'u');
/** A name right before a rate, as a row opens. */
const OPENS_ROW = new RegExp(String.raw`^\s+${RATE_CELL}`, 'u');
/** So many rows make a run a table: a sentence may name a country or two with a bare rate after it. */
const MIN_ROWS = 3;

/** The country whose row holds the number starting at `at`, in a sentence that is such a run; none otherwise. */
export function tableRowOwner<M extends CountryMention>(sentence: string, mentions: readonly M[], at: number) {
  const rows = mentions.filter((m) => m.country !== HOME_COUNTRY && OPENS_ROW.test(sentence.slice(m.end)));
  if (rows.length < MIN_ROWS) return undefined;
  const owner = rows.filter((m) => m.end <= at).at(-1);
  return owner && ROW_CELLS.test(sentence.slice(owner.end, at)) ? owner : undefined;
}
