import type { ArticleSpeaker } from './attribute.ts';
import { foldName, lookupName, normaliseName, organisationKey, slugOf, withoutCountry } from './names.ts';
import type { Speaker, SpeakerKind } from './quote.ts';

/**
 * One speaker per person or organisation across the corpus. People meet by full name; a surname
 * alone joins the one person of the corpus with that first or last name (when there is exactly
 * one); organisations meet by `organisationKey`. The canonical name is the form the corpus uses
 * most (the fullest, for people); every other form and title becomes an alias.
 */

/** Speaker keys are at most this long, so that a button id holding one stays within Discord's 100 characters. */
export const MAX_KEY_LENGTH = 40;
/** Aliases kept per speaker. */
const MAX_ALIASES = 12;

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

/** Who a speaker is across articles: "Donald J. Trump" is "Donald Trump"; a one-word name is decided later. */
function identity(speaker: ArticleSpeaker): string | null {
  const name = speaker.name.join(' ');
  if (speaker.kind === 'organisation') return `o:${organisationKey(name)}`;
  const words = foldName(name).split(' ');
  const withoutInitials = words.filter((w, i) => w.length > 1 || i === 0 || i === words.length - 1);
  return speaker.name.length > 1 ? `p:${withoutInitials.join(' ')}` : null;
}

/**
 * A title as aliases: as written, and without the country it starts with ("Treasury Secretary").
 * Titles of one word ("President") and lower-case descriptions ("chief economist") name too many.
 */
function titleAliases(title: string): string[] {
  const words = normaliseName(title)
    .replace(/^(the|its|his|her|their|a|an) /i, '')
    .split(' ');
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return [];
  const bare = withoutCountry(words);
  return [words, bare].filter((w) => w.length >= 2).map((w) => w.join(' '));
}

/** The form used most; among people's names, full names first; ties to the longer, then the first seen. */
function canonicalName(group: Group): string {
  const ranked = [...group.names.entries()].map(([name, count], order) => ({
    name,
    count,
    order,
    full: name.includes(' '),
  }));
  ranked.sort(
    (a, b) =>
      Number(b.full) - Number(a.full) || b.count - a.count || b.name.length - a.name.length || a.order - b.order,
  );
  return ranked[0]?.name ?? '';
}

export function mergeSpeakers(articles: readonly (readonly ArticleSpeaker[])[]): SpeakerIndex {
  const groups = new Map<string, Group>();
  const assigned = articles.map((speakers) => speakers.map(identity));
  const groupFor = (id: string, kind: SpeakerKind) => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { kind, names: new Map(), forms: [], titles: [] }));
    return group;
  };
  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => assigned[a]?.[i] && groupFor(assigned[a]?.[i] as string, s.kind)),
  );

  // One-word names: the one person with that first or last name, else a speaker of their own.
  const byWord = new Map<string, string[]>();
  for (const id of groups.keys()) {
    if (!id.startsWith('p:')) continue;
    const words = id.slice(2).split(' ');
    for (const word of new Set([words[0], words[words.length - 1]])) {
      if (!word) continue;
      const ids = byWord.get(word);
      if (ids) ids.push(id);
      else byWord.set(word, [id]);
    }
  }
  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => {
      if (assigned[a]?.[i]) return;
      const word = foldName(s.name.join(' '));
      const matches = byWord.get(word) ?? [];
      (assigned[a] as (string | null)[])[i] = matches.length === 1 ? (matches[0] as string) : `p:${word}`;
    }),
  );

  articles.forEach((speakers, a) =>
    speakers.forEach((s, i) => {
      const group = groupFor(assigned[a]?.[i] as string, s.kind);
      const name = normaliseName(s.name.join(' '));
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
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
