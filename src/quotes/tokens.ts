/** Words with their place in the text, as the attribution rules read them. */
export interface Token {
  text: string;
  /** Lower case, possessive "'s" dropped: what the vocabularies are compared with. */
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  possessive: boolean;
}

/**
 * Abbreviations written with dots ("U.S."), then words with inner hyphens, apostrophes or "&"
 * ("Bessent's", "AT&T"), one ending in a dotted abbreviation ("Canada-U.S.") included. Pages that
 * typeset their text write a hyphen as U+2010 or, to keep a name on one line, U+2011 ("Keller‑Sutter").
 * A possessive run into the next word by a page that lost the space ("Breakfast’sNaga Munchetty")
 * ends its word.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:(?!['’]s\p{Lu}\p{Ll})[-\u2010\u2011'’&](?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+))*(?:['’]s(?=\p{Lu}\p{Ll}))?/gu;

/**
 * Platforms where leaders post: where the words appeared, never who wrote them, and no part of the
 * name beside them ("on his platform Truth Social Trump said", "his Truth Social post said"). Read
 * as common words, like "social media".
 */
const PLATFORM = /(?<![\p{L}-])(?:Truth\s+Social|Weibo|Facebook|Instagram|WeChat|Telegram|LinkedIn)(?![\p{L}-])/gu;

/** The tokens of `text[from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const platforms = [...text.slice(from, to).matchAll(PLATFORM)].map((m) => [
    from + m.index,
    from + m.index + m[0].length,
  ]);
  const onPlatform = (start: number) => platforms.some(([a = 0, b = 0]) => start >= a && start < b);
  const tokens: Token[] = [];
  TOKEN.lastIndex = from; // one shared pattern: compiling one per call costs more than the matching
  for (let m = TOKEN.exec(text); m && m.index + m[0].length <= to; m = TOKEN.exec(text)) {
    const word = m[0];
    const possessive =
      word.length > 2 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith("'S") || word.endsWith('’S'));
    const first = word[0] ?? '';
    tokens.push({
      text: word,
      lower: (possessive ? word.slice(0, -2) : word).toLowerCase(),
      start: m.index,
      end: m.index + word.length,
      capitalised: first !== first.toLowerCase() && !onPlatform(m.index),
      possessive,
    });
  }
  return tokens;
}

/** The word as a name shows it: without a possessive "'s". */
export function bareWord(token: Token): string {
  return token.possessive ? token.text.slice(0, -2) : token.text;
}

/** A word written in capitals only, four letters or more: a dateline ("TOKYO"), not a name. */
export function isShouting(token: Token): boolean {
  return token.text.length >= 4 && token.text === token.text.toUpperCase() && /\p{L}{4}/u.test(token.text);
}

/**
 * Letters of Central European and Turkish spelling that no English word has ("Šefčovič", "Erdoğan",
 * "Łukasz"); the accents English borrows with French words ("Café", "Élite") are not among them.
 */
const FOREIGN_LETTERS = /[šžčćřěňďťłőűşğıąęśźżŠŽČĆŘĚŇĎŤŁŐŰŞĞĄĘŚŹŻ]/u;

/**
 * Whether a capitalised word opening a sentence names someone: the article writes it capitalised
 * inside a sentence too (`known`, lower-case words), or it has a capital inside it after its first
 * letter, beside a small one ("JPMorgan", "BlackRock", "McConnell", "DeSantis"), which no
 * sentence's opening capital explains, or a letter no English word has. Else it is the sentence's
 * first word ("Retailers said").
 */
export const namesAtSentenceStart = (word: string, known: ReadonlySet<string>): boolean =>
  known.has(word.toLowerCase()) ||
  /^\p{Lu}\p{L}*?(?:\p{Ll}\p{Lu}|\p{Lu}\p{Ll})/u.test(word) ||
  FOREIGN_LETTERS.test(word);
