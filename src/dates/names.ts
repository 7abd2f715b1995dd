/**
 * Months and days of the week as regular-expression alternations, written once for every reader of
 * dates in text (rates, deadlines, search). Each is bare: wrap it in a group where it is used; the
 * capitals match lower case too under the `i` flag.
 */

/** The months' full names. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The three letters every spelling of a month opens with ("Sept.", "Aug", "August"): `[a-z]*` reads the rest. */
export const MONTH_STEMS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** The days of the week, each before its "day" ("Wednes" + "day"). */
export const WEEKDAY_STEMS = 'Mon|Tues|Wednes|Thurs|Fri|Satur|Sun';
/** The days of the week by name. */
export const WEEKDAY_NAMES = `(?:${WEEKDAY_STEMS})day`;
