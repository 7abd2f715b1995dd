import type { Database } from 'better-sqlite3';
import { askFeedbackStore, type AskFeedbackStore } from './ask-feedback.ts';
import { deliveryStore, type DeliveryStore } from './deliveries.ts';
import { feedStore, type FeedStore } from './feeds.ts';
import { followStore, type FollowStore } from './follows.ts';
import { DatabaseError } from './errors.ts';
import { reminderStore, type ReminderStore } from './reminder-table.ts';
import { serverDeadlineStore, type ServerDeadlineStore } from './server-deadlines.ts';
import type { Sql } from './sql.ts';
import { openPostgres, type PostgresOptions } from './postgres.ts';
import { openDatabase, sqliteSql, type SqliteOptions } from './sqlite.ts';

export { openDatabase } from './sqlite.ts';

/**
 * The bot's own state (what is not in the corpus): server deadlines, reminders and their deliveries,
 * on SQLite or PostgreSQL. Every method is async and throws a `DatabaseError` when the database
 * itself fails (read-only, locked, full, corrupt, closed, unreachable); a write that fails changes nothing.
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
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store over a database connection (SQLite or PostgreSQL). */
export function storeOver(sql: Sql): BotStore {
  return {
    serverDeadlines: serverDeadlineStore(sql),
    reminders: reminderStore(sql),
    deliveries: deliveryStore(sql),
    askFeedback: askFeedbackStore(sql),
    feeds: feedStore(sql),
    follows: followStore(sql),
    transaction: (fn) => sql.transaction(fn),
    close: () => sql.close(),
  };
}

/** The store over an open SQLite connection (from `openDatabase`). */
export function storeOn(db: Database): BotStore {
  return storeOver(sqliteSql(db));
}

/** The SQLite store at `path` (`:memory:`: a private one, for tests). */
export function openStore(path: string, options?: SqliteOptions): BotStore {
  return storeOn(openDatabase(path, options));
}

/** Where the store lives: PostgreSQL when `DATABASE_URL` is set, else SQLite at `DATABASE_PATH`. */
export interface StoreLocation {
  DATABASE_PATH: string;
  DATABASE_URL?: string | undefined;
}

/** Opens (and migrates) the store at `location`; throws a `DatabaseError` when it cannot be used. */
export async function connectStore(location: StoreLocation, options?: PostgresOptions): Promise<BotStore> {
  if (location.DATABASE_URL) return storeOver(await openPostgres(location.DATABASE_URL, options));
  return openStore(location.DATABASE_PATH);
}

/**
 * `connectStore` for start-up: a database that cannot be used is reported on stderr (what is
 * wrong, where, what to do) and gives undefined, for exit code 1.
 */
export async function openStoreOrReport(location: StoreLocation): Promise<BotStore | undefined> {
  try {
    return await connectStore(location);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    console.error(`The bot cannot start: ${error.message}`);
    return undefined;
  }
}
