import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { openStore } from '../../src/store/store.ts';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'store-')), 'data', 'bot.db');
const deadline = {
  id: 'us-china-tariffs',
  title: 'US–China tariff truce',
  date: '2025-08-12',
  at: Date.parse('2025-08-13T03:59:59Z'),
};

describe('SQLite store', () => {
  it('creates its folder, uses WAL and runs every migration on first open', () => {
    const path = tempPath();
    const store = openStore(path);
    store.serverDeadlines.save({
      guildId: 'g',
      id: 'server-g7',
      name: 'G7',
      date: '2025-06-15',
      at: 1,
      timeZone: 'UTC',
      hasTime: false,
      history: [],
      createdBy: 'u',
      updatedAt: 1,
    });
    expect(existsSync(`${path}-wal`)).toBe(true);
    store.close();
    const db = new BetterSqlite3(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps what it holds across a reopen, without migrating twice', () => {
    const path = tempPath();
    const first = openStore(path);
    const { id } = first.reminders.add(
      { guildId: 'g', channelId: 'c', deadline, before: [86_400], createdBy: 'u' },
      Date.parse('2025-08-01T00:00:00Z'),
    );
    first.close();
    const second = openStore(path);
    expect(second.reminders.get(id)).toMatchObject({ guildId: 'g', channelId: 'c', deadline, status: 'active' });
    second.close();
  });

  it('refuses a database from a newer version of the bot', () => {
    const path = tempPath();
    openStore(path).close();
    const db = new BetterSqlite3(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(/newer than this bot/);
  });

  it('stores offsets already past as skipped, and re-times every alert when the date moves', () => {
    const store = openStore(':memory:');
    const now = Date.parse('2025-08-10T00:00:00Z');
    const reminder = store.reminders.add(
      { guildId: 'g', channelId: 'c', deadline, before: [7 * 86_400, 86_400, 3600], createdBy: 'u' },
      now,
    );
    expect(reminder.alerts.map((a) => [a.beforeSeconds, a.status])).toEqual([
      [604_800, 'skipped'],
      [86_400, 'pending'],
      [3600, 'pending'],
    ]);
    store.reminders.retime(
      reminder.id,
      { ...deadline, date: '2025-11-10', at: Date.parse('2025-11-11T04:59:59Z') },
      now,
    );
    expect(store.reminders.get(reminder.id)?.alerts.map((a) => [new Date(a.dueAt).toISOString(), a.status])).toEqual([
      ['2025-11-04T04:59:59.000Z', 'pending'],
      ['2025-11-10T04:59:59.000Z', 'pending'],
      ['2025-11-11T03:59:59.000Z', 'pending'],
    ]);
    store.close();
  });

  it('rolls a transaction back whole when it throws', () => {
    const store = openStore(':memory:');
    expect(() =>
      store.transaction(() => {
        store.reminders.add({ guildId: 'g', channelId: 'c', deadline, before: [60], createdBy: 'u' }, 0);
        throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(store.reminders.list('g')).toEqual([]);
    store.close();
  });
});
