/** The development set ingested as an operator would, into a temporary corpus, and its knowledge base. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { prepareArticle, writeArticle } from '../corpus/ingest.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Dataset, ManifestEntry } from './dataset.ts';

export interface EvalCorpus {
  dir: string;
  /** Article id for each dataset file that was ingested. */
  articleOf: Map<string, string>;
  fileOf: Map<string, string>;
  /** Files the ingest refused, with its message. */
  refused: string[];
  close(): void;
}

/** Ingests `entries` with the project's own ingest into a new temporary corpus folder. */
export function ingestEntries(dataset: Dataset, entries: readonly ManifestEntry[]): EvalCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'realnews-eval-'));
  const articleOf = new Map<string, string>();
  const refused: string[] = [];
  for (const entry of entries) {
    const source = join(dataset.dir, 'raw', `${entry.file}.txt`);
    const prepared = prepareArticle(source, readFileSync(source, 'utf8'), {
      date: entry.date,
      title: entry.title,
      outlet: entry.outlet,
      ...(entry.url ? { url: entry.url } : {}),
    });
    if (!prepared.ok) {
      refused.push(prepared.error);
      continue;
    }
    articleOf.set(entry.file, basename(writeArticle(dir, prepared.article).path, '.md'));
  }
  return {
    dir,
    articleOf,
    fileOf: new Map([...articleOf].map(([file, id]) => [id, file])),
    refused,
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Ingests `entries` and builds their knowledge base; the temporary folder is removed afterwards. */
export function knowledgeOf(
  dataset: Dataset,
  entries: readonly ManifestEntry[],
): { kb: KnowledgeBase; corpus: EvalCorpus } {
  const corpus = ingestEntries(dataset, entries);
  try {
    return { kb: loadKnowledgeBase(corpus.dir), corpus };
  } finally {
    corpus.close();
  }
}

/**
 * The knowledge base of the articles up to and including `file`, and that article's date: what a
 * reader knew right after reading it. Articles of the same day count only up to it (the manifest
 * is in date, then file order).
 */
export function knowledgeUpTo(dataset: Dataset, file: string): { kb: KnowledgeBase; date: string } {
  const asOf = dataset.manifest.find((e) => e.file === file);
  if (!asOf) throw new Error(`headline point names ${file}, which is not in the manifest`);
  const upTo = dataset.manifest.filter((e) => e.date < asOf.date || (e.date === asOf.date && e.file <= asOf.file));
  return { kb: knowledgeOf(dataset, upTo).kb, date: asOf.date };
}
