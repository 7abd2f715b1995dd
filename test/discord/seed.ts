import { serverDeadlineOf } from '../../src/deadlines/server.ts';
import { addReminder } from '../../src/reminders/manage.ts';
import type { ServerDeadlineRow } from '../../src/store/server-deadlines.ts';
import type { BotStore } from '../../src/store/store.ts';

const DAY = 86_400_000;

/** A server deadline "Hearing" at `at`, as `/deadline add` stores it. */
export function hearing(guildId: string, at: number, now: number): ServerDeadlineRow {
  return {
    guildId,
    id: 'server-hearing',
    name: 'Hearing',
    date: new Date(at).toISOString().slice(0, 10),
    at,
    timeZone: 'UTC',
    hasTime: true,
    history: [],
    createdBy: 'admin',
    updatedAt: now,
  };
}

/**
 * A server deadline a day ahead and its "2 days before" reminder in `channelId`, added two days ago:
 * it came due while the bot was off, so the bot posts it (marked late) on its first tick. Returns
 * the reminder's id. Reminders seeded with the same `now` come due at the same moment.
 */
export async function seedDueReminder(
  store: BotStore,
  guildId: string,
  channelId: string,
  now = Date.now(),
): Promise<number> {
  const row = hearing(guildId, Math.floor((now + DAY) / 1000) * 1000, now);
  await store.serverDeadlines.save(row);
  const added = await addReminder(
    store,
    { guildId, channelId, deadline: serverDeadlineOf(row), before: [(2 * DAY) / 1000], createdBy: 'admin' },
    new Date(now - 2 * DAY),
  );
  if (!added.ok) throw new Error(added.error);
  return added.reminder.id;
}
