import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { repairMojibake } from '../text/mojibake.ts';
import { splitSentences } from '../text/sentences.ts';
import type { PageArticle } from '../web/page-article.ts';
import { CorpusIdentity } from './identity.ts';
import { displayPath, loadCorpus } from './load.ts';
import { FrontMatterSchema, parseArticleFile, type FrontMatter } from './front-matter.ts';
import { dropPromotedHeadlines, isBoilerplate } from './boilerplate.ts';
import { splitParagraphs, splitRawParagraphs } from './paragraphs.ts';
import { foldAccents } from '../text/accents.ts';

/** What the operator says about an article; anything left out is read from the text or page when it can be. */
export interface IngestMeta {
  date?: string;
  title?: string;
  outlet?: string;
  url?: string;
  author?: string;
  /** The date when the text or page states none (a feed item's date). */
  fallbackDate?: string;
}

/** Where an article came from and when it was added: recorded in its front matter, shown by `/sources`. */
export interface Provenance {
  origin: 'file' | 'link' | 'feed';
  feed?: string;
  /** ISO 8601. */
  added: string;
}

export interface PreparedArticle {
  frontMatter: FrontMatter;
  paragraphs: string[];
}

export type Prepared = { ok: true; article: PreparedArticle; warnings: string[] } | { ok: false; error: string };

/** A leading ` date YYYY-MM-DD ` marker, as some exports put before the text. */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/i;
/** A first paragraph this short, with no full stop at its end, is the headline. */
const MAX_TITLE_LENGTH = 120;
/** A title made from a first sentence is cut (at a word) to this length. */
const MADE_TITLE_LENGTH = 90;

function isHeadline(paragraph: string): boolean {
  return paragraph.length <= MAX_TITLE_LENGTH && !/[.!?:;,]["”’']?$/.test(paragraph);
}

/** The first sentence of the text, cut at a word with an ellipsis when long: a title for text that has none. */
export function titleFromText(paragraph: string): string {
  const span = splitSentences(paragraph)[0];
  const sentence = (span ? paragraph.slice(span.start, span.end) : paragraph).trim().replace(/[.!?]+$/, '');
  if (sentence.length <= MADE_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, MADE_TITLE_LENGTH + 1);
  const atWord = cut.lastIndexOf(' ') > MADE_TITLE_LENGTH / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, MADE_TITLE_LENGTH);
  return `${atWord.replace(/[\s,;:–—-]+$/, '')}…`;
}

interface Fields extends IngestMeta {
  provenance?: Provenance | undefined;
}

/** Validates the fields into front matter; the reason, naming `source`, when something is missing. */
function complete(source: string, fields: Fields, paragraphs: string[], warnings: string[]): Prepared {
  if (!fields.date) return { ok: false, error: `${source}: no publication date found; pass --date YYYY-MM-DD` };
  if (!fields.title) return { ok: false, error: `${source}: no title found; pass --title "…"` };
  if (!fields.outlet) return { ok: false, error: `${source}: no outlet given; pass --outlet "…"` };
  if (paragraphs.length === 0) return { ok: false, error: `${source}: no article text left after removing boilerplate` };
  const { provenance } = fields;
  const parsed = FrontMatterSchema.safeParse({
    title: fields.title,
    outlet: fields.outlet,
    published: fields.date,
    url: fields.url,
    author: fields.author,
    ...(provenance && provenance.origin !== 'file' ? { origin: provenance.origin } : {}),
    feed: provenance?.feed,
    added: provenance?.added,
  });
  if (!parsed.success)
    return { ok: false, error: `${source}: ${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}` };
  const frontMatter = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as FrontMatter;
  return { ok: true, article: { frontMatter, paragraphs }, warnings };
}

/**
 * Turns raw article text into front matter and paragraphs, or says (naming `source`) what is
 * missing. Text without a headline line gets its first sentence as the title, with a warning.
 */
export function prepareArticle(source: string, raw: string, meta: IngestMeta, provenance?: Provenance): Prepared {
  let text = repairMojibake(raw.replace(/^\uFEFF/, ''));
  const marker = DATE_MARKER.exec(text);
  if (marker) text = text.slice(marker[0].length);
  let paragraphs = dropPromotedHeadlines(splitRawParagraphs(text)).filter((p) => !isBoilerplate(p));
  const first = paragraphs[0];
  const headline = first !== undefined && paragraphs.length > 1 && isHeadline(first) ? first : undefined;
  if (headline) paragraphs = paragraphs.slice(1);
  const warnings: string[] = [];
  const date = meta.date ?? marker?.[1];
  if (!date) return { ok: false, error: `${source}: no publication date found in the text; pass --date YYYY-MM-DD` };
  let title = meta.title ?? headline;
  if (!title && paragraphs[0] !== undefined) {
    title = titleFromText(paragraphs[0]);
    warnings.push(`${source}: no headline line; the title is the first sentence: “${title}” (pass --title to set one)`);
  }
  return complete(source, { ...meta, date, title, provenance }, paragraphs, warnings);
}

/** Front matter and paragraphs from a page read by `readPage`; the operator's values win over the page's. */
export function preparePage(source: string, page: PageArticle, meta: IngestMeta, provenance: Provenance): Prepared {
  const paragraphs = dropPromotedHeadlines(page.paragraphs).filter((p) => !isBoilerplate(p));
  // A page without a machine-readable date may still open with a date marker.
  const marker = paragraphs[0] !== undefined ? DATE_MARKER.exec(`${paragraphs[0]} `) : null;
  const date = meta.date ?? page.published?.date ?? marker?.[1] ?? meta.fallbackDate;
  if (!date) return { ok: false, error: `${source}: the page states no publication date (no JSON-LD datePublished, article:published_time, <time> or date line); pass --date YYYY-MM-DD` };
  const warnings: string[] = [];
  let title = meta.title ?? page.title;
  if (!title && paragraphs[0] !== undefined) {
    title = titleFromText(paragraphs[0]);
    warnings.push(`${source}: the page has no headline; the title is the first sentence: “${title}”`);
  }
  return complete(
    source,
    { date, title, outlet: meta.outlet ?? page.outlet, url: meta.url ?? page.url, author: meta.author ?? page.author, provenance },
    paragraphs,
    warnings,
  );
}

const MAX_SLUG_LENGTH = 60;

/** `2025-05-30-scott-bessent-says-us-china-trade-talks`: date, then the title's whole words, at most 60 characters. */
export function articleSlug(frontMatter: FrontMatter): string {
  const words = foldAccents(frontMatter.title)
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const slug = `${frontMatter.published}-${words}`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

export function renderArticleFile(article: PreparedArticle): string {
  return `---\n${stringify(article.frontMatter, { lineWidth: 0 })}---\n\n${article.paragraphs.join('\n\n')}\n`;
}

export interface IngestResult {
  path: string;
  /** True when the corpus already held this text or URL: no new article was written. */
  duplicate: boolean;
  /** A duplicate from another outlet or URL: recorded in the existing article's `also`. */
  alsoAdded?: boolean;
}

/** Adds `outlet` and `url` to an article file's `also` list, unless it names them already. */
function recordAlso(path: string, outlet: string, url: string | undefined): boolean {
  const parsed = parseArticleFile(path, readFileSync(path, 'utf8'));
  if (!parsed.ok) return false;
  const { frontMatter, body } = parsed.article;
  const carriers = [{ outlet: frontMatter.outlet, url: frontMatter.url }, ...(frontMatter.also ?? [])];
  if (carriers.some((c) => c.outlet === outlet && (c.url === url || !url))) return false;
  const also = [...(frontMatter.also ?? []), url ? { outlet, url } : { outlet }];
  writeFileSync(path, renderArticleFile({ frontMatter: { ...frontMatter, also }, paragraphs: splitParagraphs(body) }));
  return true;
}

/**
 * Writes the article into `corpusDir/articles/`, unless the corpus already has its text or its
 * URL: then the existing article gains this outlet and URL (a wire story keeps one article with
 * every outlet that carried it). `identity` is the corpus's; read from the folder when not given.
 */
export function writeArticle(corpusDir: string, article: PreparedArticle, identity?: CorpusIdentity): IngestResult {
  const dir = join(corpusDir, 'articles');
  mkdirSync(dir, { recursive: true });
  const known = (identity ?? CorpusIdentity.of(loadCorpus(corpusDir).articles)).find(article.paragraphs, article.frontMatter.url);
  if (known) {
    // Named the way the caller names the corpus folder (absolute or relative).
    const path = isAbsolute(dir) ? resolve(known.file) : displayPath(resolve(known.file));
    const alsoAdded = recordAlso(path, article.frontMatter.outlet, article.frontMatter.url);
    return alsoAdded ? { path, duplicate: true, alsoAdded } : { path, duplicate: true };
  }
  const slug = articleSlug(article.frontMatter);
  let path = join(dir, `${slug}.md`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${slug}-${n}.md`);
  writeFileSync(path, renderArticleFile(article));
  return { path, duplicate: false };
}
