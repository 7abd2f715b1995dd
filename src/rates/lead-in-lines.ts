/**
 * Lines of a list that read on from the paragraph leading into them. News pages set out the terms
 * of a deal or the outcomes of a what-if as short lines under a lead-in that ends with a colon:
 * "The deal aims to:" / "- Cut the tariff on cars to 6%"; "If talks fail, rates would go back up:"
 * / "Tariffs on Peru would rise to 54%."; "The 15% rate overrides:" / "The 20% tariff of April,". A
 * line read alone loses the plan, the condition or the replacing its lead-in gives it.
 */
import type { Passage } from '../corpus/article.ts';
import { sentenceText } from '../corpus/article.ts';
import { HAS_PERCENT } from './percentages.ts';

/** How long a one-sentence paragraph may be and still be a line of a list. */
const LINE_LENGTH = 240;
/**
 * A lead-in the lines complete: it ends with an infinitive's "to" or a modal ("The deal aims to:",
 * "Washington will:"), or a verb of replacing whose objects the lines list ("The new rate replaces:",
 * "It overrides:"): each line is a rate it ends.
 */
const OPEN_ENDED =
  /\b(?:to|will|would|shall|could|may|might|must|replaces|replaced|overrides|overrode|supersedes|superseded)\s*:\s*$/iu;
/** A lead-in that makes what follows a what-if: "If no deal is reached …", "Unless talks resume …". */
const CONDITION = /\b(?:if|unless)\b/iu;
/** A line's own modal of what would follow: "would rise to 54%". */
const WHAT_IF_MODAL = /\b(?:would|could|might)\b/u;
/** The marks that open a line of a list: bullets, an asterisk, dashes. */
export const BULLET_MARKS = '•·▪◦‣*–—-';
const BULLET = new RegExp(`^[\\s${BULLET_MARKS}]+`, 'u');

const isLine = (passage: Passage) => passage.sentences.length === 1 && passage.text.trim().length <= LINE_LENGTH;

/** The paragraph that leads into the list paragraph `p` belongs to, when it ends with a colon. */
function leadInOf(passages: readonly Passage[], p: number): Passage | undefined {
  if (!passages[p] || !isLine(passages[p])) return undefined;
  let q = p - 1;
  while (q >= 0 && passages[q] && isLine(passages[q]!) && !passages[q]!.text.trim().endsWith(':')) q--;
  const leadIn = passages[q];
  return leadIn && leadIn.text.trim().endsWith(':') ? leadIn : undefined;
}

/**
 * The line `p` read as the end of its lead-in's last sentence ("The deal aims to establish a quota
 * … at 6.1%"), when the lead-in is left open for it and tells no rate of its own; undefined otherwise.
 */
export function completedLine(passages: readonly Passage[], p: number, line: string): string | undefined {
  const leadIn = leadInOf(passages, p);
  const last = leadIn?.sentences.at(-1);
  if (!leadIn || !last) return undefined;
  const opening = sentenceText(leadIn, last).trim();
  if (!OPEN_ENDED.test(opening) || HAS_PERCENT.test(opening)) return undefined;
  const rest = line.replace(BULLET, '');
  return `${opening.replace(/\s*:\s*$/u, '')} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/** Whether the line `p` tells what would follow from its lead-in's condition: "If talks fail, …:" / "Tariffs would rise to 54%." */
export const whatIfLine = (passages: readonly Passage[], p: number, line: string): boolean => {
  const leadIn = leadInOf(passages, p);
  return leadIn !== undefined && CONDITION.test(leadIn.text) && WHAT_IF_MODAL.test(line);
};
