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

/**
 * A term's posting lists as MiniSearch holds them (field id → document → term frequency), decoded
 * from the packed postings on first use. A start from the cache makes one of these per term and no
 * map per posting: at 10,000 articles a million map entries, most of them for terms no question
 * of a run will ask for, were the largest share of both the start-up's CPU and its memory.
 */
class PackedTermData extends Map<number, Map<number, number>> {
  /** The packed postings and where this term's begin, until decoded. */
  #packed: { postings: Int32Array; at: number } | undefined;

  constructor(postings: Int32Array, at: number) {
    super();
    this.#packed = { postings, at };
  }

  /** This term's part of the packed postings, while it is not decoded (a save copies it as it is). */
  raw(): Int32Array | undefined {
    if (!this.#packed) return undefined;
    const { postings, at } = this.#packed;
    return postings.subarray(at, skipTerm(postings, at));
  }

  #decode(): void {
    if (!this.#packed) return;
    const { postings, at: start } = this.#packed;
    this.#packed = undefined;
    let at = start;
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
      super.set(fieldId, docs);
    }
  }

  override get(fieldId: number) {
    this.#decode();
    return super.get(fieldId);
  }
  override has(fieldId: number) {
    this.#decode();
    return super.has(fieldId);
  }
  override set(fieldId: number, docs: Map<number, number>) {
    this.#decode();
    return super.set(fieldId, docs);
  }
  override delete(fieldId: number) {
    this.#decode();
    return super.delete(fieldId);
  }
  override clear() {
    this.#packed = undefined;
    super.clear();
  }
  override get size() {
    this.#decode();
    return super.size;
  }
  override forEach(...args: Parameters<Map<number, Map<number, number>>['forEach']>) {
    this.#decode();
    super.forEach(...args);
  }
  override entries() {
    this.#decode();
    return super.entries();
  }
  override keys() {
    this.#decode();
    return super.keys();
  }
  override values() {
    this.#decode();
    return super.values();
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
}

/** Where the packed postings of the term beginning at `at` end. */
function skipTerm(postings: ArrayLike<number>, at: number): number {
  for (let fields = postings[at++]!; fields > 0; fields--) {
    const n = postings[at + 1]!;
    if (!(n >= 0)) return NaN;
    at += 2 + 2 * n;
  }
  return at;
}

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
    const raw = data instanceof PackedTermData ? data.raw() : undefined;
    if (raw) {
      for (const n of raw) postings.push(n);
      continue;
    }
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
  const packedPostings = Int32Array.from(postings);
  let at = 0;
  for (const term of terms) {
    ms._index.set(term, new PackedTermData(packedPostings, at));
    at = skipTerm(packedPostings, at);
  }
  if (at !== postings.length) throw new Error('packed index: postings do not match the terms');
  return index;
}
