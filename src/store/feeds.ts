import type { Sql } from './sql.ts';

/** What polling a feed has learnt (times are Unix ms). */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastPoll?: number;
  lastNew?: number;
  lastError?: string;
  quietPolls: number;
  retryAt: number;
  gone: boolean;
}

interface Row {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_poll: number | null;
  last_new: number | null;
  last_error: string | null;
  quiet_polls: number;
  retry_at: number;
  gone: number;
}

const fromRow = (r: Row): FeedState => ({
  url: r.url,
  ...(r.etag !== null ? { etag: r.etag } : {}),
  ...(r.last_modified !== null ? { lastModified: r.last_modified } : {}),
  ...(r.last_poll !== null ? { lastPoll: r.last_poll } : {}),
  ...(r.last_new !== null ? { lastNew: r.last_new } : {}),
  ...(r.last_error !== null ? { lastError: r.last_error } : {}),
  quietPolls: r.quiet_polls,
  retryAt: r.retry_at,
  gone: r.gone === 1,
});

export interface FeedStore {
  state(url: string): Promise<FeedState>;
  all(): Promise<FeedState[]>;
  saveState(state: FeedState): Promise<void>;
  /** How often an item was tried, and the article it became (a corpus file path), if any. */
  item(feed: string, guid: string): Promise<{ article?: string; attempts: number } | undefined>;
  saveItem(feed: string, guid: string, article: string | undefined, now: number): Promise<void>;
  movedTo(url: string): Promise<string | undefined>;
  saveMoved(from: string, to: string, now: number): Promise<void>;
}

export function feedStore(sql: Sql): FeedStore {
  return {
    state: async (url) => {
      const row = await sql.get<Row>('SELECT * FROM feed_state WHERE url = ?', [url]);
      return row ? fromRow(row) : { url, quietPolls: 0, retryAt: 0, gone: false };
    },
    all: async () => (await sql.all<Row>('SELECT * FROM feed_state ORDER BY url')).map(fromRow),
    saveState: async (s) => {
      await sql.run(
        `INSERT INTO feed_state (url, etag, last_modified, last_poll, last_new, last_error, quiet_polls, retry_at, gone)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           last_poll = excluded.last_poll, last_new = excluded.last_new, last_error = excluded.last_error,
           quiet_polls = excluded.quiet_polls, retry_at = excluded.retry_at, gone = excluded.gone`,
        [
          s.url,
          s.etag ?? null,
          s.lastModified ?? null,
          s.lastPoll ?? null,
          s.lastNew ?? null,
          s.lastError ?? null,
          s.quietPolls,
          s.retryAt,
          s.gone ? 1 : 0,
        ],
      );
    },
    item: async (feed, guid) => {
      const row = await sql.get<{ article: string | null; attempts: number }>(
        'SELECT article, attempts FROM feed_items WHERE feed = ? AND guid = ?',
        [feed, guid],
      );
      return row ? { ...(row.article !== null ? { article: row.article } : {}), attempts: row.attempts } : undefined;
    },
    saveItem: async (feed, guid, article, now) => {
      await sql.run(
        `INSERT INTO feed_items (feed, guid, article, seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (feed, guid) DO UPDATE SET article = excluded.article, attempts = feed_items.attempts + 1`,
        [feed, guid, article ?? null, now],
      );
    },
    movedTo: async (url) =>
      (await sql.get<{ to_url: string }>('SELECT to_url FROM moved_urls WHERE from_url = ?', [url]))?.to_url,
    saveMoved: async (from, to, now) => {
      await sql.run(
        'INSERT INTO moved_urls (from_url, to_url, at) VALUES (?, ?, ?) ON CONFLICT (from_url) DO UPDATE SET to_url = excluded.to_url, at = excluded.at',
        [from, to, now],
      );
    },
  };
}
