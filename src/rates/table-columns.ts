import type { Passage } from '../corpus/article.ts';
import { findCountry, HOME_COUNTRY } from '../geo/countries.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

/**
 * A table of rates by country copied from a page as text, read by its header: the column headed
 * "Country" gives each row's partner and the one headed "Tariff Rate" its rate, whatever other
 * columns stand between or after ("Rank", "Share of US imports", "Key Exports"). Pages copy such a
 * table in three shapes: a row a line, its cells parted by bars ("Brazil | 50 | Metals |"); a cell
 * a line, each between lines of a lone bar, as trackers render theirs, where the header's cells
 * (those before the first number or country) tell how many cells make a row; or a row a line with
 * the bars lost, its cells parted by spaces ("Country Tariff rate (%)", then "Brazil 50"); or,
 * the line breaks lost too, a whole table in one paragraph ("Country Tariff on US goods US
 * reciprocal tariff Cambodia 97% 49% Laos 95% 48% …"), its rows told apart by their count of rates.
 */

/** A header cell over the partners' names. */
const COUNTRY_WORDS = String.raw`(?:country|countries|nation|trading partner|partner|economy|origin)`;
const COUNTRY_HEADER = new RegExp(String.raw`^${COUNTRY_WORDS}\b`, 'iu');
/**
 * A header cell over the partners' own tariffs on the home country's goods ("Tariffs charged to the
 * U.S.A.", "Effective tariff on U.S. goods"), which a table may set beside the rates the home country
 * answers with: those are what a partner charges, not a rate on it.
 */
const CLAIM = String.raw`\b(?:on|to|against)\s+(?:the\s+)?(?:U\.?S\.?(?:A\.?)?|United States|America|American)(?:\s+(?:goods|imports|exports|products))?(?![\p{L}])`;
/** A header cell over the rates; not one over a share or a value ("Share of US imports", "Imports Affected"). */
/** A word for rates, as header cells name their column. */
const RATE_WORD = String.raw`(?:tariffs?|rates?|duty|duties|levy|levies)`;
const RATE_HEADER = new RegExp(String.raw`\b${RATE_WORD}\b`, 'iu');
const NOT_RATE_HEADER = new RegExp(String.raw`\b(?:share|value|imports|exports|effective|date)\b|${CLAIM}`, 'iu');
/** A header that puts the unit in its title ("Tariff Rate (%)"), so that its cells may give bare numbers. */
const UNIT_IN_HEADER = new RegExp(`\\(\\s*${PERCENT_UNIT}\\s*\\)|\\bper ?cent\\b|%`, 'iu');
const RATE_CELL = new RegExp(String.raw`^(\d{1,3}(?:\.\d+)?)\s?(${PERCENT_UNIT})?$`, 'u');
/**
 * The header of the third shape: the column of names, then the one of rates and its unit. Copying
 * folds the short lines under it into their paragraphs as it folds a hand wrap, so the first row
 * may run on after it ("Country Duty rate (%) Peru 18").
 */
const SPACED_HEADER = new RegExp(
  String.raw`^(${COUNTRY_WORDS}\b[^|\d]{0,60}\b(?:tariff|rate|duty|levy)\b(?:\s*\(\s*${PERCENT_UNIT}\s*\))?)(?:\s+(.*))?$`,
  'iu',
);
/** A row of the third shape: a name, then its rate alone. */
const SPACED_ROW = /^(\p{Lu}[\p{L}.'’ &()-]{0,60}?)\s+(\d{1,3}(?:\.\d+)?\s?%?)$/u;
/** A row of the first shape: two cells or more parted by bars. */
const BARRED = /\S\s*\|\s*\S/u;
/** The line under a header that draws its rule ("---|---|"). */
const RULE = /^[\s|:-]+$/u;
/** What a name cell carries besides the name: flags, an aside in brackets ("Canada (non-USMCA goods)"). */
const DECORATION = /[\u{1F1E6}-\u{1F1FF}]|\([^()]*\)/gu;

export interface TableRow {
  /** The paragraphs the row spans. */
  first: number;
  last: number;
  target: string;
  percent: number;
  /** The row as the page shows it, its cells parted by bars. */
  text: string;
}

export interface Table {
  /** The paragraph of its header, and the last of its rows. */
  header: number;
  /** The header's cells, parted by bars: with the paragraphs before, its lead-in. */
  headerText: string;
  last: number;
  rows: TableRow[];
  /** A table sure by its shape, kept with no rows when none of its columns is the home country's rates. */
  sure?: true;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split('|')
    .map((c) => c.trim());

/** The column of names and the column of rates a header holds, and whether its rates may be bare numbers. */
function columns(header: readonly string[]): { name: number; rate: number; bare: boolean } | undefined {
  const name = header.findIndex((c) => COUNTRY_HEADER.test(c));
  const rates = header.flatMap((c, i) => (i !== name && RATE_HEADER.test(c) && !NOT_RATE_HEADER.test(c) ? [i] : []));
  // A table of several rates a partner ("April 2 Rate", "Negotiated Rate") says no one of them is its rate.
  if (name < 0 || rates.length !== 1) return undefined;
  const rate = rates[0] as number;
  return { name, rate, bare: UNIT_IN_HEADER.test(header[rate] as string) };
}

function rowOf(cells: readonly string[], cols: NonNullable<ReturnType<typeof columns>>) {
  const country = findCountry((cells[cols.name] ?? '').replace(DECORATION, '').trim())?.name;
  const m = RATE_CELL.exec(cells[cols.rate] ?? '');
  if (!country || country === HOME_COUNTRY || !m || (!m[2] && !cols.bare)) return undefined;
  return { target: country, percent: Number(m[1]), text: cells.join(' | ') };
}

/** A table of the first shape whose header is paragraph `h`. */
function barredTable(texts: readonly string[], h: number): Table | undefined {
  const cols = columns(cellsOf(texts[h] as string));
  if (!cols) return undefined;
  const rows: TableRow[] = [];
  let p = h + 1;
  for (; p < texts.length && BARRED.test(texts[p] as string); p++) {
    if (RULE.test(texts[p] as string)) continue;
    const row = rowOf(cellsOf(texts[p] as string), cols);
    if (row) rows.push({ ...row, first: p, last: p });
  }
  return { header: h, headerText: texts[h] as string, last: p - 1, rows };
}

/**
 * A table of the third shape whose header is paragraph `h`: its rows run on while each paragraph is
 * a name and a rate, and a page's table has more than one of them (a lone line is a sentence's end).
 */
function spacedTable(texts: readonly string[], h: number): Table | undefined {
  const [, headerText, firstRow] = SPACED_HEADER.exec(texts[h] as string) ?? [];
  const cols = headerText ? columns(['Country', headerText.replace(COUNTRY_HEADER, '')]) : undefined;
  if (!headerText || !cols) return undefined;
  const lines = firstRow ? [{ text: firstRow, p: h }] : [];
  for (let p = h + 1; p < texts.length && SPACED_ROW.test(texts[p] as string); p++)
    lines.push({ text: texts[p] as string, p });
  if (lines.length < 2 || (firstRow && !SPACED_ROW.test(firstRow))) return undefined;
  const rows = lines.flatMap(({ text, p }) => {
    const row = rowOf((SPACED_ROW.exec(text) as RegExpExecArray).slice(1), cols);
    return row ? [{ ...row, first: p, last: p }] : [];
  });
  return { header: h, headerText, last: (lines.at(-1) as { p: number }).p, rows };
}

const isBar = (text: string | undefined) => text?.trim() === '|';
const opensRow = (cell: string) =>
  RATE_CELL.test(cell) || findCountry(cell.replace(DECORATION, '').trim()) !== undefined;

/** A table of the second shape whose first lone bar is paragraph `b`. */
function cellTable(texts: readonly string[], b: number): Table | undefined {
  const cells: { text: string; p: number }[] = [];
  let p = b;
  while (isBar(texts[p]) && texts[p + 1] !== undefined && !isBar(texts[p + 1])) {
    cells.push({ text: (texts[p + 1] as string).trim(), p: p + 1 });
    p += 2;
  }
  const width = cells.findIndex((c) => opensRow(c.text));
  const cols = width >= 2 ? columns(cells.slice(0, width).map((c) => c.text)) : undefined;
  if (!cols) return undefined;
  const rows: TableRow[] = [];
  for (let at = width; at + width <= cells.length; at += width) {
    const row = cells.slice(at, at + width);
    const read = rowOf(
      row.map((c) => c.text),
      cols,
    );
    if (read) rows.push({ ...read, first: (row[0] as { p: number }).p, last: (row.at(-1) as { p: number }).p });
  }
  const headerText = cells
    .slice(0, width)
    .map((c) => c.text)
    .join(' | ');
  return { header: b, headerText, last: (cells.at(-1) as { p: number }).p, rows };
}

/** A rate in a table folded into one paragraph: its unit is what parts it from the next row's name. */
const FLAT_RATE = new RegExp(String.raw`(\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}`, 'giu');
/**
 * Where a header cell of such a table ends: after a partner's claim ("… on U.S. goods") or after a
 * word for rates that no words of the same cell follow ("Reciprocal Tariffs", not "Tariff on …").
 */
const FLAT_CELL_END = new RegExp(
  String.raw`${CLAIM}|\b${RATE_WORD}\b(?!\s+(?:on|to|against|charged|imposed|applied|paid|in|of|for|rates?)\b)`,
  'giu',
);
const isCountryCell = (cell: string) => findCountry(cell.replace(DECORATION, '').trim()) !== undefined;

/** The cells of a header whose bars were lost: the words after its last cell's end are that cell's too. */
function flatHeaderCells(header: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (const m of header.matchAll(FLAT_CELL_END)) {
    const end = m.index + m[0].length;
    cells.push(header.slice(from, end).trim());
    from = end;
  }
  const rest = header.slice(from).trim();
  if (rest && cells.length > 0) cells.push(`${cells.pop() as string} ${rest}`);
  return cells.filter(Boolean);
}

/**
 * A table of the fourth shape in paragraph `h`: the header, then rows of a name and as many rates as
 * the header has cells after "Country". The page's cut may end the last row early.
 */
function flatTable(texts: readonly string[], h: number): Table | undefined {
  const text = texts[h] as string;
  const rates = [...text.matchAll(FLAT_RATE)];
  if (!COUNTRY_HEADER.test(text) || rates.length < 3) return undefined;
  // The first row's name is the longest run of the words before the first rate that names a country.
  const words = text.slice(0, rates[0]?.index).trim().split(/\s+/u);
  let n = Math.min(4, words.length - 1);
  while (n > 0 && !isCountryCell(words.slice(-n).join(' '))) n--;
  if (n === 0) return undefined;
  const rows = [{ name: words.slice(-n).join(' '), percents: [] as string[] }];
  rates.forEach((m, i) => {
    const before = rates[i - 1];
    const between = before ? text.slice(before.index + before[0].length, m.index).trim() : '';
    if (between) rows.push({ name: between, percents: [] });
    rows.at(-1)?.percents.push(`${m[1]}%`);
  });
  const width = rows[0]?.percents.length;
  const whole = rows.at(-1)?.percents.length === width ? rows : rows.slice(0, -1);
  const header = words.slice(0, -n).join(' ');
  const cells = flatHeaderCells(header.replace(COUNTRY_HEADER, ''));
  if (whole.length < 3 || whole.some((r) => r.percents.length !== width)) return undefined;
  // Rows of names and rates are a table even when no column is a rate on the partners (what each
  // charges on American goods): its numbers are read as none of its paragraph's sentences.
  const cols = cells.length === width ? columns(['Country', ...cells]) : undefined;
  const read = cols
    ? whole.flatMap((r) => {
        const row = rowOf([r.name, ...r.percents], cols);
        return row ? [{ ...row, first: h, last: h }] : [];
      })
    : [];
  return { header: h, headerText: header, last: h, rows: read, sure: true };
}

/** Every table of rates by country in an article's paragraphs. */
export function rateTables(passages: readonly Passage[]): Table[] {
  const texts = passages.map((passage) => passage.text);
  const tables: Table[] = [];
  for (let p = 0; p < texts.length; p++) {
    const text = texts[p] as string;
    const table = isBar(text)
      ? cellTable(texts, p)
      : BARRED.test(text)
        ? barredTable(texts, p)
        : (spacedTable(texts, p) ?? flatTable(texts, p));
    if (!table || (table.rows.length === 0 && !table.sure)) continue;
    tables.push(table);
    p = table.last;
  }
  return tables;
}
