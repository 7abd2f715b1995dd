/**
 * Verbs of saying and of putting out a document, in the forms news dates them with: "said on
 * Monday", "announced Tuesday", "a notice which was released on Monday", "the order, issued on
 * Aug. 6". The day after one tells when the act happened, never when a tariff starts; the rates'
 * start dates and the deadlines both read them so.
 */
export const ACT_VERBS: readonly string[] = [
  'said',
  'says',
  'announced',
  'announces',
  'unveiled',
  'told',
  'stated',
  'confirmed',
  'added',
  'declared',
  'wrote',
  'posted',
  'signed',
  'reported',
  'released',
  'published',
  'issued',
];
