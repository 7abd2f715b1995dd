import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { deliveryStore, type DeliveryStore } from './deliveries.ts';
import { migrate } from './migrations.ts';
import { reminderStore, type ReminderStore } from './reminders.ts';
import { serverDeadlineStore, type ServerDeadlineStore } from './server-deadlines.ts';

/** The bot's own state (what is not in the corpus): server deadlines, reminders and their deliveries. */
export interface BotStore {
  serverDeadlines: ServerDeadlineStore;
  reminders: ReminderStore;
  deliveries: DeliveryStore;
  /** Runs `fn` in one transaction (nested calls join it): all its writes land, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/**
 * Opens (creating the folder and file on first run) and migrates the SQLite database at `path`;
 * `:memory:` gives a private one for tests. WAL lets `/remind list` read while the scheduler writes.
 */
export function openStore(path: string): BotStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  // FULL: a claim or a "sent" mark must survive a power cut, not only a crash of the bot.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return {
    serverDeadlines: serverDeadlineStore(db),
    reminders: reminderStore(db),
    deliveries: deliveryStore(db),
    transaction: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  };
}
