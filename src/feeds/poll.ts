import type { CorpusIdentity } from '../corpus/identity.ts';
import { preparePage, writeArticle, type Prepared } from '../corpus/ingest.ts';
import { MAX_FEED_BYTES, type PoliteFetcher } from '../fetch/polite-fetcher.ts';
import type { FeedStore, FeedState } from '../store/feeds.ts';
import { decodeBytes } from '../web/decode.ts';
import { fetchArticle } from '../web/fetch-article.ts';
import { passesFilters, type Feed } from './feeds-file.ts';
import { readFeedItems, type FeedItem } from './parse-feed.ts';

export interface PollDeps {
  corpusDir: string;
  fetcher: PoliteFetcher;
  feeds: FeedStore;
  /** The corpus's articles by text and URL, kept current as articles are written. */
  identity: () => CorpusIdentity;
  /** Called with each article file written (new, or a known one that gained an outlet). */
  onWritten: (path: string) => void;
  now: () => number;
}

/** One line per new article, per duplicate that gained an outlet, and per failure. */
export interface PollLine {
  feed: string;
  kind: 'new' | 'also' | 'error' | 'skipped';
  text: string;
}

/** An item whose page could not be read is tried again at the next polls, this many times in all. */
const MAX_ATTEMPTS = 3;
/** An item without its page is kept only when its own text is at least this long. */
const MIN_ITEM_TEXT = 200;
/** A feed with nothing new is polled less often: the interval doubles, up to this many times longer. */
const MAX_BACKOFF = 4;
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Whether a feed is due: not gone, no Retry-After pending, and (unless asked now) its backed-off interval over. */
export function isDue(state: FeedState, now: number, intervalMs?: number): boolean {
  if (state.gone || state.retryAt > now) return false;
  if (intervalMs === undefined || state.lastPoll === undefined) return true;
  return now >= state.lastPoll + intervalMs * Math.min(MAX_BACKOFF, 2 ** state.quietPolls) - 1000;
}

function today(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** The item as an article from its own text, for when its page cannot be read (or it has no link). */
function fromItem(
  feed: Feed,
  item: FeedItem,
  now: number,
  provenance: { origin: 'feed'; feed: string; added: string },
): Prepared | undefined {
  if (item.paragraphs.join(' ').length < MIN_ITEM_TEXT) return undefined;
  const host = new URL(item.link ?? feed.url).hostname.replace(/^www\./, '');
  return preparePage(
    item.link ?? feed.url,
    {
      ...(item.title ? { title: item.title } : {}),
      outlet: feed.outlet ?? host,
      url: item.link ?? feed.url,
      paragraphs: item.paragraphs,
    },
    { fallbackDate: item.published ?? today(now) },
    provenance,
  );
}

async function ingestItem(feed: Feed, item: FeedItem, deps: PollDeps): Promise<PollLine | undefined> {
  const seen = await deps.feeds.item(feed.url, item.id);
  if (seen && (seen.article !== undefined || seen.attempts >= MAX_ATTEMPTS)) return undefined;
  const now = deps.now();
  if (!passesFilters(feed, [item.title ?? '', ...item.paragraphs].join(' '))) {
    await deps.feeds.saveItem(feed.url, item.id, 'filtered', now);
    return undefined;
  }
  // The same link as an article we have: nothing to fetch.
  const known = item.link ? deps.identity().withUrl(item.link) : undefined;
  if (known) {
    await deps.feeds.saveItem(feed.url, item.id, known.file, now);
    return undefined;
  }
  const provenance = { origin: 'feed' as const, feed: feed.url, added: new Date(now).toISOString() };
  const meta = { ...(feed.outlet ? { outlet: feed.outlet } : {}), fallbackDate: item.published ?? today(now) };
  let prepared: Prepared | undefined;
  let pageError: string | undefined;
  if (item.link) {
    prepared = await fetchArticle(item.link, deps.fetcher, meta, provenance);
    if (!prepared.ok) {
      pageError = prepared.error;
      prepared = undefined;
    }
  }
  prepared ??= fromItem(feed, item, now, provenance);
  if (!prepared || !prepared.ok) {
    await deps.feeds.saveItem(feed.url, item.id, undefined, now);
    return {
      feed: feed.url,
      kind: 'error',
      text: pageError ?? (prepared ? prepared.error : `${item.id}: no link and too little text`),
    };
  }
  const result = writeArticle(deps.corpusDir, prepared.article, deps.identity());
  await deps.feeds.saveItem(feed.url, item.id, result.path, now);
  if (result.duplicate && !result.alsoAdded) return undefined;
  deps.onWritten(result.path);
  const { title, outlet } = prepared.article.frontMatter;
  return result.duplicate
    ? { feed: feed.url, kind: 'also', text: `${result.path} (already in the corpus; now also from ${outlet})` }
    : { feed: feed.url, kind: 'new', text: `${result.path} — ${title} (${outlet})` };
}

/**
 * Polls one feed: a conditional GET (ETag, Last-Modified), then each item not seen before becomes
 * an article (its page read like a link; its own text when the page cannot be), oldest first.
 * Everything learnt is saved, so the next poll (or the next process) goes on from here.
 */
export async function pollFeed(feed: Feed, deps: PollDeps): Promise<PollLine[]> {
  const state = await deps.feeds.state(feed.url);
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const got = await deps.fetcher.get(feed.url, MAX_FEED_BYTES, headers);
  const next: FeedState = { ...state, lastPoll: deps.now() };
  const fail = async (error: string): Promise<PollLine[]> => {
    await deps.feeds.saveState({ ...next, lastError: error });
    return [{ feed: feed.url, kind: 'error', text: error }];
  };
  if (!got.ok) {
    if (got.gone) next.gone = true;
    if (got.retryAt) next.retryAt = got.retryAt;
    return fail(got.gone ? `${got.error}; the feed is no longer polled (remove it from feeds.yaml)` : got.error);
  }
  const { response } = got;
  if (response.status === 304) {
    await deps.feeds.saveState({ ...next, quietPolls: state.quietPolls + 1, lastError: undefined });
    return [];
  }
  const parsed = readFeedItems(decodeBytes(response.body, response.headers['content-type']).text);
  if ('error' in parsed) return fail(parsed.error);
  const lines: PollLine[] = [];
  for (const item of [...parsed.items].reverse()) {
    const line = await ingestItem(feed, item, deps);
    if (line) lines.push(line);
  }
  const found = lines.some((l) => l.kind === 'new' || l.kind === 'also');
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  await deps.feeds.saveState({
    ...next,
    etag,
    lastModified,
    quietPolls: found ? 0 : state.quietPolls + 1,
    ...(found ? { lastNew: deps.now() } : {}),
    lastError: lines.find((l) => l.kind === 'error')?.text,
  });
  return lines;
}

/** Polls every due feed (hosts in parallel; each host one request at a time, spaced). */
export async function pollFeeds(feeds: readonly Feed[], deps: PollDeps, intervalMs?: number): Promise<PollLine[]> {
  const now = deps.now();
  const states = await Promise.all(feeds.map((f) => deps.feeds.state(f.url)));
  const due = feeds.filter((_, i) => isDue(states[i]!, now, intervalMs));
  const results = await Promise.all(due.map((f) => pollFeed(f, deps)));
  return results.flat();
}
