import { MASK } from './marks.ts';

/**
 * Advertisement placeholders a page leaves at the head of a paragraph, glued to its first word when
 * the copy loses the line break ("Hide AdHoward Lutnick, the US Commerce Secretary, said …", "Hide
 * AdHe told …"): read as narration, they became part of a name ("Hide AdHoward Lutnick") or a
 * speaker of their own.
 */

/** One placeholder: "Advertisement", "Hide Ad", "Skip Ad". */
const MARKER = String.raw`(?:Advertisement|ADVERTISEMENT|(?:Hide|Skip) Ad)`;
/** Placeholders at the head of a paragraph, glued to a capital or a quotation (marked or masked), or all of it. */
const AD_MARKERS = new RegExp(String.raw`^\s*${MARKER}(?:\s*${MARKER})*(?=\p{Lu}|[“"‘${MASK}]|\s*$)`, 'u');
const ONLY_MARKERS = new RegExp(String.raw`^\s*${MARKER}(?:\s*${MARKER})*\s*$`, 'u');

/**
 * A paragraph of placeholders only: no paragraph of the article, so that it neither speaks nor
 * stands between a pronoun and whom it means.
 */
export const isAdMarkerLine = (text: string): boolean => ONLY_MARKERS.test(text);

/** `text` with its leading advertisement placeholders blanked out (same length, so offsets stay). */
export function blankAdMarkers(text: string): string {
  const markers = AD_MARKERS.exec(text)?.[0];
  return markers ? ' '.repeat(markers.length) + text.slice(markers.length) : text;
}
