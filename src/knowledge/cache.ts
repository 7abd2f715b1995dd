import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';
import { articleFiles, loadCorpus } from '../corpus/load.ts';
import type { Logger } from '../log/logger.ts';
import type { Article } from '../corpus/article.ts';
import type { FileProblem } from '../corpus/front-matter.ts';
import type { SerializedPassageIndex } from '../search/passage-index.ts';
import { deadlineSourcesWhenRead, packKnowledge, unpackKnowledge } from './cache-layout.ts';
import { assembleKnowledgeBase, type KnowledgeBase, type KnowledgeParts } from './knowledge-base.ts';
import { extract, type Extracted } from './extract.ts';

/** Bump when the cache file's layout changes. */
const CACHE_FORMAT = 3;

/**
 * The source folders whose code shapes the index and the extracted data. Their text is part of the
 * cache key, so changing a tokenizer rule, a vocabulary or an extractor can never serve a stale cache.
 */
const SHAPING_CODE = [
  'corpus',
  'text',
  'search',
  'knowledge',
  'quotes',
  'rates',
  'deadlines',
  'dates',
  'geo',
  'sorted',
];
const SRC = join(PROJECT_ROOT, 'src');

function tsFilesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

interface Lockfile {
  packages?: Record<string, { version?: string; dev?: boolean }>;
}

/**
 * The resolved versions of the packages the bot runs with (package-lock.json, dev tools left out):
 * a new stemmer, chrono-node or minisearch may index or extract differently, so it must not be
 * served a cache built by the old one.
 */
export function dependencyVersions(lock: Lockfile): string {
  return Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path !== '' && !entry.dev)
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'}`)
    .sort()
    .join('\n');
}

function installedVersions(): string {
  try {
    return dependencyVersions(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as Lockfile);
  } catch {
    return 'no package-lock.json';
  }
}

let codeKey: string | undefined;
function codeFingerprint(): string {
  if (!codeKey) {
    const hash = createHash('sha256').update(installedVersions()).update('\0');
    for (const file of SHAPING_CODE.flatMap((d) => tsFilesUnder(join(SRC, d))))
      hash.update(relative(SRC, file)).update('\0').update(readFileSync(file)).update('\0');
    codeKey = hash.digest('hex');
  }
  return codeKey;
}

/**
 * The cache key of a corpus: its files' names, sizes and modification times (to the nanosecond),
 * the code that indexes them and the versions of the libraries it calls, the format. Any write to
 * an article changes its time; reading every article's bytes instead made a start after a reboot
 * (nothing in the page cache) read the whole corpus: 1.6 s against 0.12 s at 3,000 articles.
 */
export function corpusKey(corpusDir: string): string {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\0${codeFingerprint()}\0`);
  for (const file of articleFiles(corpusDir)) {
    const { size, mtimeNs } = statSync(file, { bigint: true });
    hash.update(`${relative(corpusDir, file)}\0${size}\0${mtimeNs}\0`);
  }
  return hash.digest('hex');
}

interface CacheFile extends ReturnType<typeof packKnowledge> {
  format: number;
  key: string;
  problems: FileProblem[];
  index: SerializedPassageIndex;
}

/** Where the cache of a corpus folder lives: one file per folder, named after its absolute path. */
export function cachePath(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, `knowledge-${createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16)}.json`);
}

export type CacheOutcome = { status: 'hit' } | { status: 'built'; reason: string };

function readCache(path: string, key: string): { parts: KnowledgeParts; deadlineSources: string } | { miss: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { miss: 'no cache yet' };
  }
  try {
    const saved = JSON.parse(text) as Partial<CacheFile>;
    if (saved.format !== CACHE_FORMAT) return { miss: 'cache written by another version' };
    if (saved.key !== key) return { miss: 'corpus or indexing code changed' };
    if (
      !Array.isArray(saved.articles) ||
      !Array.isArray(saved.problems) ||
      !saved.index ||
      !Array.isArray(saved.extracted?.rates)
    )
      return { miss: 'cache file is incomplete' };
    const { articles, extracted, deadlineSources } = unpackKnowledge(saved.articles, saved.extracted);
    return {
      parts: {
        articles,
        extracted: { ...extracted, deadlineSources: {} },
        problems: saved.problems,
        index: saved.index,
      },
      deadlineSources,
    };
  } catch {
    return { miss: 'cache file is corrupt' };
  }
}

/**
 * JSON with every non-ASCII character escaped. News text has curly quotes and dashes in every
 * paragraph; one of them makes the whole file a two-byte string when read, twice the memory and a
 * slower parse at every start. Escaped, the file reads as a one-byte string.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Writes the cache of a knowledge base's parts to a temporary file first, so a crash mid-write
 * never leaves a half cache behind.
 */
function writeCache(
  path: string,
  key: string,
  { articles, problems, extracted, index }: Omit<KnowledgeParts, 'index'> & Pick<KnowledgeBase, 'index'>,
): void {
  mkdirSync(dirname(path), { recursive: true });
  const file: CacheFile = {
    format: CACHE_FORMAT,
    key,
    problems,
    ...packKnowledge(articles, extracted),
    index: index.toJSON(articles.flatMap((a: Article) => a.passages)),
  };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, asciiJson(file));
  renameSync(temporary, path);
}

/**
 * The knowledge base of a corpus folder, from the cache when its key matches; otherwise built and
 * saved. A corrupt, stale or unreadable cache is rebuilt, never trusted; a cache that cannot be
 * written is logged and the bot serves from memory.
 */
export function openKnowledgeBase(
  corpusDir: string,
  cacheDir: string,
  log: Logger,
): { kb: KnowledgeBase; cache: CacheOutcome } {
  const key = corpusKey(corpusDir);
  const path = cachePath(cacheDir, corpusDir);
  const cached = readCache(path, key);
  if ('parts' in cached) {
    try {
      const kb = assembleKnowledgeBase(corpusDir, cached.parts);
      deadlineSourcesWhenRead(kb, cached.deadlineSources);
      return { kb, cache: { status: 'hit' } };
    } catch (error) {
      log.warn({ err: error, path }, 'index cache could not be restored; rebuilding');
    }
  }
  const reason = 'miss' in cached ? cached.miss : 'cache could not be restored';
  const corpus = loadCorpus(corpusDir);
  const extracted = extract(corpus.articles);
  const kb = assembleKnowledgeBase(corpusDir, { ...corpus, extracted });
  try {
    writeCache(path, key, { ...corpus, extracted, index: kb.index });
  } catch (error) {
    log.warn({ err: error, path }, 'index cache could not be written; serving without it');
  }
  return { kb, cache: { status: 'built', reason } };
}

/** What the extractors found, as the knowledge base holds it now. */
function extractedOf(kb: KnowledgeBase): Extracted {
  return { deadlines: kb.deadlines, deadlineSources: kb.deadlineSources, rates: kb.rates, quotes: kb.quotes };
}

/**
 * Saves a knowledge base that changed while running (an article added live) as the cache of its
 * corpus folder, so the next start is a cache hit. A cache that cannot be written is logged.
 */
export function saveKnowledgeCache(kb: KnowledgeBase, cacheDir: string, log: Logger): void {
  const path = cachePath(cacheDir, kb.corpusDir);
  try {
    const { articles, problems, index } = kb;
    writeCache(path, corpusKey(kb.corpusDir), { articles, problems, extracted: extractedOf(kb), index });
  } catch (error) {
    log.warn({ err: error, path }, 'index cache could not be written; serving without it');
  }
}

/** Opens the knowledge base for serving: cached when possible, with what was skipped and why logged. */
export function openServingKnowledgeBase(corpusDir: string, cacheDir: string, log: Logger): KnowledgeBase {
  const { kb, cache } = openKnowledgeBase(corpusDir, cacheDir, log);
  for (const p of kb.problems) log.warn({ file: p.file, line: p.line }, `skipped ${p.file}:${p.line}: ${p.message}`);
  log.info(
    {
      corpus: corpusDir,
      articles: kb.articles.length,
      passages: kb.passages.length,
      cache: cache.status,
      ...(cache.status === 'built' ? { reason: cache.reason } : {}),
    },
    'knowledge base ready',
  );
  return kb;
}

/** Size in bytes of a corpus's cache file (for the benchmark), or 0. */
export function cacheSize(cacheDir: string, corpusDir: string): number {
  try {
    return statSync(cachePath(cacheDir, corpusDir)).size;
  } catch {
    return 0;
  }
}
