import type { Passage } from '../corpus/article.ts';
import { sentenceText } from '../corpus/article.ts';
import { findCountry, HOME_COUNTRY } from '../geo/countries.ts';
import { countryMentions } from '../geo/mentions.ts';
import { TARIFF_WORDS } from './cues.ts';
import { effectiveDate } from './effective.ts';
import { announcedLeadIn, announcedStatus } from './letters.ts';
import type { RateStatus } from './rate-statement.ts';
import { wordsSource } from './words.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

/**
 * A line of a list that gives a country and its rate and nothing else, as news pages list the
 * rates of letters or deals: "• Bangladesh – 35%", "Japan: 15%", "- Laos - 40 percent", "3. Cambodia: 36%";
 * or a row of a two-column table copied as text, its cells ended by bars ("Bolivia | 15% |"), the
 * country with an aside in brackets ("Brazil (see above) | 50% |"); or several countries that
 * share the line's rate ("Sri Lanka, Myanmar – 44% each"); or an item of such a list that wire copy
 * runs into one paragraph, a comma after each country ("Ghana, 15%. Peru, 12%.").
 */
const LIST_ITEM = new RegExp(
  String.raw`^[\s•·▪◦‣*|-]*(?:\d{1,2}[.)]\s+)?(\p{Lu}[\p{L}.'’ ,&-]{0,120}?)(?:\s*\([^()]{1,30}\))?\s*(?:[–—:|,]|\s-)\s*(\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}(?:\s+each)?(?:\s*;\s*(?:and|or)?)?[\s|]*\.?\s*$`,
  'u',
);
/**
 * The opening of such a line, whatever follows its rate ("China – 34% (plus earlier duties)",
 * "Japan – 24% – 24" as a page's second column copies): a line of the list, which keeps the lines
 * after it joined to their lead-in, though it is not read as an item.
 */
const ITEM_OPENING = new RegExp(
  String.raw`^[\s•·▪◦‣*-]*(?:\d{1,2}[.)]\s+)?\p{Lu}[\p{L}.'’ &-]{0,60}?\s*(?:[–—:|]|\s-)\s*\d{1,3}(?:\.\d+)?\s?${PERCENT_UNIT}`,
  'u',
);
/** Another name of a country in brackets after its own, no number in it ("Myanmar (Burma)"). */
const NAME_ASIDE = String.raw`\s*\([^()\d]{1,30}\)`;
const NAME_ASIDES = new RegExp(NAME_ASIDE, 'gu');
/**
 * A list line that gives a rate and then the countries charged it, as pages group the rates of
 * letters or of an order: "• 25%: South Korea, Japan, Brunei and Malaysia", "30% – EU, Mexico",
 * "36% for Cambodia and Thailand", "40% tariffs for Laos", a name with another in brackets
 * ("40 percent: Laos and Myanmar (Burma).").
 */
const RATE_FIRST_ITEM = new RegExp(
  String.raw`^[\s•·▪◦‣*-]*(\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}\s*(?:[–—:]|\s-|\s(?:(?:tariffs?|duties|levies)\s+)?(?:for|on)\s)\s*(\p{Lu}(?:[\p{L}.'’ ,&-]|${NAME_ASIDE}){0,300}?)\s*\.?\s*$`,
  'u',
);
/**
 * A row of a ranked table copied from a page that drops the spaces between its cells: the rank,
 * the country and its rate run together ("1India50%", "7Bosnia & Herzegovina30%").
 */
const GLUED_ROW = new RegExp(String.raw`^\s*\d{1,2}(\p{Lu}\p{Ll}[\p{L}.'’ &-]{0,60}?)(\d{1,3}(?:\.\d+)?)\s?%\s*$`, 'u');
/** A list line with its rate in brackets, as a sentence lists them ("• Malaysia (25%)"), the bracket left open at times. */
const BRACKETED_ITEM = new RegExp(
  String.raw`^[\s•·▪◦‣*-]*(?:\d{1,2}[.)]\s+)?(\p{Lu}[\p{L}.'’ -]{0,40}?)\s*\((\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}\)?\s*\.?\s*$`,
  'u',
);
/** One name of such a line, capitalised throughout but for joining words ("Bosnia and Herzegovina", "Isle of Man"). */
const LISTED_NAME = /^\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|the|\p{Lu}[\p{L}.'’&-]*))*$/u;
const TARIFF_WORD = new RegExp(wordsSource(TARIFF_WORDS), 'iu');
/** How many paragraphs before the list may hold its lead-in ("The list includes …"). */
const LEAD_IN_PARAGRAPHS = 2;

/** What a list line may say its names stand for after them ("20% on European Union member states", "25% on Canada goods"). */
const WHOSE_TAIL = /\s+(?:member\s+(?:states|countries|nations)|goods|imports|products|exports)$/u;

/** The joins between a list line's names: commas, "&", "and", and the serial comma's ", and". */
const NAME_JOIN = /,\s*(?:and\s+)?|&|\s+and\s+/u;

/**
 * The countries a list line names, when every name of it is one capitalised name, "the" before it
 * at times ("Bosnia and Herzegovina, Laos, and Peru", "Fiji and the Philippines").
 */
function listedCountries(line: string): string[] {
  const names = line.replace(NAME_ASIDES, '').trim().replace(WHOSE_TAIL, '');
  const whole = findCountry(names)?.name;
  if (whole) return whole === HOME_COUNTRY ? [] : [whole];
  if (!names.split(NAME_JOIN).every((n) => LISTED_NAME.test(n.trim().replace(/^the\s+/u, '')))) return [];
  const countries = new Set(countryMentions(names).map((c) => c.country));
  countries.delete(HOME_COUNTRY);
  return [...countries];
}

/**
 * A list line's closing aside that gives the partner's own rate on the home country, as pages
 * copied the White House's table of what each partner charges the US beside the rate it now faces:
 * "Iraq: 39 per cent (charges US 78 per cent)", "Peru – 12% (charges the U.S. 24%)".
 */
const CHARGES_HOME_ASIDE = new RegExp(
  String.raw`\s*\((?:it\s+)?charges?\s+(?:the\s+)?(?:US|U\.S\.|USA|U\.S\.A\.|America)\s+(\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}\)(?=[\s.]*$)`,
  'u',
);

/** An item of a list: the home country's rate on a country, or that country's own rate on the home country (`charges`). */
type ListItem = { country: string; percent: number; charges?: true };

/** The countries and percent of a list line, when the sentence is one. */
function listItems(sentence: string): ListItem[] {
  const aside = CHARGES_HOME_ASIDE.exec(sentence);
  const line = aside ? sentence.slice(0, aside.index) + sentence.slice(aside.index + aside[0].length) : sentence;
  const items = lineItems(line);
  // The aside tells one partner's own rate; a line of several names leaves it unread.
  if (!aside?.[1] || items.length !== 1 || !items[0]) return items;
  return [...items, { country: items[0].country, percent: Number(aside[1]), charges: true }];
}

/** The home country's rates a list line gives, read without its aside of the partner's own rate. */
function lineItems(sentence: string): ListItem[] {
  const m = LIST_ITEM.exec(sentence) ?? BRACKETED_ITEM.exec(sentence) ?? GLUED_ROW.exec(sentence);
  const named = m?.[1] && m[2] ? listedCountries(m[1]) : [];
  if (m?.[2] && named.length > 0) return named.map((country) => ({ country, percent: Number(m[2]) }));
  const grouped = RATE_FIRST_ITEM.exec(sentence);
  if (!grouped?.[1] || !grouped[2]) return [];
  return listedCountries(grouped[2]).map((country) => ({ country, percent: Number(grouped[1]) }));
}

/**
 * Whether a sentence is read as a list before it is read as a sentence: a line of a list, a
 * country or several and a rate ("• Laos – 40%", "36% for Cambodia"), or a list in brackets of
 * changed rates ("lower for Laos (from 48% to 40%), Peru (from 44% to 40%)"), whose old levels the
 * sentence's own reading would give the first country.
 */
export const isListItem = (sentence: string): boolean =>
  listItems(sentence).length > 0 || inlineItems(sentence).some((item) => item.before);

/** The shapes of a list's lines. */
const LINE_SHAPES = [LIST_ITEM, BRACKETED_ITEM, RATE_FIRST_ITEM, GLUED_ROW];

/** The number of a numbered list's line, which the sentence splitter parts from its line ("3." of "3. Cambodia: 36%"). */
const ENUMERATOR = /^\s*\d{1,2}[.)]\s*$/u;

/**
 * A paragraph of list items only, with the numbers the splitter parted from them: at least one item.
 * A line shaped as an item counts though its name is no country the bot knows, so that one such
 * line ("Tuvalu | 15% |") does not cut the list from its lead-in.
 */
const isListLine = (passage: Passage) => {
  const items = passage.sentences.map((span) => sentenceText(passage, span)).filter((s) => !ENUMERATOR.test(s));
  return items.length > 0 && items.every((s) => [...LINE_SHAPES, ITEM_OPENING].some((item) => item.test(s)));
};

/**
 * A list told inside a sentence, each country with its rate in brackets: "Among them are Canada
 * (5%), Syria (41%), Laos (40%)"; or with the change of its rate: "lower for Laos (from 48% to 40%)",
 * "Cambodia (36 per cent to 19 per cent) and Thailand (36 per cent to 19 per cent)".
 */
const INLINE_ITEM = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s*\((?:(?:from\s+)?(\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}\s+to\s+)?(\d{1,3}(?:\.\d+)?)\s?${PERCENT_UNIT}\)`,
  'gu',
);
/** Parts of a whole ("the biggest suppliers of steel: Canada (23%), Brazil (16%)") are no rates. */
const SHARE_WORDS = /\b(?:of|share|shares|accounts?|accounted|accounting)\b/iu;
/** The "of" inside a name ("Association of Southeast Asian Nations", "Bosnia and Herzegovina"'s kin), which tells no part of a whole. */
const OF_IN_NAME = /(?<=\p{Lu}[\p{L}.'’-]*)\s+of\s+(?=(?:the\s+)?\p{Lu})/gu;

/**
 * The countries and percents of a sentence that lists two or more countries with a bracketed
 * percent each; a rate changed from another ("from 48% to 40%") was the other before.
 */
function inlineItems(sentence: string): { country: string; percent: number; before?: true }[] {
  if (SHARE_WORDS.test(sentence.replace(OF_IN_NAME, ' '))) return [];
  const items = [...sentence.matchAll(INLINE_ITEM)].flatMap((m) => {
    // "The Philippines (20% to 19%)": the article opening the sentence is no part of the name.
    const country = m[1] ? findCountry(m[1].replace(/^The\s+/u, ''))?.name : undefined;
    if (!country || country === HOME_COUNTRY) return [];
    const now = { country, percent: Number(m[3]) };
    return m[2] ? [{ country, percent: Number(m[2]), before: true as const }, now] : [now];
  });
  return new Set(items.map((i) => i.country)).size >= 2 ? items : [];
}

/**
 * A lead-in that puts the rates after it on hold: "The pause temporarily removed steeper tariffs,
 * such as:", "These rates are suspended until July 9:", "Trump put the following on hold:"; not
 * one that tells them started ("The rates paused in April took effect today:").
 */
const PAUSED_LEAD_IN =
  /\b(?:paused|suspended|put\s+on\s+hold|on\s+hold|temporarily\s+(?:removed|lifted|waived|halted|dropped))\b/iu;
const STARTED_LEAD_IN =
  /\b(?:took|take|takes|taking|came|come|comes|went|go|goes)\s+(?:into\s+)?(?:effect|force)\b|\bin\s+(?:effect|force)\b/iu;
const tellsPause = (sentence: string) => PAUSED_LEAD_IN.test(sentence) && !STARTED_LEAD_IN.test(sentence);
/** The lead-in's own sentence nearest the list: its last one that is no line of the list. */
function lastLeadSentence(leadIn: string): string {
  const sentences = leadIn.split(/(?<=[.!?:])\s+|\n/u).map((s) => s.trim());
  return sentences.filter((s) => s && !LINE_SHAPES.some((shape) => shape.test(s))).pop() ?? '';
}

/**
 * How the rates of a list or table stand, by the paragraphs that lead into it (the two before its
 * paragraph `first`, and `own`, the words of its own paragraph or header before its rows): none
 * where they speak of no tariff. A start ahead that the lead-in gives ("The new rates, which take
 * effect Aug. 1, are:") schedules every line; so does a lead-in that announces the rates for later
 * ("he would impose new tariff rates for:", letters) with the article's one start (`start`, see
 * `letters.ts`), and without one such a list is only announced.
 */
export function leadInStatus(
  passages: readonly Passage[],
  first: number,
  own: string,
  published: string,
  start: () => string | undefined,
): { status: RateStatus; effective?: string } | undefined {
  const leadIn = [...passages.slice(Math.max(0, first - LEAD_IN_PARAGRAPHS), first).map((q) => q.text), own].join(' ');
  if (!TARIFF_WORD.test(leadIn)) return undefined;
  if (tellsPause(lastLeadSentence(leadIn))) return { status: 'suspended' };
  const effective = effectiveDate(leadIn, published);
  if (effective) return { status: 'scheduled', effective };
  return announcedLeadIn(leadIn) ? announcedStatus(start()) : { status: 'current' };
}

/**
 * The home country's rates on the countries a list line ("• Bangladesh – 35%") or a sentence
 * listing countries with bracketed rates ("Among them are Canada (5%), Syria (41%)") names, when
 * the paragraphs that lead into the list (those before its first line, and its own paragraph up to
 * the sentence) speak of tariffs: a list under "Trump's new tariffs affect …" gives each partner's
 * rate; one under "Growth forecasts:" gives none. A start ahead that the lead-in gives ("The new
 * rates, which take effect Aug. 1, are:") schedules every line; so does a lead-in that announces the
 * rates for later ("he would impose new tariff rates for:", letters) with the article's one start
 * (`start`, see `letters.ts`), and without one such a list is only announced.
 */
export function listItemRates(
  passages: readonly Passage[],
  p: number,
  sentence: string,
  published: string,
  start: () => string | undefined,
): { imposer: string; target: string; percent: number; status: RateStatus; effective?: string }[] {
  const lines = listItems(sentence);
  const items = lines.length > 0 ? lines : inlineItems(sentence);
  if (items.length === 0) return [];
  let first = p;
  while (lines.length > 0 && first > 0 && passages[first - 1] && isListLine(passages[first - 1] as Passage)) first--;
  // The lines of a list inside one paragraph lead in with that paragraph's own sentences.
  const own = passages[p]?.text.slice(0, passages[p]?.text.indexOf(sentence)) ?? '';
  const told = leadInStatus(passages, first, own, published, start);
  if (!told) return [];
  return items.map(({ country, percent, ...item }) =>
    // What a partner charges the home country is its rate now, whatever the list's own rates await.
    'charges' in item
      ? { imposer: country, target: HOME_COUNTRY, percent, status: 'current' as const }
      : {
          imposer: HOME_COUNTRY,
          target: country,
          percent,
          ...('before' in item ? { status: 'previous' as const } : told),
        },
  );
}
