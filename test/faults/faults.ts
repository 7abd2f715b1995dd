import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { openDatabase, storeOn, type BotStore } from '../../src/store/store.ts';

/**
 * Database faults, made with SQLite itself rather than with mocks:
 * - read-only: `PRAGMA query_only` on the bot's own connection (tests run as root, whom file
 *   permissions do not stop; the start-up tests run the bot as an unprivileged user instead);
 * - locked: a second connection holding `BEGIN EXCLUSIVE`;
 * - disk full: `PRAGMA max_page_count` at the current page count, so a write that needs a new page
 *   fails with SQLITE_FULL.
 */

export const tempDatabasePath = () => join(mkdtempSync(join(tmpdir(), 'faults-')), 'bot.db');

/** A store on a file and its own connection (where the faults are set); a lock fails a write at once instead of after a second. */
export function faultyStore(path = tempDatabasePath()): { store: BotStore; db: Database; path: string } {
  const db = openDatabase(path, { busyTimeoutMs: 0 });
  return { store: storeOn(db), db, path };
}

/** Another connection takes the write lock; returns how to let go. */
export function holdWriteLock(path: string): () => void {
  const other = new BetterSqlite3(path);
  other.exec('BEGIN EXCLUSIVE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

/** Lets the database at `db` grow no more; returns how to make room again. */
export function fillDisk(db: Database): () => void {
  // No free pages to reuse, or a write could still fit (a migration that rebuilt a table leaves some).
  if (db.pragma('freelist_count', { simple: true }) !== 0) db.exec('VACUUM');
  if (db.pragma('freelist_count', { simple: true }) !== 0) throw new Error('the database has free pages');
  db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`);
  return () => void db.pragma('max_page_count = 1000000');
}

/** Row counts of the tables a reminder lives in. */
export function rowCounts(db: Database): { reminders: number; alerts: number; deliveries: number } {
  const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  return { reminders: count('reminders'), alerts: count('reminder_alerts'), deliveries: count('deliveries') };
}

export const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
