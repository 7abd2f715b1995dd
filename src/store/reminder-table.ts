import type { Database } from 'better-sqlite3';

export type ReminderStatus = 'active' | 'disabled' | 'removed';
/** pending → claimed (a delivery holds it) | skipped (already past when set or moved) | dropped (missed, deadline gone). */
export type AlertStatus = 'pending' | 'claimed' | 'skipped' | 'dropped';

export interface AlertRow {
  beforeSeconds: number;
  /** Unix ms. */
  dueAt: number;
  status: AlertStatus;
}

/** What a reminder knows of its deadline: when it was timed for. */
export interface DeadlineTiming {
  id: string;
  title: string;
  date: string;
  /** Unix ms. */
  at: number;
}

export interface ReminderRow {
  id: number;
  guildId: string;
  channelId: string;
  deadline: DeadlineTiming;
  status: ReminderStatus;
  disabledReason?: string;
  createdBy: string;
  createdAt: number;
  /** Latest offset first (7d before 1d before 1h). */
  alerts: AlertRow[];
}

export interface NewReminder {
  guildId: string;
  channelId: string;
  deadline: DeadlineTiming;
  /** Offsets before the deadline, in seconds. */
  before: readonly number[];
  createdBy: string;
}

interface Row {
  id: number;
  guild_id: string;
  channel_id: string;
  deadline_id: string;
  deadline_title: string;
  deadline_date: string;
  deadline_at: number;
  status: ReminderStatus;
  disabled_reason: string | null;
  created_by: string;
  created_at: number;
}

interface AlertDbRow {
  reminder_id: number;
  before_seconds: number;
  due_at: number;
  status: AlertStatus;
}

export interface ReminderStore {
  /** Adds a reminder; offsets already past at `now` are stored as skipped. */
  add(reminder: NewReminder, now: number): ReminderRow;
  get(id: number): ReminderRow | undefined;
  /** A guild's reminders that were not removed, oldest first. */
  list(guildId: string): ReminderRow[];
  active(): ReminderRow[];
  findActive(guildId: string, channelId: string, deadlineId: string): ReminderRow | undefined;
  setStatus(id: number, status: ReminderStatus, reason?: string): void;
  /**
   * Times the alerts for the deadline's new date: each alert whose new time is still ahead is
   * pending again (even one sent for the old date); one already past is skipped.
   */
  retime(id: number, deadline: DeadlineTiming, now: number): void;
  /** Pending alerts of active reminders due at `now`, earliest first. */
  dueAlerts(now: number): (AlertRow & { reminderId: number })[];
  setAlertStatus(reminderId: number, beforeSeconds: number, status: AlertStatus): void;
}

const alertOf = (row: AlertDbRow): AlertRow => ({
  beforeSeconds: row.before_seconds,
  dueAt: row.due_at,
  status: row.status,
});

export function reminderStore(db: Database): ReminderStore {
  const insert = db.prepare(`
    INSERT INTO reminders (guild_id, channel_id, deadline_id, deadline_title, deadline_date, deadline_at, created_by, created_at)
    VALUES (@guildId, @channelId, @id, @title, @date, @at, @createdBy, @createdAt)`);
  const insertAlert = db.prepare<[number, number, number, AlertStatus]>(
    'INSERT INTO reminder_alerts (reminder_id, before_seconds, due_at, status) VALUES (?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM reminders WHERE id = ?');
  const byGuild = db.prepare<[string], Row>(
    "SELECT * FROM reminders WHERE guild_id = ? AND status != 'removed' ORDER BY id",
  );
  const active = db.prepare<[], Row>("SELECT * FROM reminders WHERE status = 'active' ORDER BY id");
  const findActive = db.prepare<[string, string, string], Row>(
    "SELECT * FROM reminders WHERE guild_id = ? AND channel_id = ? AND deadline_id = ? AND status = 'active'",
  );
  const alerts = db.prepare<[number], AlertDbRow>(
    'SELECT * FROM reminder_alerts WHERE reminder_id = ? ORDER BY before_seconds DESC',
  );
  const setStatus = db.prepare<[ReminderStatus, string | null, number]>(
    'UPDATE reminders SET status = ?, disabled_reason = ? WHERE id = ?',
  );
  const setTiming = db.prepare<[string, string, number, number]>(
    'UPDATE reminders SET deadline_title = ?, deadline_date = ?, deadline_at = ? WHERE id = ?',
  );
  const setAlert = db.prepare<[number, AlertStatus, number, number]>(
    'UPDATE reminder_alerts SET due_at = ?, status = ? WHERE reminder_id = ? AND before_seconds = ?',
  );
  const setAlertStatus = db.prepare<[AlertStatus, number, number]>(
    'UPDATE reminder_alerts SET status = ? WHERE reminder_id = ? AND before_seconds = ?',
  );
  const due = db.prepare<[number], AlertDbRow>(`
    SELECT a.* FROM reminder_alerts a JOIN reminders r ON r.id = a.reminder_id
    WHERE a.status = 'pending' AND a.due_at <= ? AND r.status = 'active' ORDER BY a.due_at, a.reminder_id`);

  const withAlerts = (row: Row): ReminderRow => ({
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    deadline: { id: row.deadline_id, title: row.deadline_title, date: row.deadline_date, at: row.deadline_at },
    status: row.status,
    ...(row.disabled_reason !== null ? { disabledReason: row.disabled_reason } : {}),
    createdBy: row.created_by,
    createdAt: row.created_at,
    alerts: alerts.all(row.id).map(alertOf),
  });
  const get = (id: number) => {
    const row = byId.get(id);
    return row ? withAlerts(row) : undefined;
  };
  const timed = (at: number, beforeSeconds: number, now: number) => {
    const dueAt = at - beforeSeconds * 1000;
    return { dueAt, status: (dueAt > now ? 'pending' : 'skipped') as AlertStatus };
  };

  return {
    add: db.transaction((r: NewReminder, now: number) => {
      const { lastInsertRowid } = insert.run({
        ...r.deadline,
        guildId: r.guildId,
        channelId: r.channelId,
        createdBy: r.createdBy,
        createdAt: now,
      });
      const id = Number(lastInsertRowid);
      for (const before of new Set(r.before)) {
        const { dueAt, status } = timed(r.deadline.at, before, now);
        insertAlert.run(id, before, dueAt, status);
      }
      const created = get(id);
      if (!created) throw new Error(`reminder ${id} vanished`);
      return created;
    }),
    get,
    list: (guildId) => byGuild.all(guildId).map(withAlerts),
    active: () => active.all().map(withAlerts),
    findActive: (guildId, channelId, deadlineId) => {
      const row = findActive.get(guildId, channelId, deadlineId);
      return row ? withAlerts(row) : undefined;
    },
    setStatus: (id, status, reason) => void setStatus.run(status, reason ?? null, id),
    retime: db.transaction((id: number, deadline: DeadlineTiming, now: number) => {
      setTiming.run(deadline.title, deadline.date, deadline.at, id);
      for (const alert of alerts.all(id)) {
        const { dueAt, status } = timed(deadline.at, alert.before_seconds, now);
        setAlert.run(dueAt, status, id, alert.before_seconds);
      }
    }),
    dueAlerts: (now) => due.all(now).map((row) => ({ ...alertOf(row), reminderId: row.reminder_id })),
    setAlertStatus: (reminderId, beforeSeconds, status) => void setAlertStatus.run(status, reminderId, beforeSeconds),
  };
}
