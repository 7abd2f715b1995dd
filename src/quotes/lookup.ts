import { distance as editDistance } from 'fastest-levenshtein';
import { lookupName } from './names.ts';
import type { Quote, QuoteCatalog, Speaker } from './quote.ts';
import { jointMembers } from './speakers.ts';

/**
 * Finding speakers and their quotations by what a user types. Built from the catalog's plain data
 * on first use and kept per catalog.
 */

export interface SpeakerCount {
  speaker: Speaker;
  count: number;
}

export interface QuoteLookup {
  /** Every speaker, most quoted first, then by name. */
  ranking: SpeakerCount[];
  /** Quotations whose speaker is unknown, newest first. */
  unknown: Quote[];
  byKey(key: string): Speaker | undefined;
  /** A speaker's quotations, newest first. */
  quotesOf(key: string): Quote[];
  /**
   * The speaker a name means: by key, canonical name, then alias. An alias several speakers share
   * ("Prime Minister") means the one quoted most recently.
   */
  find(name: string): Speaker | undefined;
  /** The speakers whose names are closest to a name that matched none ("did you mean …"). */
  suggest(name: string, limit: number): Speaker[];
  /** Autocomplete: exact names, then aliases, then names or aliases with a word starting with `typed`. */
  complete(typed: string, limit: number): SpeakerCount[];
}

/** A suggestion may differ from what was typed by at most this share of its length. */
const MAX_SUGGESTION_DISTANCE = 0.4;

/** A spokesperson asked for by whom they speak for ("white house spokesman", "trump's spokeswoman"). */
const SPOKESPERSON_OF = /^(.+?)(?:'s)? spokes(?:person|man|woman)$/;

/** Words that join a body's name and tell nothing of it ("Court of International Trade"). */
const LINK_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in']);
/** A name matched word by word has at least this many words of its own: one word would be a topic's. */
const MIN_SHORT_NAME_WORDS = 2;

interface Entry {
  speaker: Speaker;
  count: number;
  /** Position of the speaker's newest quotation in the catalog (lower is newer). */
  newest: number;
  name: string;
  aliases: string[];
}

function build(catalog: QuoteCatalog): QuoteLookup {
  const quotesByKey = new Map<string, Quote[]>();
  const newest = new Map<string, number>();
  const order = new Map(catalog.quotes.map((q, i) => [q, i]));
  catalog.quotes.forEach((q, i) => {
    if (q.speaker === null) return;
    const quotes = quotesByKey.get(q.speaker);
    if (quotes) quotes.push(q);
    else quotesByKey.set(q.speaker, [q]);
    if (!newest.has(q.speaker)) newest.set(q.speaker, i);
  });
  const entries: Entry[] = catalog.speakers.map((speaker) => ({
    speaker,
    count: quotesByKey.get(speaker.key)?.length ?? 0,
    newest: newest.get(speaker.key) ?? Infinity,
    name: lookupName(speaker.name),
    aliases: speaker.aliases.map(lookupName),
  }));
  const byKey = new Map(entries.map((e) => [e.speaker.key, e]));
  const index = (names: (e: Entry) => string[]) => {
    const map = new Map<string, Entry[]>();
    for (const e of entries) {
      for (const n of new Set(names(e))) {
        const found = map.get(n);
        if (found) found.push(e);
        else map.set(n, [e]);
      }
    }
    return map;
  };
  const words = (text: string) => text.split(' ');
  const telling = (name: string) => words(name).filter((w) => !LINK_WORDS.has(w));
  const namesAsWords = entries
    .filter((e) => e.speaker.kind === 'organisation')
    .map((e) => ({ e, names: [e.name, ...e.aliases].map((n) => new Set(telling(n))) }));
  // News's short name for a body ("the trade court" for the Court of International Trade, a name
  // without its country): the bodies one of whose names has every telling word typed. A person's
  // title may name a body ("head of the National Economic Council"); it does not make them the body.
  const byWords = (name: string) => {
    const typed = telling(name);
    if (typed.length < MIN_SHORT_NAME_WORDS) return undefined;
    const found = namesAsWords.filter(({ names }) => names.some((n) => typed.every((w) => n.has(w))));
    return found.length > 0 ? found.map(({ e }) => e) : undefined;
  };
  const byName = index((e) => [e.name]);
  const byAlias = index((e) => e.aliases);
  const mostRecentEntry = (found: Entry[] | undefined) =>
    found?.reduce((best, e) => (e.newest < best.newest ? e : best));
  const mostRecent = (found: Entry[] | undefined) => mostRecentEntry(found)?.speaker;
  // People speaking together ("Trump and Keir Starmer"): their words are each one's too, and a name
  // means the person alone before the pair.
  const membersOf = (e: Entry) => jointMembers(e.speaker.kind, e.name);
  const joints = new Set(entries.filter((e) => membersOf(e).length > 0));
  const solo = (found: Entry[] | undefined) => {
    const alone = found?.filter((e) => !joints.has(e));
    return alone?.length ? alone : undefined;
  };
  const lastWord = (name: string) => words(name).at(-1)!;
  // A person by last name alone ("/quote trump"), when one person of the catalog has it.
  const byLastName = index((e) => (e.speaker.kind === 'person' && !joints.has(e) ? [lastWord(e.name)] : []));
  const person = (name: string) =>
    mostRecentEntry(solo(byName.get(name)) ?? solo(byAlias.get(name))) ??
    (byLastName.get(name)?.length === 1 ? byLastName.get(name)![0] : undefined);
  const byPart = new Map<string, Entry[]>();
  for (const joint of joints) {
    for (const part of membersOf(joint)) {
      const member = person(part) ?? person(lastWord(part));
      if (member) {
        const merged = [...(quotesByKey.get(member.speaker.key) ?? []), ...(quotesByKey.get(joint.speaker.key) ?? [])];
        quotesByKey.set(
          member.speaker.key,
          merged.sort((x, y) => order.get(x)! - order.get(y)!),
        );
        member.count = merged.length;
        member.newest = Math.min(member.newest, joint.newest);
      }
      for (const name of new Set([part, lastWord(part)])) byPart.set(name, [...(byPart.get(name) ?? []), joint]);
    }
  }
  const ranked = [...entries].sort((a, b) => b.count - a.count || a.speaker.name.localeCompare(b.speaker.name));

  const find = (name: string): Speaker | undefined => {
    const wanted = lookupName(name);
    const found =
      byKey.get(name.trim())?.speaker ??
      person(wanted)?.speaker ??
      mostRecent(byName.get(wanted)) ??
      mostRecent(byAlias.get(wanted)) ??
      mostRecent(byPart.get(wanted)) ??
      mostRecent(byWords(wanted));
    // "white house spokesman" with no one titled so: news gives an unnamed spokesperson's words to
    // whom they speak for, so they are that one's.
    const principal = SPOKESPERSON_OF.exec(wanted)?.[1];
    return found ?? (principal ? find(principal) : undefined);
  };

  return {
    ranking: ranked.map(({ speaker, count }) => ({ speaker, count })),
    unknown: catalog.quotes.filter((q) => q.speaker === null),
    byKey: (key) => byKey.get(key)?.speaker,
    quotesOf: (key) => quotesByKey.get(key) ?? [],
    find,
    suggest(name, limit) {
      const wanted = lookupName(name);
      if (!wanted) return [];
      const scored = entries.map((e) => {
        const forms = [e.name, ...e.aliases, ...words(e.name)];
        const distance = Math.min(...forms.map((f) => editDistance(wanted, f) / Math.max(wanted.length, f.length, 1)));
        return { e, distance };
      });
      return scored
        .filter((s) => s.distance <= MAX_SUGGESTION_DISTANCE)
        .sort((a, b) => a.distance - b.distance || b.e.count - a.e.count)
        .slice(0, limit)
        .map((s) => s.e.speaker);
    },
    complete(typed, limit) {
      const wanted = lookupName(typed);
      if (!wanted) return ranked.slice(0, limit).map(({ speaker, count }) => ({ speaker, count }));
      const tier = (e: Entry): number => {
        if (e.name === wanted) return 0;
        if (e.aliases.includes(wanted)) return 1;
        // `f` or one of its words starts with `wanted`, without splitting every name on every keystroke.
        const starts = (f: string) => f.startsWith(wanted) || (!wanted.includes(' ') && f.includes(` ${wanted}`));
        return starts(e.name) || e.aliases.some(starts) ? 2 : -1;
      };
      return ranked
        .map((e) => ({ e, tier: tier(e) }))
        .filter((t) => t.tier >= 0)
        .sort((a, b) => a.tier - b.tier)
        .slice(0, limit)
        .map(({ e }) => ({ speaker: e.speaker, count: e.count }));
    },
  };
}

const lookups = new WeakMap<QuoteCatalog, QuoteLookup>();

/** The lookup of a catalog, built once. */
export function quoteLookup(catalog: QuoteCatalog): QuoteLookup {
  let lookup = lookups.get(catalog);
  if (!lookup) lookups.set(catalog, (lookup = build(catalog)));
  return lookup;
}
