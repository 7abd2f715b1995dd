/**
 * The start of a measure that a bulleted list sets out. Trade updates and fact sheets give the
 * measure's start once, in the paragraph before the list or in a line of it that states no rate
 * ("• The proclamation imposes tariffs on lumber starting October 14."), then list its rates in the
 * present or with no verb ("• A 10% tariff applies to softwood lumber.", "- 25% global tariff on
 * cabinets."): those rates start on that day, not on the article's. So do the rates a sentence lists
 * as what the one before announced ("… new tariffs, effective October 1. These include a 50% levy on
 * cabinets").
 */
import type { Passage } from '../corpus/article.ts';
import { effectiveDate } from './effective.ts';
import { BULLET_MARKS } from './lead-in-lines.ts';
import { HAS_PERCENT } from './percentages.ts';

/** A bullet opening a line, or a line that is only a bullet (pages often put the mark on its own line). */
const BULLET = new RegExp(`^\\s*[${BULLET_MARKS}]`, 'u');
const MARK_ONLY = new RegExp(`^[\\s${BULLET_MARKS}]+$`, 'u');
/** A heading: a short paragraph with no closing stop ("Tariff Details and Duty Rates"). */
const HEADING = /^[^.!?]{1,80}$/u;
/** How many paragraphs back the walk looks, list lines and headings included. */
const REACH = 12;
/** A line that tells its own time: already in force, or told in the past. */
const OWN_TIME =
  /\b(?:since|now|currently|already|still|remains?|in\s+(?:effect|force|place)|took\s+effect|was|were|had|has\s+been|have\s+been)\b/iu;

const isBulleted = (passages: readonly Passage[], p: number) =>
  BULLET.test(passages[p]?.text ?? '') || MARK_ONLY.test(passages[p - 1]?.text ?? '');

/**
 * The day after `published` that the list line `p` (`line`, its one sentence) starts on: the first
 * start ahead found walking back over the list's lines that state no rate, its lead-in and headings,
 * up to the first paragraph of prose. Undefined for a paragraph that is no bulleted line, or a line
 * that tells its own time.
 */
export function bulletedStart(
  passages: readonly Passage[],
  p: number,
  line: string,
  published: string,
): string | undefined {
  if (passages[p]?.sentences.length !== 1 || !isBulleted(passages, p) || OWN_TIME.test(line)) return undefined;
  for (let q = p - 1; q >= Math.max(0, p - REACH); q--) {
    const text = passages[q]!.text.trim();
    if (MARK_ONLY.test(text)) continue;
    const bulleted = isBulleted(passages, q);
    if (bulleted && HAS_PERCENT.test(text)) continue;
    const day = effectiveDate(text, published);
    if (day && day > published) return day;
    if (!bulleted && !text.endsWith(':') && !HEADING.test(text)) return undefined;
  }
  return undefined;
}

/** A sentence that lists what the one before told: "These include …", "They cover …", "The new duties include …". */
const INCLUDES = /^\W*(?:these|they|those|the\s+(?:new\s+)?(?:tariffs|duties|levies|measures))\s+(?:include|cover)\b/iu;

/**
 * The day after `published` that the rates of `sentence` start on, when it lists what `before`
 * announced and `before`, stating no rate of its own, gives that start.
 */
export function includedStart(sentence: string, before: string | undefined, published: string): string | undefined {
  if (!before || !INCLUDES.test(sentence) || HAS_PERCENT.test(before)) return undefined;
  const day = effectiveDate(before, published);
  return day && day > published ? day : undefined;
}
