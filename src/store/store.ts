import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { askFeedbackStore, type AskFeedbackStore } from './ask-feedback.ts';
import { deliveryStore, type DeliveryStore } from './deliveries.ts';
import { feedStore, type FeedStore } from './feeds.ts';
import { followStore, type FollowStore } from './follows.ts';
import { asDatabaseError, DatabaseError } from './errors.ts';
import { migrate } from './migrations.ts';
import { reminderStore, type ReminderStore } from './reminder-table.ts';
import { serverDeadlineStore, type ServerDeadlineStore } from './server-deadlines.ts';

/**
 * The bot's own state (what is not in the corpus): server deadlines, reminders and their deliveries.
 * Every method throws a `DatabaseError` when the database itself fails (read-only, locked, full,
 * corrupt, closed); a write that fails changes nothing.
 */
export interface BotStore {
  serverDeadlines: ServerDeadlineStore;
  reminders: ReminderStore;
  deliveries: DeliveryStore;
  /** `/ask` answers shown with vote buttons, and the votes. */
  askFeedback: AskFeedbackStore;
  /** Feed polling state, items seen, URLs moved for good. */
  feeds: FeedStore;
  /** `/follow`: follows, the articles each has looked at, their alerts (whose messages share `deliveries`). */
  follows: FollowStore;
  /** Runs `fn` in one transaction (nested calls join it): all its writes land, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface StoreOptions {
  /** How long a write waits for another connection's lock before it fails as locked. */
  busyTimeoutMs?: number;
}

/**
 * better-sqlite3 waits for a lock synchronously, freezing the event loop: a second outlasts another
 * shard's write (milliseconds) and still lets a blocked command answer within Discord's 3 seconds.
 */
const BUSY_TIMEOUT_MS = 1000;

/**
 * SQLite reads only the pages a query needs, so a damaged file can open cleanly and fail later,
 * mid-tick. Checked at start-up instead, before anything writes to it (cheap: the file is small).
 */
function checkIntact(db: Database): void {
  const result = String(db.pragma('quick_check', { simple: true }));
  if (result !== 'ok')
    throw new DatabaseError('corrupt', db.name, `PRAGMA quick_check: ${result.replace(/\s+/g, ' ').slice(0, 300)}`);
}

/** SQLite silently opens a file it may not write read-only; a write rolled back at once says so now, not at the first reminder. */
function checkWritable(db: Database): void {
  const version = Number(db.pragma('user_version', { simple: true }));
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/**
 * Opens (creating the folder and file on first run), checks and migrates the SQLite database at
 * `path`; `:memory:` gives a private one for tests. WAL lets `/remind list` read while the
 * scheduler writes. Throws a `DatabaseError` when it cannot be used, and never replaces the file.
 */
export function openDatabase(path: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: StoreOptions = {}): Database {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new BetterSqlite3(path);
    try {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      db.pragma('journal_mode = WAL');
      // FULL: a claim or a "sent" mark must survive a power cut, not only a crash of the bot.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      checkIntact(db);
      checkWritable(db);
      migrate(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    throw asDatabaseError(error, path);
  }
}

/** `methods` with every database fault they throw turned into a `DatabaseError` naming `path`. */
function guarded<T extends object>(methods: T, path: string): T {
  const wrap =
    (fn: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      try {
        return fn(...args);
      } catch (error) {
        throw asDatabaseError(error, path);
      }
    };
  return Object.fromEntries(
    Object.entries(methods).map(([name, value]) => [
      name,
      typeof value === 'function' ? wrap(value as (...args: unknown[]) => unknown) : value,
    ]),
  ) as T;
}

/** The store over an open connection (from `openDatabase`). */
export function storeOn(db: Database): BotStore {
  const path = db.name;
  return {
    serverDeadlines: guarded(serverDeadlineStore(db), path),
    reminders: guarded(reminderStore(db), path),
    deliveries: guarded(deliveryStore(db), path),
    askFeedback: guarded(askFeedbackStore(db), path),
    feeds: guarded(feedStore(db), path),
    follows: guarded(followStore(db), path),
    ...guarded(
      {
        // IMMEDIATE: take the write lock first (waiting for it), rather than read and then fail at
        // once when another connection wrote meanwhile (SQLITE_BUSY_SNAPSHOT, which cannot wait).
        transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
        close: () => db.close(),
      },
      path,
    ),
  };
}

export function openStore(path: string, options?: StoreOptions): BotStore {
  return storeOn(openDatabase(path, options));
}

/**
 * `openStore` for start-up: a database that cannot be used is reported on stderr (what is wrong,
 * where, what to do) and gives undefined, for exit code 1.
 */
export function openStoreOrReport(path: string): BotStore | undefined {
  try {
    return openStore(path);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    console.error(`The bot cannot start: ${error.message}`);
    return undefined;
  }
}
