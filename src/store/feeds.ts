import type { Database } from 'better-sqlite3';

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
  state(url: string): FeedState;
  all(): FeedState[];
  saveState(state: FeedState): void;
  /** How often an item was tried, and the article it became (a corpus file path), if any. */
  item(feed: string, guid: string): { article?: string; attempts: number } | undefined;
  saveItem(feed: string, guid: string, article: string | undefined, now: number): void;
  movedTo(url: string): string | undefined;
  saveMoved(from: string, to: string, now: number): void;
}

export function feedStore(db: Database): FeedStore {
  const get = db.prepare<[string], Row>('SELECT * FROM feed_state WHERE url = ?');
  const all = db.prepare<[], Row>('SELECT * FROM feed_state ORDER BY url');
  const save = db.prepare(
    `INSERT INTO feed_state (url, etag, last_modified, last_poll, last_new, last_error, quiet_polls, retry_at, gone)
     VALUES (@url, @etag, @last_modified, @last_poll, @last_new, @last_error, @quiet_polls, @retry_at, @gone)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       last_poll = excluded.last_poll, last_new = excluded.last_new, last_error = excluded.last_error,
       quiet_polls = excluded.quiet_polls, retry_at = excluded.retry_at, gone = excluded.gone`,
  );
  const item = db.prepare<[string, string], { article: string | null; attempts: number }>(
    'SELECT article, attempts FROM feed_items WHERE feed = ? AND guid = ?',
  );
  const saveItem = db.prepare(
    `INSERT INTO feed_items (feed, guid, article, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (feed, guid) DO UPDATE SET article = excluded.article, attempts = attempts + 1`,
  );
  const moved = db.prepare<[string], { to_url: string }>('SELECT to_url FROM moved_urls WHERE from_url = ?');
  const saveMoved = db.prepare(
    'INSERT INTO moved_urls (from_url, to_url, at) VALUES (?, ?, ?) ON CONFLICT (from_url) DO UPDATE SET to_url = excluded.to_url, at = excluded.at',
  );
  return {
    state: (url) => {
      const row = get.get(url);
      return row ? fromRow(row) : { url, quietPolls: 0, retryAt: 0, gone: false };
    },
    all: () => all.all().map(fromRow),
    saveState: (s) => {
      save.run({
        url: s.url,
        etag: s.etag ?? null,
        last_modified: s.lastModified ?? null,
        last_poll: s.lastPoll ?? null,
        last_new: s.lastNew ?? null,
        last_error: s.lastError ?? null,
        quiet_polls: s.quietPolls,
        retry_at: s.retryAt,
        gone: s.gone ? 1 : 0,
      });
    },
    item: (feed, guid) => {
      const row = item.get(feed, guid);
      return row ? { ...(row.article !== null ? { article: row.article } : {}), attempts: row.attempts } : undefined;
    },
    saveItem: (feed, guid, article, now) => {
      saveItem.run(feed, guid, article ?? null, now);
    },
    movedTo: (url) => moved.get(url)?.to_url,
    saveMoved: (from, to, now) => {
      saveMoved.run(from, to, now);
    },
  };
}
