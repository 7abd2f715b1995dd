import { deadlineStatus, type Deadline } from '../deadlines/deadline.ts';
import type { ReminderRow } from '../store/reminder-table.ts';
import type { BotStore } from '../store/store.ts';
import { formatOffset } from './offsets.ts';

/** What `/remind` does to the store; the command only reads options and words replies. */

/** Stops a reminder for good (until re-added): its untried messages are cancelled with it. */
export async function disableReminder(store: BotStore, id: number, reason: string): Promise<void> {
  await store.transaction(async () => {
    await store.reminders.setStatus(id, 'disabled', reason);
    await store.deliveries.cancelUntried(id, reason);
  });
}

export interface AddReminder {
  guildId: string;
  channelId: string;
  deadline: Deadline;
  before: number[];
  createdBy: string;
}

export type AddResult = { ok: true; reminder: ReminderRow } | { ok: false; error: string };

export async function addReminder(store: BotStore, input: AddReminder, now: Date): Promise<AddResult> {
  const { deadline } = input;
  if (deadlineStatus(deadline, now) === 'passed')
    return { ok: false, error: `**${deadline.title}** has already passed (${deadline.date}).` };
  const existing = await store.reminders.findActive(input.guildId, input.channelId, deadline.id);
  if (existing)
    return {
      ok: false,
      error: `Reminder #${existing.id} already covers **${deadline.title}** in that channel. Remove it first to change its times.`,
    };
  const reminder = {
    guildId: input.guildId,
    channelId: input.channelId,
    deadline: { id: deadline.id, title: deadline.title, date: deadline.date, at: Date.parse(deadline.at) },
    before: input.before,
    createdBy: input.createdBy,
  };
  // A database fault (read-only, locked, full) reaches the dispatcher, which tells the user and logs it.
  return { ok: true, reminder: await store.reminders.add(reminder, now.getTime()) };
}

/** Removes a guild's reminder (kept in the database, marked removed); false when it has none with that id. */
export async function removeReminder(store: BotStore, guildId: string, id: number): Promise<ReminderRow | undefined> {
  const reminder = await store.reminders.get(id);
  if (!reminder || reminder.guildId !== guildId || reminder.status === 'removed') return undefined;
  await store.transaction(async () => {
    await store.reminders.setStatus(id, 'removed');
    await store.deliveries.cancelUntried(id, 'removed with /remind remove');
  });
  return reminder;
}

/** Disables the reminders of a deadline that was removed from the server's list. */
export async function disableRemindersOf(
  store: BotStore,
  guildId: string,
  deadlineId: string,
  reason: string,
): Promise<number[]> {
  const ids = (await store.reminders.active({ guildId }))
    .filter((r) => r.guildId === guildId && r.deadline.id === deadlineId)
    .map((r) => r.id);
  for (const id of ids) await disableReminder(store, id, reason);
  return ids;
}

/** A reminder as `/remind list` and the console JSON show it. */
export interface ReminderView {
  id: number;
  deadlineId: string;
  deadline: string;
  deadlineAt: string;
  channelId: string;
  status: ReminderRow['status'];
  disabledReason?: string;
  before: string[];
  /** The next alert still to go out, if any. */
  nextAt?: string;
  /** Each alert: pending, skipped (past when set), dropped (missed), or what became of its message (sending, sent, failed, cancelled). */
  alerts: { before: string; at: string; status: string }[];
}

export async function reminderView(store: BotStore, reminder: ReminderRow): Promise<ReminderView> {
  const messages = (await store.deliveries.ofReminder(reminder.id)).filter((d) => d.kind === 'reminder');
  const statusOf = (alert: ReminderRow['alerts'][number]) =>
    alert.status === 'claimed'
      ? (messages.findLast((d) => d.beforeSeconds === alert.beforeSeconds)?.status ?? alert.status)
      : alert.status;
  const pending = reminder.alerts.filter((a) => a.status === 'pending').sort((a, b) => a.dueAt - b.dueAt)[0];
  return {
    id: reminder.id,
    deadlineId: reminder.deadline.id,
    deadline: reminder.deadline.title,
    deadlineAt: new Date(reminder.deadline.at).toISOString(),
    channelId: reminder.channelId,
    status: reminder.status,
    ...(reminder.disabledReason ? { disabledReason: reminder.disabledReason } : {}),
    before: reminder.alerts.map((a) => formatOffset(a.beforeSeconds)),
    ...(pending && reminder.status === 'active' ? { nextAt: new Date(pending.dueAt).toISOString() } : {}),
    alerts: reminder.alerts.map((a) => ({
      before: formatOffset(a.beforeSeconds),
      at: new Date(a.dueAt).toISOString(),
      status: statusOf(a),
    })),
  };
}
