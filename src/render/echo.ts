import { cleanText } from '../text/clean-text.ts';
import { cutText } from './limits.ts';

/** Markdown and markup characters that would let echoed text format itself: masked links, code, spoilers, quotes, headings, timestamps, mentions. */
const MARKUP_CLASS = '[\\\\*_~`|>#[\\]()<:-]';
const MARKUP = new RegExp(MARKUP_CLASS, 'g');
const ESCAPED = new RegExp(`\\\\(${MARKUP_CLASS})`, 'g');

/**
 * User text repeated in a reply ("No quotations from X", the question of `/ask`), made inert:
 * cleaned, cut to `max` characters, and every markdown character escaped, so a question cannot
 * make the bot post a masked link, a code block or a timestamp it did not mean to.
 */
export function echo(text: string, max = 80): string {
  return cutText(cleanText(text), max).replace(MARKUP, '\\$&');
}

/** Undoes `echo`'s escapes, for the terminal, where markdown is not rendered. */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}
