import fc from 'fast-check';

/** What a public server sends a bot: pings, markdown, invisible and direction marks, broken UTF-16, floods. */

export const SNOWFLAKE = '123456789012345678';

/** Pieces that have broken chat bots before; mixed into otherwise random text. */
export const NASTY_FRAGMENTS = [
  // pings and Discord markup
  '@everyone',
  '@here',
  `<@&${SNOWFLAKE}>`,
  `<@${SNOWFLAKE}>`,
  `<@!${SNOWFLAKE}>`,
  `<#${SNOWFLAKE}>`,
  '<:emoji:123>',
  '</ask:123>',
  '<t:1748563200:R>',
  '<t:99999999999999:D>',
  '<t:-99999999999999:F>',
  '<t:abc:R>',
  // markdown
  '```',
  '```js\n',
  '`',
  '**',
  '__',
  '~~',
  '||spoiler||',
  '> ',
  '# ',
  '-# ',
  '[link](https://example.com)',
  '](javascript:alert(1))',
  '\\',
  // invisible, direction, control
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u00ad',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  // broken and combining UTF-16
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  'e\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356',
  // emoji and scripts
  '😀',
  '👨‍👩‍👧‍👦',
  '🇺🇸🇨🇳',
  '🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום',
  '中美贸易谈判',
  'Ⅻ',
  'ﬁ',
  'İ',
  'ß',
  // syntax of the console and the code
  ':',
  '"',
  '“',
  '”',
  "'",
  'question:',
  'hide:true',
  'hide:maybe',
  '/ask ',
  '/button ',
  'ask:1:2',
  '$&',
  '$1',
  '%s',
  '{}',
  '[]',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  '-0',
  '1e309',
  '0x10',
  'null',
  'undefined',
  'true',
  // words the corpus knows, so some inputs reach real answers
  'tariff',
  'China',
  'Bessent',
  'talks',
  'stalled',
  'Trump',
  'Xi',
  'U.S.',
  '145%',
  'pause',
] as const;

const fragment = fc.constantFrom(...NASTY_FRAGMENTS);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnit = fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate);

/** One repeated piece, the way floods arrive: ten thousand zero-width spaces, an emoji wall. */
const flood = (maxLength: number) =>
  fc
    .tuple(
      fc.oneof(fragment, fc.constantFrom('a', 'a ', '😀', '\u200b', 'china ')),
      fc.integer({ min: 1, max: maxLength }),
    )
    .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));

/**
 * Hostile text up to `maxLength` UTF-16 units (default 6,000): random code points, fragments,
 * words, and floods, concatenated. A long string is cut anywhere, even inside a surrogate pair.
 */
export function hostileString(maxLength = 6000): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fragment },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 8 }) },
    { weight: 1, arbitrary: flood(maxLength) },
  );
  return fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('').slice(0, maxLength));
}

/** A single word of hostile text: no white space, so the console reads it as one token. */
export function hostileWord(maxLength = 40): fc.Arbitrary<string> {
  return hostileString(maxLength).map((s) => s.replace(/\s+/g, ''));
}

/** A numeric value as Discord might type it, or as anyone might type it in the console. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.integer({ min: -100, max: 400 }),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    2 ** 53 + 1,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
);
