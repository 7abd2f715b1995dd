import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { asDatabaseError, DatabaseError } from './errors.ts';
import { migrate } from './migrations.ts';
import type { Sql, SqlValue } from './sql.ts';

export interface SqliteOptions {
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
export function openDatabase(path: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: SqliteOptions = {}): Database {
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

/**
 * `Sql` over one better-sqlite3 connection. Statements run synchronously; what makes it async is
 * the transaction: while one awaits between its statements, statements from elsewhere (another
 * command, the scheduler) wait for it rather than slip into it on the shared connection.
 */
export function sqliteSql(db: Database): Sql {
  const path = db.name;
  const statements = new Map<string, Statement<SqlValue[]>>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare<SqlValue[]>(text)));
    return statement;
  };
  /** Set inside a transaction's own calls. */
  const inside = new AsyncLocalStorage<true>();
  /** Transactions queue on this chain; `busy` while one is open on the connection. */
  let tail: Promise<void> = Promise.resolve();
  let busy = false;
  const guard = async <T>(fn: () => T): Promise<T> => {
    if (!inside.getStore()) while (busy) await tail;
    // Checked and run in one synchronous step: nothing can open a transaction in between.
    try {
      return fn();
    } catch (error) {
      throw asDatabaseError(error, path);
    }
  };

  return {
    dialect: 'sqlite',
    all: <R>(text: string, params: readonly SqlValue[] = []) => guard(() => prepared(text).all(...params) as R[]),
    get: <R>(text: string, params: readonly SqlValue[] = []) =>
      guard(() => prepared(text).get(...params) as R | undefined),
    run: (text, params = []) => guard(() => prepared(text).run(...params).changes),
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (inside.getStore()) return fn();
      const previous = tail;
      let release = () => {};
      tail = new Promise<void>((resolve) => (release = resolve));
      await previous;
      busy = true;
      try {
        // IMMEDIATE: take the write lock first (waiting for it), rather than read and then fail at
        // once when another connection wrote meanwhile (SQLITE_BUSY_SNAPSHOT, which cannot wait).
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await inside.run(true, fn);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } catch (error) {
        throw asDatabaseError(error, path);
      } finally {
        busy = false;
        release();
      }
    },
    close: () => guard(() => void db.close()),
  };
}
