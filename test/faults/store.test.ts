import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/store/errors.ts';
import { faultyStore, rowCounts } from './faults.ts';

const reminder = {
  guildId: 'g',
  channelId: 'c',
  deadline: { id: 'server-g7', title: 'G7', date: '2031-06-15', at: Date.parse('2031-06-16T03:59:59Z') },
  before: [7 * 86_400, 86_400],
  createdBy: 'u',
};

describe('the store when the database fails', () => {
  it('throws a DatabaseError that names the problem and the file, and writes nothing', () => {
    const { store, db, path } = faultyStore();
    db.pragma('query_only = ON');
    const write = () => store.reminders.add(reminder, Date.parse('2031-01-01T00:00:00Z'));
    expect(write).toThrow(
      new DatabaseError('read-only', path, 'attempt to write a readonly database (SQLITE_READONLY)'),
    );
    expect(write).toThrow(
      /^the database at .*bot\.db is read-only: attempt to write a readonly database \(SQLITE_READONLY\)\. The bot must be able to write the file/,
    );
    expect(rowCounts(db)).toEqual({ reminders: 0, alerts: 0, deliveries: 0 });
    store.close();
  });

  it('takes the write lock as a transaction begins, so another connection’s write cannot slip in between its read and its write', () => {
    const { store, db, path } = faultyStore();
    const other = new BetterSqlite3(path, { timeout: 0 });
    store.transaction(() => {
      expect(store.reminders.active()).toEqual([]);
      expect(() =>
        other
          .prepare("INSERT INTO server_deadlines VALUES ('g', 'x', 'X', '2031-01-01', 1, 'UTC', 0, NULL, '[]', 'u', 1)")
          .run(),
      ).toThrow(/database is locked/);
      store.reminders.add(reminder, 0);
    });
    expect(rowCounts(db)).toMatchObject({ reminders: 1, alerts: 2 });
    other.close();
    store.close();
  });
});
