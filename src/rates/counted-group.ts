import { sentenceText, type Passage } from '../corpus/article.ts';
import { HOME_COUNTRY } from '../geo/countries.ts';
import { countryMentions } from '../geo/mentions.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';

/**
 * A rate on a group of countries told by its count ("a 10% tariff on goods from eight European
 * countries"), whose members the next sentence names ("… would apply to Denmark, Norway, …"): news
 * tells the rate first and the list after, so the rate is on the countries listed, when the list
 * holds as many as the count says (two or more, as a group has).
 */
const COUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 2),
);
const COUNTED_GROUP = new RegExp(
  String.raw`\b(${Object.keys(COUNTS).join('|')}|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|nations|economies|(?:trading\s+)?partners)\b`,
  'iu',
);

/** The sentence after sentence `s` of passage `p`, in its paragraph or opening the next. */
function sentenceAfter(passages: readonly Passage[], p: number, s: number): string | undefined {
  const passage = passages[p];
  const span = passage?.sentences[s + 1];
  if (passage && span) return sentenceText(passage, span);
  const next = passages[p + 1];
  const first = next?.sentences[0];
  return next && first && passage && s === passage.sentences.length - 1 ? sentenceText(next, first) : undefined;
}

/** `sentence` with its counted group put as the countries the next sentence lists, when their number is the count. */
export function withGroupNamed(
  passages: readonly Passage[],
  p: number,
  s: number,
  sentence: string,
): string | undefined {
  const group = COUNTED_GROUP.exec(sentence);
  const next = group && sentenceAfter(passages, p, s);
  if (!group || !next) return undefined;
  const count = COUNTS[(group[1] as string).toLowerCase()] ?? Number(group[1]);
  const names = [...new Set(countryMentions(next).map((m) => m.country))].filter((c) => c !== HOME_COUNTRY);
  if (names.length !== count) return undefined;
  const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`;
  return sentence.slice(0, group.index) + list + sentence.slice(group.index + group[0].length);
}
