import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitSentences } from '../text/sentences.ts';
import type { Article } from './article.ts';
import { parseArticleFile, type FileProblem } from './front-matter.ts';
import { splitParagraphs } from './paragraphs.ts';

/** A longer file is refused: no news article is this long, and one would slow every start-up. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export interface LoadedCorpus {
  /** Valid articles, newest first (then by id, so the order is stable). */
  articles: Article[];
  /** One entry per problem; a file with a problem is skipped, the rest are served. */
  problems: FileProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `file` as UTF-8 text, or says why it is not text. */
function readText(file: string): { text: string } | { error: string } {
  const size = statSync(file).size;
  if (size > MAX_ARTICLE_BYTES) return { error: `file is too large (${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)` };
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return { error: 'not a text file (it contains NUL bytes)' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'not a text file (it is not valid UTF-8)' };
  }
}

/** Parses one article file into an `Article`, or the problems that keep it out. */
export function loadArticle(file: string, id: string): { article: Article } | { problems: FileProblem[] } {
  const read = readText(file);
  if ('error' in read) return { problems: [{ file, line: 1, message: read.error }] };
  const parsed = parseArticleFile(file, read.text);
  if (!parsed.ok) return { problems: parsed.problems };
  const { frontMatter, body, bodyLine } = parsed.article;
  const paragraphs = splitParagraphs(body);
  if (paragraphs.length === 0) return { problems: [{ file, line: bodyLine, message: 'the article has no text after its front matter' }] };
  return {
    article: {
      id,
      ...frontMatter,
      file,
      passages: paragraphs.map((text, i) => ({ id: `${id}#${i + 1}`, articleId: id, paragraph: i + 1, text, sentences: splitSentences(text) })),
    },
  };
}

/** The article files of a corpus folder: `DIR/articles/*.md`, or `DIR/*.md` when there is no `articles/`. */
export function articleFiles(corpusDir: string): string[] {
  let dir = join(corpusDir, 'articles');
  try {
    if (!statSync(dir).isDirectory()) dir = corpusDir;
  } catch {
    dir = corpusDir;
  }
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

/** Loads every article of a corpus folder; broken files are reported and skipped. */
export function loadCorpus(corpusDir: string): LoadedCorpus {
  const articles: Article[] = [];
  const problems: FileProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of articleFiles(corpusDir)) {
    const file = displayPath(path);
    const id = articleIdOf(path);
    const first = seen.get(id);
    if (first) {
      problems.push({ file, line: 1, message: `same article id "${id}" as ${first}; rename one of them` });
      continue;
    }
    seen.set(id, file);
    const loaded = loadArticle(path, id);
    if ('problems' in loaded) problems.push(...loaded.problems.map((p) => ({ ...p, file })));
    else articles.push({ ...loaded.article, file });
  }
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  return { articles, problems };
}

/** A path as articles record it: relative to the working directory. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** An article's id: its file name without `.md`, lower-cased (so `A.md` and `a.md` collide visibly). */
export function articleIdOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '').toLowerCase();
}
