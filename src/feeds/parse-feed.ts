import { parseFeed } from 'feedsmith';
import { dateOf, htmlParagraphs } from '../web/page-article.ts';

/** One item of a feed, whatever its format. */
export interface FeedItem {
  /** The GUID (or Atom id, JSON Feed id), else the link: what makes it the same item next time. */
  id: string;
  link?: string;
  title?: string;
  /** YYYY-MM-DD, when the feed gives a date. */
  published?: string;
  /** The item's own text (content, else summary) as paragraphs: used when its page cannot be read. */
  paragraphs: string[];
}

type Loose = Record<string, unknown>;

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose).value === 'string')
    return (value as Loose).value as string;
  return undefined;
};

function atomLink(entry: Loose): string | undefined {
  const links = (entry.links as Loose[] | undefined) ?? [];
  const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  return typeof link?.href === 'string' ? link.href : undefined;
}

function normalise(item: Loose, format: string): FeedItem | undefined {
  const atom = format === 'atom';
  const json = format === 'json';
  const link = atom ? atomLink(item) : text(json ? item.url : item.link);
  const guid = text(item.guid) ?? text(item.id) ?? text((item.rdf as Loose | undefined)?.about);
  const id = guid ?? link;
  if (!id) return undefined;
  const dc = item.dc as Loose | undefined;
  const date =
    dateOf(item.pubDate) ??
    dateOf(item.published) ??
    dateOf(item.date_published) ??
    dateOf(item.updated) ??
    dateOf(item.date_modified) ??
    dateOf((dc?.dates as unknown[] | undefined)?.[0]) ??
    dateOf(dc?.date);
  const content = item.content as Loose | string | undefined;
  const body =
    text((content as Loose | undefined)?.encoded) ??
    text(json ? (item.content_html ?? item.content_text) : content) ??
    text(item.summary) ??
    text(item.description) ??
    '';
  const title = text(item.title)?.trim();
  return {
    id: id.trim(),
    ...(link ? { link: link.trim() } : {}),
    ...(title ? { title } : {}),
    ...(date ? { published: date } : {}),
    paragraphs: /<[a-z][^>]*>/i.test(body)
      ? htmlParagraphs(body)
      : body
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
  };
}

/**
 * The items of an RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed document (feedsmith: bare `&`, HTML
 * entities and missing dates are taken in stride), or why it is not a feed.
 */
export function readFeedItems(source: string): { items: FeedItem[] } | { error: string } {
  try {
    const { format, feed } = parseFeed(source) as { format: string; feed: Loose };
    const raw = ((format === 'atom' ? feed.entries : feed.items) as Loose[] | undefined) ?? [];
    return { items: raw.map((item) => normalise(item, format)).filter((i): i is FeedItem => i !== undefined) };
  } catch (error) {
    return { error: `not a feed (RSS, Atom, RDF or JSON Feed): ${(error as Error).message.split('\n')[0]}` };
  }
}
