import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { faultyStore, fillDisk, holdWriteLock, rowCounts } from './faults.ts';

/** The seed corpus's Geneva truce (2025-08-10) is still ahead. */
const BEFORE = '2025-06-01T00:00:00Z';
const ADD = '/remind add deadline:us-china-tariffs before:7d,1d';

/** A refusal the user sees as such: ephemeral, clear, and not the generic "Something went wrong". */
function expectRefused(reply: Awaited<ReturnType<typeof runConsoleJson>>, what: RegExp): void {
  expect(reply).toMatchObject({ ok: false, exitCode: 0, reply: { flags: MessageFlags.Ephemeral } });
  expect(reply.error).toMatch(what);
  expect(reply.error).toContain('Nothing was changed.');
  expect(reply.error).not.toMatch(/Something went wrong/);
}

describe('/remind add when the database fails', () => {
  it('answers that the database is read-only, saves nothing, and works once it is writable again', async () => {
    const { store, db } = faultyStore();
    db.pragma('query_only = ON');
    expectRefused(await runConsoleJson(ADD, { store, now: BEFORE }), /database is read-only/);
    expect(rowCounts(db)).toEqual({ reminders: 0, alerts: 0, deliveries: 0 });

    db.pragma('query_only = OFF');
    expect(await runConsoleJson(ADD, { store, now: BEFORE })).toMatchObject({
      ok: true,
      data: { reminder: { id: 1, before: ['7d', '1d'] } },
    });
    await store.close();
  });

  it('answers that the database is busy while another connection holds the lock, and saves once it is free', async () => {
    const { store, db, path } = faultyStore();
    const release = holdWriteLock(path);
    expectRefused(await runConsoleJson(ADD, { store, now: BEFORE }), /database is busy/);
    expect(rowCounts(db)).toEqual({ reminders: 0, alerts: 0, deliveries: 0 });

    release();
    expect(await runConsoleJson(ADD, { store, now: BEFORE })).toMatchObject({
      ok: true,
      data: { reminder: { id: 1 } },
    });
    await store.close();
  });

  it('answers that the disk is full, keeps every earlier reminder whole, and saves once there is room', async () => {
    const { store, db } = faultyStore();
    const makeRoom = fillDisk(db);
    // Reminders for one channel after another, until one no longer fits.
    let refused: Awaited<ReturnType<typeof runConsoleJson>> | undefined;
    let before = rowCounts(db);
    for (let channel = 1; channel <= 500 && !refused; channel += 1) {
      before = rowCounts(db);
      const reply = await runConsoleJson(`${ADD},1h channel:#c${channel}`, { store, now: BEFORE });
      if (!reply.ok) refused = reply;
    }
    if (!refused) throw new Error('the disk never filled up');
    expectRefused(refused, /disk that holds its database is full/);
    expect(rowCounts(db)).toEqual(before);
    expect(before.alerts).toBe(3 * before.reminders);

    makeRoom();
    const again = await runConsoleJson(`${ADD},1h channel:#c${before.reminders + 1}`, { store, now: BEFORE });
    expect(again).toMatchObject({
      ok: true,
      data: { reminder: { id: before.reminders + 1, before: ['7d', '1d', '1h'] } },
    });
    await store.close();
  });
});
