import MiniSearch, { type Options } from 'minisearch';

/**
 * The packed form of a MiniSearch index in the index cache: numbers in flat arrays, where
 * MiniSearch's own `toJSON` writes an object per posting list keyed by document number, which
 * `loadJS` parses back key by key (`parseInt` on every one: 1.8 s of a 10,000-article start).
 * Document ids are positions in a list the caller already holds (the passages' or the articles'
 * ids), so the index shares those strings instead of holding copies.
 */
export interface PackedIndex {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Per document: its short id, the position of its id in the caller's list, then its length in each field. */
  documents: number[];
  terms: string[];
  /**
   * Per term, in the order of `terms`: how many fields hold it, then per field its id, the number
   * of documents n, n short ids (each as the difference from the one before) and n term frequencies.
   */
  postings: number[];
}

type TermData = Map<number, Map<number, number>>;

/** What MiniSearch 7 keeps of an index (private fields; its version is part of the cache key, as for `postings.ts`). */
interface Internals {
  _index: Iterable<[string, TermData]> & { set(term: string, data: TermData): unknown };
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
}

const internals = <T>(index: MiniSearch<T>) => index as unknown as Internals;

/** Packs an index whose document ids are all among `ids`. */
export function packIndex<T>(index: MiniSearch<T>, ids: readonly string[]): PackedIndex {
  const ms = internals(index);
  const position = new Map(ids.map((id, i) => [id, i]));
  const fieldCount = Object.keys(ms._fieldIds).length;
  const documents: number[] = [];
  for (const [shortId, id] of ms._documentIds) {
    const at = position.get(id);
    if (at === undefined) throw new Error(`document ${id} is not among the ids given`);
    const lengths = ms._fieldLength.get(shortId) ?? [];
    documents.push(shortId, at, ...Array.from({ length: fieldCount }, (_, f) => lengths[f] ?? 0));
  }
  const terms: string[] = [];
  const postings: number[] = [];
  for (const [term, data] of ms._index) {
    terms.push(term);
    postings.push(data.size);
    for (const [fieldId, docs] of data) {
      postings.push(fieldId, docs.size);
      let previous = 0;
      for (const doc of docs.keys()) {
        postings.push(doc - previous);
        previous = doc;
      }
      for (const tf of docs.values()) postings.push(tf);
    }
  }
  return {
    documentCount: ms._documentCount,
    nextId: ms._nextId,
    dirtCount: ms._dirtCount,
    fieldIds: ms._fieldIds,
    averageFieldLength: ms._avgFieldLength,
    documents,
    terms,
    postings,
  };
}

function wholeNumbers(value: unknown, name: string): number[] {
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n))) throw new Error(`packed index: bad ${name}`);
  return value as number[];
}

/**
 * Restores a packed index with `options` (those it was built with); `ids` is the list it was
 * packed against. Anything out of shape throws: the cache is then rebuilt, never half-read.
 */
export function unpackIndex<T>(packed: PackedIndex, ids: readonly string[], options: Options<T>): MiniSearch<T> {
  const { documentCount, nextId, dirtCount, fieldIds, averageFieldLength, terms } = packed;
  const documents = wholeNumbers(packed.documents, 'documents');
  const postings = wholeNumbers(packed.postings, 'postings');
  if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) throw new Error('packed index: bad terms');
  const index = MiniSearch.loadJS<T>(
    {
      documentCount,
      nextId,
      dirtCount,
      fieldIds,
      averageFieldLength,
      documentIds: {},
      fieldLength: {},
      storedFields: {},
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const ms = internals(index);
  const fieldCount = Object.keys(fieldIds).length;
  for (let i = 0; i < documents.length; i += 2 + fieldCount) {
    const shortId = documents[i]!;
    const id = ids[documents[i + 1]!];
    if (id === undefined) throw new Error('packed index: a document id out of range');
    ms._documentIds.set(shortId, id);
    ms._idToShortId.set(id, shortId);
    ms._fieldLength.set(shortId, documents.slice(i + 2, i + 2 + fieldCount));
  }
  let at = 0;
  for (const term of terms) {
    const data: TermData = new Map();
    for (let fields = postings[at++]!; fields > 0; fields--) {
      const fieldId = postings[at++]!;
      const n = postings[at++]!;
      const docs = new Map<number, number>();
      let doc = 0;
      for (let k = 0; k < n; k++) {
        doc += postings[at + k]!;
        docs.set(doc, postings[at + n + k]!);
      }
      at += 2 * n;
      data.set(fieldId, docs);
    }
    ms._index.set(term, data);
  }
  if (at !== postings.length) throw new Error('packed index: postings do not match the terms');
  return index;
}
