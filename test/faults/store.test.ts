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
  it('throws a DatabaseError that names the problem and the file, and writes nothing', async () => {
    const { store, db, path } = faultyStore();
    db.pragma('query_only = ON');
    const write = () => store.reminders.add(reminder, Date.parse('2031-01-01T00:00:00Z'));
    await expect(write()).rejects.toThrow(
      new DatabaseError('read-only', path, 'attempt to write a readonly database (SQLITE_READONLY)'),
    );
    await expect(write()).rejects.toThrow(
      /^the database at .*bot\.db is read-only: attempt to write a readonly database \(SQLITE_READONLY\)\. The bot must be able to write the file/,
    );
    expect(rowCounts(db)).toEqual({ reminders: 0, alerts: 0, deliveries: 0 });
    await store.close();
  });

  it('takes the write lock as a transaction begins, so another connection’s write cannot slip in between its read and its write', async () => {
    const { store, db, path } = faultyStore();
    const other = new BetterSqlite3(path, { timeout: 0 });
    await store.transaction(async () => {
      expect(await store.reminders.active()).toEqual([]);
      expect(() =>
        other
          .prepare("INSERT INTO server_deadlines VALUES ('g', 'x', 'X', '2031-01-01', 1, 'UTC', 0, NULL, '[]', 'u', 1)")
          .run(),
      ).toThrow(/database is locked/);
      await store.reminders.add(reminder, 0);
    });
    expect(rowCounts(db)).toMatchObject({ reminders: 1, alerts: 2 });
    other.close();
    await store.close();
  });

  it('keeps another caller’s statements out of a transaction while it waits, so a rollback takes only its own writes', async () => {
    const { store, db } = faultyStore();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const rolledBack = store.transaction(async () => {
      await store.reminders.add(reminder, 0);
      await held;
      throw new Error('crash');
    });
    const outside = store.reminders.add({ ...reminder, channelId: 'other' }, 0);
    release();
    await expect(rolledBack).rejects.toThrow('crash');
    await outside;
    expect((await store.reminders.active()).map((r) => r.channelId)).toEqual(['other']);
    expect(rowCounts(db)).toMatchObject({ reminders: 1, alerts: 2 });
    await store.close();
  });
});
