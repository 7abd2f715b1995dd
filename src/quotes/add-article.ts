import type { Article } from '../corpus/article.ts';
import { partitionPoint } from '../sorted/partition-point.ts';
import { attributeQuotes, type ArticleSpeaker } from './attribute.ts';
import { addQuote, textKey } from './catalog.ts';
import { foldName, lookupName, normaliseName, slugOf } from './names.ts';
import type { Quote, QuoteCatalog, Speaker } from './quote.ts';
import { MAX_ALIASES, MAX_KEY_LENGTH, titleAliases } from './speakers.ts';

/** The quotations by their words, kept per catalog so that successive additions do not re-read them all. */
const byTextOf = new WeakMap<QuoteCatalog, Map<string, Quote[]>>();

function byText(catalog: QuoteCatalog): Map<string, Quote[]> {
  let map = byTextOf.get(catalog);
  if (!map) {
    map = new Map();
    for (const q of catalog.quotes) {
      const key = textKey(q.text);
      const same = map.get(key);
      if (same) same.push(q);
      else map.set(key, [q]);
    }
  }
  return map;
}

/** The other names an article gives a speaker, in the order a rebuild takes them: name, titles, forms. */
function aliasesOf(speaker: ArticleSpeaker, name: string): string[] {
  return [name, ...speaker.titles.flatMap(titleAliases), ...speaker.forms].map(normaliseName);
}

/** `aliases` with the new ones that name no one already there, up to the limit. */
function withAliases(name: string, aliases: readonly string[], added: readonly string[]): string[] {
  const seen = new Set([name, ...aliases].map(lookupName));
  const result = [...aliases];
  for (const alias of added) {
    const folded = lookupName(alias);
    if (!seen.has(folded) && result.length < MAX_ALIASES) result.push(alias);
    seen.add(folded);
  }
  return result;
}

/** A speaker's names as lookups compare them, worked out once per speaker (a speaker is never changed in place). */
const foldedNames = new WeakMap<Speaker, { names: Set<string>; words: string[] }>();
function foldedOf(speaker: Speaker): { names: Set<string>; words: string[] } {
  let folded = foldedNames.get(speaker);
  if (!folded) {
    folded = {
      names: new Set([speaker.name, ...speaker.aliases].map(lookupName)),
      words: foldName(speaker.name).split(' '),
    };
    foldedNames.set(speaker, folded);
  }
  return folded;
}

/**
 * The speaker key an article's speaker has in the catalog: a speaker known by that name or alias,
 * for a one-word name the one person whose first or last name it is, else a new speaker. Keys of
 * known speakers never change, so a `/quote` page's buttons keep working as articles arrive.
 */
function speakerKey(speaker: ArticleSpeaker, speakers: Speaker[]): string {
  const name = normaliseName(speaker.name.join(' '));
  const folded = lookupName(name);
  let at = speakers.findIndex((s) => s.kind === speaker.kind && foldedOf(s).names.has(folded));
  if (at < 0 && speaker.kind === 'person' && speaker.name.length === 1) {
    const word = foldName(name);
    const people = speakers.flatMap((s, i) => {
      const { words } = foldedOf(s);
      const match = s.kind === 'person' && words.length > 1 && (words[0] === word || words[words.length - 1] === word);
      return match ? [i] : [];
    });
    if (people.length === 1) at = people[0] ?? -1;
  }
  const known = speakers[at];
  if (known) {
    speakers[at] = { ...known, aliases: withAliases(known.name, known.aliases, aliasesOf(speaker, name)) };
    return known.key;
  }
  const taken = new Set(speakers.map((s) => s.key));
  let key = slugOf(name, MAX_KEY_LENGTH);
  for (let n = 2; taken.has(key); n++) key = `${slugOf(name, MAX_KEY_LENGTH - String(n).length - 1)}-${n}`;
  speakers.push({ key, name, kind: speaker.kind, aliases: withAliases(name, [], aliasesOf(speaker, name)) });
  return key;
}

/**
 * The catalog with the quotations of one more article, read on its own and merged in: its
 * speakers joined to known ones, its quotations placed by date, one already known gaining a
 * citation. `newer(a, b)` orders article ids newest first, as the catalog is.
 */
export function catalogWithArticle(
  catalog: QuoteCatalog,
  article: Article,
  newer: (a: string, b: string) => number,
): QuoteCatalog {
  const found = attributeQuotes(article);
  if (found.quotes.length === 0) return catalog;
  const speakers = [...catalog.speakers];
  const keys = found.speakers.map((s) => speakerKey(s, speakers));
  const index = byText(catalog);
  const fresh: Quote[] = [];
  for (const q of found.quotes)
    addQuote(fresh, index, q, q.speaker === null ? null : (keys[q.speaker] ?? null), article.id);
  const at = partitionPoint(catalog.quotes, (q) => newer(q.citations[0]?.articleId ?? '', article.id) > 0);
  const quotes = catalog.quotes.toSpliced(at, 0, ...fresh);
  const quoted = new Set(quotes.map((q) => q.speaker));
  const result = {
    speakers: speakers.filter((s) => quoted.has(s.key)).sort((a, b) => a.key.localeCompare(b.key)),
    quotes,
  };
  byTextOf.set(result, index);
  return result;
}
