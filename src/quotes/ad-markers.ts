import { AD_PLACEHOLDER as MARKER } from '../text/ad-placeholders.ts';
import { MASK } from './marks.ts';

/**
 * Advertisement placeholders a page leaves at the head of a paragraph, glued to its first word when
 * the copy loses the line break ("Hide AdHoward Lutnick, the US Commerce Secretary, said …", "Hide
 * AdHe told …"): read as narration, they became part of a name ("Hide AdHoward Lutnick") or a
 * speaker of their own.
 */

/** Placeholders at the head of a paragraph, glued to a capital or a quotation (marked or masked), or all of it. */
const AD_MARKERS = new RegExp(String.raw`^\s*${MARKER}(?:\s*${MARKER})*(?=\p{Lu}|[“"‘${MASK}]|\s*$)`, 'u');

/** `text` with its leading advertisement placeholders blanked out (same length, so offsets stay). */
export function blankAdMarkers(text: string): string {
  const markers = AD_MARKERS.exec(text)?.[0];
  return markers ? ' '.repeat(markers.length) + text.slice(markers.length) : text;
}
