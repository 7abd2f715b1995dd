import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { repairMojibake } from '../text/mojibake.ts';

/** What a news page says about its article; every field is read from the page, none invented. */
export interface PageArticle {
  title?: string;
  /** `og:site_name`, the JSON-LD publisher, else the host without `www.`. */
  outlet: string;
  /** YYYY-MM-DD as the page states it, with where it was found. */
  published?: { date: string; from: 'json-ld' | 'meta' | 'time' };
  author?: string;
  /** The page's canonical URL (`<link rel=canonical>`, `og:url`), else the URL it was fetched from. */
  url: string;
  paragraphs: string[];
}

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };
type Doc = ReturnType<typeof parseHTML>['document'];

/** Elements whose start and end are paragraph breaks; their text is a passage of its own. */
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE TABLE TR TD TH DL DT DD HR'.split(
    ' ',
  ),
);
/** Never article text: captions, media, widgets. */
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE FIGURE FIGCAPTION PICTURE SVG IFRAME FORM BUTTON NAV ASIDE'.split(' '),
);

const clean = (text: string) => repairMojibake(text.replace(/\s+/g, ' ').trim());

/**
 * Splits Readability's HTML into paragraphs at block elements (its `textContent` runs them
 * together); a double `<br>` is a break too.
 */
export function htmlParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let current = '';
  let breaks = 0;
  const flush = () => {
    const text = clean(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim()) breaks = 0;
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      if (++breaks >= 2) flush();
      else current += ' ';
      return;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body as unknown as Node);
  flush();
  return paragraphs;
}

/** The date part of an ISO date or date-time as written (the publisher's own day), else any date Date can read. */
export function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : undefined;
}

type Json = Record<string, unknown>;

/** Every object of the page's JSON-LD blocks (through arrays and `@graph`). */
function jsonLd(document: Doc): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Json);
      if ('@graph' in value) visit((value as Json)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as {
    textContent: string | null;
  }[]) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return found;
}

const isArticle = (o: Json) => /Article|Posting|Report/.test(String(o['@type'] ?? ''));
const nameOf = (value: unknown): string | undefined => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || undefined;
  if (first && typeof first === 'object' && typeof (first as Json).name === 'string')
    return ((first as Json).name as string).trim() || undefined;
  return undefined;
};

function meta(document: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The headline repeated, or a short line without a sentence's end ("By Ana Ruiz", "Updated 2 hours ago"). */
function isPreamble(paragraph: string, title: string): boolean {
  if (paragraph.toLowerCase() === title.toLowerCase()) return true;
  return paragraph.split(' ').length <= 6 && !/[.!?"”’]$/.test(paragraph);
}

/** A `<title>` without the site name it often ends with ("Talks stall | The Ledger"); the page's heading when the title starts with it. */
function pageTitle(title: string, heading: string, outlet: string): string {
  if (heading && title.startsWith(heading)) return heading;
  const suffix = new RegExp(`\\s+[|–—-]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(suffix, '') || heading;
}

/** Reads the article of an HTML page fetched from `url`. No script of the page is run. */
export function readPage(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const article = ld.find(isArticle) ?? ld.find((o) => 'datePublished' in o) ?? {};

  const ldDate = dateOf(article.datePublished);
  const metaDate = dateOf(
    meta(
      document,
      'article:published_time',
      'datePublished',
      'pubdate',
      'date',
      'dc.date',
      'DC.date.issued',
      'parsely-pub-date',
    ),
  );
  const timeDate = dateOf(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const published = ldDate
    ? { date: ldDate, from: 'json-ld' as const }
    : metaDate
      ? { date: metaDate, from: 'meta' as const }
      : timeDate
        ? { date: timeDate, from: 'time' as const }
        : undefined;

  const canonical =
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    absolute(meta(document, 'og:url'), url) ??
    url;
  const host = new URL(canonical).hostname.replace(/^www\./, '');
  const outlet = meta(document, 'og:site_name') ?? nameOf(article.publisher) ?? host;
  const ldTitle = typeof article.headline === 'string' ? article.headline : undefined;
  const metaTitle = ldTitle ?? meta(document, 'og:title', 'twitter:title');
  const ldAuthor = nameOf(article.author) ?? meta(document, 'author', 'article:author');
  const heading = clean(document.querySelector('h1')?.textContent ?? '');

  // Readability rewrites the document it is given, so it runs last.
  const readable = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  const title = clean(metaTitle ?? pageTitle(readable?.title ?? '', heading, outlet));
  const author = ldAuthor ?? readable?.byline ?? undefined;
  const paragraphs = htmlParagraphs(readable?.content ?? '');
  // The headline again, a byline, a time stamp: short lines before the text, not passages of it.
  while (paragraphs.length > 1 && isPreamble(paragraphs[0] ?? '', title)) paragraphs.shift();
  return {
    ...(title ? { title } : {}),
    outlet: clean(outlet),
    ...(published ? { published } : {}),
    ...(author && !/^https?:/.test(author) ? { author: clean(author.replace(/^by\s+/i, '')) } : {}),
    url: canonical,
    paragraphs,
  };
}
