/**
 * Offices news puts before a person's name ("Commerce Secretary Rajesh Agrawal", "chief negotiator
 * Rajesh Agrawal"): the answer kinds read a passage naming a person by them, the article context a
 * name that stands alone for its office. Each adds the offices only it reads.
 */
export const OFFICE_WORDS: readonly string[] = [
  'minister',
  'negotiator',
  'secretary',
  'president',
  'premier',
  'chancellor',
  'chief',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'commissioner',
  'ambassador',
  'representative',
  'governor',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'economist',
  'analyst',
];

/** A regex alternation of `words`, each with its first letter in either case ("[Mm]inister"), as news writes an office. */
export const eitherCase = (words: readonly string[]): string =>
  words.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');
