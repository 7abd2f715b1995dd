import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { articleFiles } from './load.ts';
import { FrontMatterSchema, parseArticleFile, type FrontMatter } from './front-matter.ts';
import { isBoilerplate } from './boilerplate.ts';
import { splitParagraphs } from './paragraphs.ts';

/** What the operator says about a raw article; anything left out is read from the text when it can be. */
export interface IngestMeta {
  date?: string;
  title?: string;
  outlet?: string;
  url?: string;
  author?: string;
}

export interface PreparedArticle {
  frontMatter: FrontMatter;
  paragraphs: string[];
}

/** A leading ` date YYYY-MM-DD ` marker, as some exports put before the text. */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/i;
/** A first paragraph this short, with no full stop at its end, is the headline. */
const MAX_TITLE_LENGTH = 120;

function isHeadline(paragraph: string): boolean {
  return paragraph.length <= MAX_TITLE_LENGTH && !/[.!?:;,]["”’']?$/.test(paragraph);
}

/** Turns raw article text into front matter and paragraphs, or says (naming `source`) what is missing. */
export function prepareArticle(source: string, raw: string, meta: IngestMeta): { ok: true; article: PreparedArticle } | { ok: false; error: string } {
  let text = raw.replace(/^\uFEFF/, '');
  const marker = DATE_MARKER.exec(text);
  if (marker) text = text.slice(marker[0].length);
  let paragraphs = splitParagraphs(text).filter((p) => !isBoilerplate(p));
  const first = paragraphs[0];
  const headline = first !== undefined && paragraphs.length > 1 && isHeadline(first) ? first : undefined;
  if (headline) paragraphs = paragraphs.slice(1);

  const published = meta.date ?? marker?.[1];
  if (!published) return { ok: false, error: `${source}: no publication date found in the text; pass --date YYYY-MM-DD` };
  const title = meta.title ?? headline;
  if (!title) return { ok: false, error: `${source}: no title found (the first line is not a short headline); pass --title "…"` };
  if (!meta.outlet) return { ok: false, error: `${source}: no outlet given; pass --outlet "…"` };
  if (paragraphs.length === 0) return { ok: false, error: `${source}: no article text left after removing boilerplate` };

  const parsed = FrontMatterSchema.safeParse({ title, outlet: meta.outlet, published, url: meta.url, author: meta.author });
  if (!parsed.success) return { ok: false, error: `${source}: ${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}` };
  const frontMatter = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as FrontMatter;
  return { ok: true, article: { frontMatter, paragraphs } };
}

const MAX_SLUG_LENGTH = 60;

/** `2025-05-30-scott-bessent-says-us-china-trade-talks`: date, then the title's whole words, at most 60 characters. */
export function articleSlug(frontMatter: FrontMatter): string {
  const words = frontMatter.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const slug = `${frontMatter.published}-${words}`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

/** Identity of an article's text: the same paragraphs give the same hash, whatever the wrapping. */
function bodyHash(paragraphs: string[]): string {
  return createHash('sha256').update(paragraphs.join('\n\n')).digest('hex');
}

export function renderArticleFile(article: PreparedArticle): string {
  return `---\n${stringify(article.frontMatter, { lineWidth: 0 })}---\n\n${article.paragraphs.join('\n\n')}\n`;
}

export interface IngestResult {
  path: string;
  /** True when the corpus already held this text: nothing was written. */
  duplicate: boolean;
}

/** Writes the article into `corpusDir/articles/`, unless an article with the same text is already there. */
export function writeArticle(corpusDir: string, article: PreparedArticle): IngestResult {
  const dir = join(corpusDir, 'articles');
  mkdirSync(dir, { recursive: true });
  const hash = bodyHash(article.paragraphs);
  for (const path of articleFiles(corpusDir)) {
    const parsed = parseArticleFile(path, readFileSync(path, 'utf8'));
    if (parsed.ok && bodyHash(splitParagraphs(parsed.article.body)) === hash) return { path, duplicate: true };
  }
  const slug = articleSlug(article.frontMatter);
  let path = join(dir, `${slug}.md`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${slug}-${n}.md`);
  writeFileSync(path, renderArticleFile(article));
  return { path, duplicate: false };
}
