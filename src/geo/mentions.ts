import { COUNTRIES, FALSE_FRIENDS, type Country } from './countries.ts';
import { escapeRegExp } from '../text/patterns.ts';

/** Which kind of form named the country: it tells a reader how the country takes part. */
export type MentionForm = 'name' | 'demonym' | 'seat';

/** A country named in a text, with the character span of the form that named it. */
export interface CountryMention {
  country: string;
  form: MentionForm;
  start: number;
  end: number;
}

interface Form {
  country: string | null;
  form: MentionForm;
}

const WRITTEN_FORMS: (readonly [string, Form])[] = [
  ...FALSE_FRIENDS.map((text) => [text, { country: null, form: 'name' }] as const),
  ...COUNTRIES.flatMap((c: Country) => [
    ...[c.name, ...c.aliases].map((text) => [text, { country: c.name, form: 'name' }] as const),
    ...c.demonyms.map((text) => [text, { country: c.name, form: 'demonym' }] as const),
    ...c.seats.map((text) => [text, { country: c.name, form: 'seat' }] as const),
  ]),
];

/**
 * Every form, false friends included (as `country: null`), keyed by its exact text; and each seat
 * of government in capitals: news opens with its dateline in capitals and often runs it into the
 * lead ("BEIJING has increased tariffs …"). Names and demonyms in capitals stay unread: a page's
 * headline or boilerplate in capitals has look-alikes ("TURKEY" the dish).
 */
const FORMS = new Map<string, Form>([
  ...WRITTEN_FORMS,
  ...WRITTEN_FORMS.filter(([text, form]) => form.form === 'seat' && text.toUpperCase() !== text).map(
    ([text, form]) => [text.toUpperCase(), form] as const,
  ),
]);

/**
 * One alternation of every form, longest first so "South Korean" wins over "Korean" and "New
 * Mexico" over "Mexico". Demonyms may take a plural "s" ("Canadians"). The guards keep "US" out of
 * "USMCA" and "U.S." out of a longer abbreviation. Every form starts with a capital letter.
 */
const MENTION = new RegExp(
  // The upper-case lookahead fails fast at most positions, before the costlier look-behind.
  `(?=[\\p{Lu}])(?<![\\p{L}\\p{N}.])(${[...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(s?)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The countries named in `text`, in order of appearance. */
export function countryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const form = FORMS.get(match[1] ?? '');
    if (!form?.country || (match[2] && form.form !== 'demonym')) continue;
    mentions.push({ country: form.country, form: form.form, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}
