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
  it('creates its folder, uses WAL and runs every migration on first open', async () => {
    const path = tempPath();
    const store = openStore(path);
    await store.serverDeadlines.save({
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
    await store.close();
    const db = new BetterSqlite3(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps what it holds across a reopen, without migrating twice', async () => {
    const path = tempPath();
    const first = openStore(path);
    const { id } = await first.reminders.add(
      { guildId: 'g', channelId: 'c', deadline, before: [86_400], createdBy: 'u' },
      Date.parse('2025-08-01T00:00:00Z'),
    );
    await first.close();
    const second = openStore(path);
    expect(await second.reminders.get(id)).toMatchObject({ guildId: 'g', channelId: 'c', deadline, status: 'active' });
    await second.close();
  });

  it('refuses a database from a newer version of the bot', async () => {
    const path = tempPath();
    await openStore(path).close();
    const db = new BetterSqlite3(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(
      /was written by a newer version of the bot: schema version \d+, newer than this bot \(\d+\)\. This version does not know its tables/,
    );
  });
});
