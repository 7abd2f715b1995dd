/**
 * How a sentence tells one level of a rate, read at the timeline where two levels of one day
 * disagree: told as a change from one level to another, or marked as the one holding now.
 */
import { PERCENT_UNIT } from '../text/percent-unit.ts';

/** A percent as news writes it: "55%", "55 per cent", "55 percent", "55pc", "55 pct". */
const percentWords = (percent: number) => `(?<![\\d.])${String(percent).replace('.', '\\.')}\\s*${PERCENT_UNIT}`;
/** Up to two words before a number: "approximately", "a whopping". */
const FILLER = String.raw`(?:[\w-]+\s+){0,2}?`;

/**
 * True when `sentence` tells a change from the level `from` to `to`: "from 55% to 47%", "to 18%
 * from a whopping 50%", "15% on Swiss goods, down from 39%".
 */
export function toldAsChange(sentence: string, from: number, to: number): boolean {
  const [a, b] = [percentWords(from), percentWords(to)];
  return [
    String.raw`\bfrom\s+${FILLER}${a}\s+to\s+${FILLER}${b}`,
    String.raw`\bto\s+${FILLER}${b}[\s,]+from\s+${FILLER}${a}`,
    String.raw`\b${b}[^.;]{0,60}?\bdown\s+from\s+${FILLER}${a}`,
  ].some((pattern) => new RegExp(pattern, 'iu').test(sentence));
}

/** An adverb of the present right before what holds: "currently imposed", "already in place". */
const NOW = String.raw`(?:currently|now|still|already)`;
const HELD = String.raw`(?:in\s+(?:effect|force|place)|imposed|applied|charged|levied)\b`;
const PAYS = String.raw`(?:faces?|facing|pays?|paying|subject\s+to)`;

/**
 * True when `sentence` marks `percent` as the level holding now, next to the number: "the 10 pct
 * basic rate currently imposed", "the 27.5% tariff currently in effect", "goods already subject
 * to a 25% tariff". News writes it so to set the level in force against one a deal or a letter
 * brings.
 */
export function markedAsHolding(sentence: string, percent: number): boolean {
  const level = percentWords(percent);
  return [
    String.raw`${level}(?:\s+[\p{L}-]+){0,3}?\s+${NOW}\s+${HELD}`,
    String.raw`\b${NOW}\s+${PAYS}\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?${level}`,
  ].some((pattern) => new RegExp(pattern, 'iu').test(sentence));
}
