/**
 * The words news writes after a number to make it a percent: "percent", "per cent", "per-cent",
 * "pc" (British papers), "pct" (wire style: Reuters, Jiji, Kyodo, Xinhua) and "p.c." (Indian and
 * older British papers, its last stop often dropped). Regular-expression sources, so that every
 * reader of rates, deadlines and answers knows the same forms.
 */
export const PERCENT_WORD = String.raw`(?:(?:percent|per[\s-]?cent|pct?)\b|p\.\s?c\.?(?![A-Za-z]))`;

/** A percent sign or word. */
export const PERCENT_UNIT = String.raw`(?:%|${PERCENT_WORD})`;
