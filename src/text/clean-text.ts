/** Characters that carry no meaning in a query and only hide what was typed: controls and zero-width marks. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Makes user text safe to process: well-formed UTF-16, NFC, no invisible characters, single spaces. */
export function cleanText(text: string): string {
  return text.toWellFormed().normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
