/**
 * Where one statement ends and the next begins inside a sentence. A clause runs between commas,
 * semicolons, dashes and conjunctions such as "when", "while" or "although"; a segment is the part of the sentence a percentage owns when there are
 * several ("30% on Chinese goods, while China will lower its duties to 10%"): it ends at the last
 * contrasting conjunction before the next percentage, or failing one at the last comma or "and"
 * (so "on American steel, aluminum and autos" stays whole after a "but"), or failing both where the
 * words leading into the next percentage begin.
 */
import { FORMER_WORDS, NUMBER_PREFIXES, TARIFF_WORDS } from './cues.ts';
import { wordsSource } from './words.ts';
import { COUNTRIES, formsOf } from '../geo/countries.ts';
import { countryMentions } from '../geo/mentions.ts';
import { phraseAlternation } from '../text/patterns.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * Punctuation (a comma may close a quotation first), conjunctions that open a clause with a subject
 * of its own, "as" or "after" opening a clause that tells a rate ("retaliated against the U.S. as a 10%
 * tariff on Chinese goods took effect": the main clause's parties are none of that rate's), "after"
 * before a named subject and its verb ("… tariffs on U.S. goods after President Trump imposed 10% …"), and a
 * zero rate told the other way ("… 19% and no levies on US exports").
 */
const CLAUSE_BREAK =
  /;\s*|,["”’']?\s+|\s[—–-]\s|\s*—\s*|\s(?=(?:when|while|because|although|though|whereas)\s)|\s(?=(?:following|after)\s+(?:the\s+)?[\p{Lu}][\p{L}.]*['’]s?\s)|\s(?=after\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}+ed\s)|\s(?=(?:as|after)\s+(?:a|an|the)\s+(?:[\p{L}.'’-]+\s+){0,3}?\d)|\s(?=and\s+(?:no|zero)\s+(?:[\p{L}-]+\s+)?(?:tariffs?|duties|duty|levies|levy)\b)/gu;
const CONTRAST =
  /;|(?:,\s*)?(?<![\p{L}])(?:while|but|whereas|rather than|compared with|as well as|along with|in addition to)(?![\p{L}])/gu;
/** A comma, "and", or a dash: spaced, or an em dash set close as many outlets print it ("a 33% duty—way above Peru's 15%"). */
const JOIN = /,|\s[—–-]\s|—|(?<![\p{L}])and(?![\p{L}])/gu;
/** Words that tell how the next percentage stands, leading into it: "lower than the initial 46%", "an upcoming 39%". */
const LEAD_ADJECTIVES = [
  ...FORMER_WORDS,
  'initial',
  'upcoming',
  'proposed',
  'threatened',
  'planned',
  'existing',
  'current',
];
/**
 * With neither, the words that lead into the next percentage ("… on Chinese goods with an 84%
 * tariff", "… when Beijing answered with its own tariff of 34%").
 */
const LEAD_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:instead\s+of|rather\s+than|in\s+place\s+of|with|to|by|against|from|of|at)\s+)?(?:(?:${[...NUMBER_PREFIXES, ...LEAD_ADJECTIVES].join('|')}|own)\s+)*(?:(?:[\p{L}-]+\s+){0,2}?${wordsSource(TARIFF_WORDS)}\s+of\s+)?$`,
  'iu',
);

/**
 * A connective set off by commas ("Goods deemed transshipped, however, will pay 40%"): an aside
 * inside one clause, whose commas break nothing.
 */
const ASIDE =
  /,\s+(?:however|though|too|meanwhile|moreover|furthermore|nevertheless|nonetheless|in\s+turn|in\s+fact|for\s+(?:example|instance)|by\s+contrast|in\s+contrast|therefore|thus),/giu;

/**
 * A phrase set off by commas after a name ("and Thailand, the second-largest, faces 36%"): it
 * describes the name, so its commas part nothing and the name stays with its own percentage.
 */
const APPOSITION = /(?<=\p{Lu}[\p{L}.'’-]*),\s+(?:the|a|an|its|their)\s+\p{Ll}[^,;]{0,60},/gu;
/**
 * A level alone between dashes ("duties—up to 50%—on imported copper", "a tariff – 25 per cent – on
 * steel"): an aside inside its clause, which goes on after it with what the level is charged on.
 */
const DASHED_LEVEL = new RegExp(
  String.raw`\s*[—–]\s*(?:(?:up\s+to|about|around|roughly|nearly|some|as\s+much\s+as|as\s+high\s+as)\s+)?\d+(?:\.\d+)?\s?(?:${PERCENT_UNIT})\s*[—–]\s*`,
  'giu',
);
/**
 * A series of goods after "on", its last item after "and" or "or" ("on steel, aluminum, and related
 * products imported from the EU", "on passenger vehicles, light trucks and auto parts from India"):
 * one object, whose commas part nothing, so the partner named after the series stays in the rate's clause.
 */
const GOODS_SERIES =
  /\bon\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:,\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)+,?\s+(?:and|or)\s+/gu;
/**
 * A series of names after "on", "from" or "such as", its last item after "and" or "or" ("on countries
 * such as Peru, Chile and Bolivia if they …"): one object, whose commas part nothing, so what follows
 * the series (a condition, a start) stays in the rate's clause.
 */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*)*`;
const NAME_SERIES = new RegExp(
  String.raw`\b(?:on|from|such\s+as|including)\s+${NAME}(?:,\s+${NAME})+,?\s+(?:and|or)\s+`,
  'gu',
);
const spansOf = (text: string, pattern: RegExp): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * A country's name alone, then a comma and a number: the name labels the number, its verb left out
 * as the clause before gave it ("China was hit with 34%; South Korea, 25%; Japan, 24%").
 */
const LABEL_COMMA = /^,\s*(?=\d)/u;
function isCountryAlone(text: string): boolean {
  const name = text.replace(/^[\s;:]*(?:and\s+)?(?:the\s+)?/iu, '').trimEnd();
  const [mention, ...more] = countryMentions(name);
  return mention !== undefined && more.length === 0 && mention.start === 0 && mention.end === name.length;
}
const labelComma = (sentence: string, from: number, comma: number) =>
  LABEL_COMMA.test(sentence.slice(comma)) && isCountryAlone(sentence.slice(from, comma));

/** The clauses of a sentence, in order, covering it. */
export function clauseSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const asides = [
    ...spansOf(sentence, ASIDE),
    ...spansOf(sentence, APPOSITION),
    ...spansOf(sentence, DASHED_LEVEL),
    ...spansOf(sentence, GOODS_SERIES),
    ...spansOf(sentence, NAME_SERIES),
  ];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (asides.some((a) => m.index >= a.start && m.index < a.end)) continue;
    if (labelComma(sentence, start, m.index)) continue;
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: sentence.length });
  return spans;
}

/** The clause holding character `at`. */
export function clauseAt(clauses: readonly Span[], at: number): Span {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1] ?? { start: 0, end: at };
}

/** Where the part of `sentence` owned by the percentage ending at `prevEnd` gives way to the one starting at `nextStart`. */
function boundary(sentence: string, prevEnd: number, nextStart: number): number {
  const between = sentence.slice(prevEnd, nextStart);
  const last = (pattern: RegExp) => [...between.matchAll(pattern)].pop()?.index;
  return (
    prevEnd +
    (last(CONTRAST) ??
      groupJoin(between) ??
      objectEnd(between, sentence.slice(nextStart)) ??
      lastJoin(between) ??
      LEAD_IN.exec(between)?.index ??
      0)
  );
}

/** The countries right after a number that its rate is on: "15 percent on Japan and the EU". */
const OBJECT_OPENING = /^\s+(?:on|for)\s+(?:the\s+)?\p{Lu}/u;
/** The next number with its own country after it: "to 50 percent on Brazil", "and 41% for Syria". */
const NEXT_OWN_OBJECT = new RegExp(
  String.raw`^[^,;]{0,30}?\d+(?:\.\d+)?\s*${PERCENT_UNIT}\s+(?:on|for)\s+(?:the\s+)?\p{Lu}`,
  'u',
);
/**
 * Where the previous number's own object ends, when both numbers name their countries after them
 * ("ranging from 15 percent on Japan and the European Union to 50 percent on Brazil"): the "and" of
 * the first object joins its names, not the second number's group.
 */
function objectEnd(between: string, next: string): number | undefined {
  if (!OBJECT_OPENING.test(between) || !NEXT_OWN_OBJECT.test(next)) return undefined;
  return countryMentions(between).at(-1)?.end;
}

/** The join right after a number that opens the next group of a list of names, each group before its rate. */
const GROUP_OPENING = /^\s*(?:,\s*)?(?:and\s+)?/u;
/** What is left of a group of names once its countries are taken out: joins only. */
const JOINS_ONLY = /^(?:[\s,&]|\band\b|\bthe\b)*$/iu;
/**
 * Between two numbers of a list that names each group before its rate ("Serbia 35 per cent and
 * Kazakhstan, Malaysia and Tunisia 25 per cent"), nothing but the next group's names: the group is
 * the next number's, from the join that opens it, not from the last "and" inside it.
 */
function groupJoin(between: string): number | undefined {
  const opening = GROUP_OPENING.exec(between)?.[0] ?? '';
  if (!/[,\p{L}]/u.test(opening)) return undefined;
  const group = between.slice(opening.length);
  const mentions = countryMentions(group);
  if (mentions.length < 2) return undefined;
  const rest = mentions.reduceRight((text, m) => text.slice(0, m.start) + text.slice(m.end), group);
  return JOINS_ONLY.test(rest) ? between.search(/\S/u) : undefined;
}

/** A dash right before the next number labels it ("…, for Taiwan — 20%"): the join before the label is the boundary. */
const LABEL_DASH = /^\s[—–-]\s*$|^\s*—\s*$/u;
/** Names that hold an "and" ("Bosnia and Herzegovina with 30 percent"): their "and" joins nothing. */
const NAMES_WITH_AND = new RegExp(
  `\\b(?:${phraseAlternation(COUNTRIES.flatMap(formsOf).filter((form) => /\sand\s/u.test(form)))})\\b`,
  'gu',
);
function lastJoin(between: string): number | undefined {
  const whole = [...spansOf(between, APPOSITION), ...spansOf(between, NAMES_WITH_AND)];
  const joins = [...between.matchAll(JOIN)].filter((j) => !whole.some((a) => j.index >= a.start && j.index < a.end));
  const last = joins.pop();
  const before = joins.at(-1);
  if (last && before && LABEL_DASH.test(between.slice(last.index))) return before.index;
  // A name labelling the number with a comma goes with it: the join is the one before the name.
  if (last && labelComma(between, before ? before.index + before[0].length : 0, last.index)) return before?.index;
  return last?.index;
}

/** The segment each percentage owns, for percentages given in order by their spans (`lead` is where their wording starts). */
export function segmentSpans(sentence: string, percents: readonly { lead: number; end: number }[]): Span[] {
  const cuts = percents.slice(1).map((p, i) => boundary(sentence, percents[i]?.end ?? 0, p.lead));
  return percents.map((_, i) => ({ start: i === 0 ? 0 : (cuts[i - 1] ?? 0), end: cuts[i] ?? sentence.length }));
}

/** A clause that describes a noun of the one before it ("cars, which currently face 27.5%"). */
export const RELATIVE_CLAUSE = /^\s*(?:which|that|who)\b/u;

export function intersect(a: Span, b: Span): Span {
  return { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
}

export function textOf(sentence: string, span: Span): string {
  return sentence.slice(span.start, span.end);
}
