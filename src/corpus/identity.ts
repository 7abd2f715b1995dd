import { createHash } from 'node:crypto';
import type { Article } from './article.ts';

/**
 * Identity of an article's text: the same words give the same hash, whatever the wrapping,
 * punctuation style or case, so a wire story carried by two sites is one article.
 */
export function textHash(paragraphs: readonly string[]): string {
  const words = paragraphs
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('hex');
}

/** A URL as an identity: no fragment, no tracking parameters, no trailing slash, host in lower case. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()])
      if (/^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)/i.test(name)) u.searchParams.delete(name);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

export interface KnownArticle {
  id: string;
  /** The article file. */
  file: string;
}

/** The corpus's articles by text and by every URL that carried them: how a duplicate is recognised. */
export class CorpusIdentity {
  private readonly byText = new Map<string, KnownArticle>();
  private readonly byUrl = new Map<string, KnownArticle>();

  static of(articles: readonly Article[]): CorpusIdentity {
    const identity = new CorpusIdentity();
    for (const a of articles) identity.add(a, a.passages.map((p) => p.text));
    return identity;
  }

  add(article: Pick<Article, 'id' | 'file' | 'url' | 'also'>, paragraphs: readonly string[]): void {
    const known = { id: article.id, file: article.file };
    this.byText.set(textHash(paragraphs), known);
    for (const url of [article.url, ...(article.also ?? []).map((a) => a.url)])
      if (url) this.byUrl.set(urlKey(url), known);
  }

  /** The article already holding this URL, if any. */
  withUrl(url: string): KnownArticle | undefined {
    return this.byUrl.get(urlKey(url));
  }

  /** The article already holding this text or this URL, if any. */
  find(paragraphs: readonly string[], url?: string): KnownArticle | undefined {
    return this.byText.get(textHash(paragraphs)) ?? (url ? this.withUrl(url) : undefined);
  }
}
