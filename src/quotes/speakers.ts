import type { ArticleSpeaker } from './attribute.ts';
import { foldName, lookupName, nameEnds, normaliseName, organisationKey, slugOf, withoutCountry } from './names.ts';
import type { Speaker, SpeakerKind } from './quote.ts';

/**
 * One speaker per person or organisation across the corpus. People meet by full name; a surname
 * alone joins the person of the corpus with that last name (else first name: "Xi", "Prabowo"),
 * among everyone the articles name in full, quoted or not, when one such person is named far more
 * often than any other; organisations meet by `organisationKey`. The canonical name is the form
 * the corpus uses most (the fullest, for people); every other form and title becomes an alias.
 */

/** Speaker keys are at most this long, so that a button id holding one stays within Discord's 100 characters. */
export const MAX_KEY_LENGTH = 40;
/** Aliases kept per speaker. */
export const MAX_ALIASES = 12;

interface Group {
  kind: SpeakerKind;
  /** Each way the name was written, with how often. */
  names: Map<string, number>;
  forms: string[];
  titles: string[];
}

export interface SpeakerIndex {
  speakers: Speaker[];
  /** The key of speaker `local` of article `article` (indices as given to `mergeSpeakers`). */
  keyOf(article: number, local: number): string;
}

/** Two people speaking together ("Trump and Keir Starmer"): the fuller name of neither. */
export const isJoint = (id: string) => id.split(' ').includes('and');

/** The people a joint speaker's name joins ("Trump and Keir Starmer" → both); none for one person or an organisation. */
export function jointMembers(kind: SpeakerKind, name: string): string[] {
  return kind === 'person' && isJoint(name) ? name.split(' and ') : [];
}

/** Who a person is across articles: "Donald J. Trump" is "Donald Trump"; a one-word name is decided later. */
function personIdentity(name: readonly string[]): string | null {
  const words = foldName(name.join(' ')).split(' ');
  const withoutInitials = words.filter((w, i) => w.length > 1 || i === 0 || i === words.length - 1);
  return name.length > 1 ? `p:${withoutInitials.join(' ')}` : null;
}

function identity(speaker: ArticleSpeaker): string | null {
  // Someone described ("White House official") is the same description again, never a person named so.
  if (speaker.kind === 'unnamed') return `d:${foldName(speaker.name.join(' '))}`;
  return speaker.kind === 'organisation'
    ? `o:${organisationKey(speaker.name.join(' '))}`
    : personIdentity(speaker.name);
}

/** A one-word name means a person named in full when it is this many times likelier than the next candidate. */
const DOMINANCE = 2;

/**
 * The full-name identity a one-word name means: the person most articles name with it as last
 * name, else as first name, when no other is nearly as common.
 */
function fullNameResolver(mentioned: readonly (readonly (readonly string[])[])[]): (word: string) => string | null {
  const articles = {
    first: new Map<string, Map<string, number>>(),
    last: new Map<string, Map<string, number>>(),
    inner: new Map<string, Map<string, number>>(),
  };
  const count = (end: keyof typeof articles, word: string, id: string) => {
    const counts = articles[end].get(word) ?? new Map<string, number>();
    counts.set(id, (counts.get(id) ?? 0) + 1);
    articles[end].set(word, counts);
  };
  for (const names of mentioned) {
    const ids = new Set(names.map(personIdentity).filter((id): id is string => id !== null && !isJoint(id)));
    for (const id of ids) {
      const ends = nameEnds(id.slice(2).split(' '));
      count('first', ends.first, id);
      count('last', ends.last, id);
      for (const word of ends.inner) count('inner', word, id);
    }
  }
  const dominant = (counts: Map<string, number> | undefined) => {
    const [best, next] = [...(counts ?? [])].sort((a, b) => b[1] - a[1]);
    return best && (!next || best[1] >= DOMINANCE * next[1]) ? best[0] : null;
  };
  return (word) =>
    articles.last.has(word)
      ? dominant(articles.last.get(word))
      : articles.first.has(word)
        ? dominant(articles.first.get(word))
        : dominant(articles.inner.get(word));
}

/**
 * A title as aliases: as written, and without the country it starts with ("Treasury Secretary").
 * Titles of one word ("President") and lower-case descriptions ("chief economist") name too many.
 */
export function titleAliases(title: string): string[] {
  const words = normaliseName(title)
    .replace(/^(the|its|his|her|their|a|an) /i, '')
    .split(' ');
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return [];
  const bare = withoutCountry(words);
  return [words, bare].filter((w) => w.length >= 2).map((w) => w.join(' '));
}

/**
 * The form used most, names of more than one word first; among people's names, the fullest first (most words but initials: "Ursula
 * von der Leyen" before "Von der Leyen", "Donald J. Trump" no fuller than "Donald Trump"); ties to
 * the longer, then the first seen.
 */
function canonicalName(group: Group): string {
  const ranked = [...group.names.entries()].map(([name, count], order) => ({
    name,
    count,
    order,
    fullness:
      group.kind === 'person'
        ? name.split(' ').filter((w) => w.replace(/\./g, '').length > 1).length
        : Number(name.includes(' ')),
  }));
  ranked.sort(
    (a, b) => b.fullness - a.fullness || b.count - a.count || b.name.length - a.name.length || a.order - b.order,
  );
  return ranked[0]?.name ?? '';
}

/**
 * `articles`: each article's speakers; `mentioned`: each article's people named in full (see
 * `ArticleQuotes.people`), which one-word names are resolved against.
 */
export function mergeSpeakers(
  articles: readonly (readonly ArticleSpeaker[])[],
  mentioned: readonly (readonly (readonly string[])[])[] = [],
): SpeakerIndex {
  const groups = new Map<string, Group>();
  const assigned = articles.map((speakers) => speakers.map(identity));
  // A surname of several words ("Von der Leyen") is the one person named in full with it.
  const byTail = new Map<string, Set<string>>();
  const addPerson = (id: string | null) => {
    const words = id?.startsWith('p:') && !isJoint(id) ? id.slice(2).split(' ') : [];
    for (let n = 2; n < words.length; n++) {
      const tail = `p:${words.slice(-n).join(' ')}`;
      byTail.set(tail, (byTail.get(tail) ?? new Set()).add(id as string));
    }
  };
  assigned.flat().forEach(addPerson);
  for (const names of mentioned) for (const name of names) addPerson(personIdentity(name));
  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => {
      const longer = [...(byTail.get(assigned[a]?.[i] ?? '') ?? [])];
      if (s.kind === 'person' && longer.length === 1) (assigned[a] as (string | null)[])[i] = longer[0] as string;
    }),
  );
  const groupFor = (id: string, kind: SpeakerKind) => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { kind, names: new Map(), forms: [], titles: [] }));
    return group;
  };
  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => assigned[a]?.[i] && groupFor(assigned[a]?.[i] as string, s.kind)),
  );

  // One-word names: the person the corpus names in full with it, else a speaker of their own.
  const fullName = new Map<string, string>();
  for (const names of mentioned)
    for (const name of names) {
      const id = personIdentity(name);
      if (id && !fullName.has(id)) fullName.set(id, normaliseName(name.join(' ')));
    }
  const resolve = fullNameResolver([
    ...mentioned,
    ...articles.map((s) => s.filter((x) => x.kind === 'person').map((x) => x.name)),
  ]);
  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => {
      if (assigned[a]?.[i]) return;
      const word = foldName(s.name.join(' '));
      (assigned[a] as (string | null)[])[i] = (s.kind === 'person' ? resolve(word) : null) ?? `p:${word}`;
    }),
  );

  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => {
      const id = assigned[a]?.[i] as string;
      const group = groupFor(id, s.kind);
      const name = normaliseName(s.name.join(' '));
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      // A surname whose full name only the narration gives: the full name is the canonical one.
      const full = fullName.get(id);
      if (full && !group.names.has(full)) group.names.set(full, 0);
      group.forms.push(...s.forms);
      group.titles.push(...s.titles);
    }),
  );

  const keyOfGroup = new Map<string, string>();
  const speakers: Speaker[] = [];
  const taken = new Set<string>();
  for (const [id, group] of groups) {
    const name = canonicalName(group);
    let key = slugOf(name, MAX_KEY_LENGTH);
    for (let n = 2; taken.has(key); n++) key = `${slugOf(name, MAX_KEY_LENGTH - String(n).length - 1)}-${n}`;
    taken.add(key);
    keyOfGroup.set(id, key);
    const seen = new Set([lookupName(name)]);
    const aliases: string[] = [];
    for (const alias of [...group.names.keys(), ...group.titles.flatMap(titleAliases), ...group.forms].map(
      normaliseName,
    )) {
      const folded = lookupName(alias);
      if (!seen.has(folded) && aliases.length < MAX_ALIASES) aliases.push(alias);
      seen.add(folded);
    }
    speakers.push({ key, name, kind: group.kind, aliases });
  }
  speakers.sort((a, b) => a.key.localeCompare(b.key));
  return { speakers, keyOf: (article, local) => keyOfGroup.get(assigned[article]?.[local] ?? '') ?? '' };
}
