import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { faultyStore, holdWriteLock } from './faults.ts';

describe('any command that meets a database fault', () => {
  it('tells the user what is wrong, with a ref for the log, instead of a bare "something went wrong"', async () => {
    const { store, db } = faultyStore();
    db.pragma('query_only = ON');
    const readOnly = await runConsoleJson('/deadline add name:"G7 summit" date:2026-12-15', { store });
    expect(readOnly).toMatchObject({ ok: false, reply: { flags: MessageFlags.Ephemeral } });
    expect(readOnly.error).toMatch(/database is read-only.*\(ref [0-9a-f]{8}\)/s);
    db.pragma('query_only = OFF');
    expect(await runConsoleJson('/deadline add name:"G7 summit" date:2026-12-15', { store })).toMatchObject({
      ok: true,
    });
    await store.close();
  });

  it('says the database is busy when another connection holds the lock', async () => {
    const { store, path } = faultyStore();
    const release = holdWriteLock(path);
    const busy = await runConsoleJson('/deadline add name:"G7 summit" date:2026-12-15', { store });
    expect(busy.error).toMatch(/busy.*\(ref [0-9a-f]{8}\)/is);
    release();
    await store.close();
  });
});
