import { guildScopeSql, type GuildScope } from './guild-scope.ts';
import { returned, type Sql } from './sql.ts';

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
  add(reminder: NewReminder, now: number): Promise<ReminderRow>;
  get(id: number): Promise<ReminderRow | undefined>;
  /** A guild's reminders that were not removed, oldest first. */
  list(guildId: string): Promise<ReminderRow[]>;
  /** Active reminders (of the guilds in `scope`, default all). */
  active(scope?: GuildScope): Promise<ReminderRow[]>;
  findActive(guildId: string, channelId: string, deadlineId: string): Promise<ReminderRow | undefined>;
  setStatus(id: number, status: ReminderStatus, reason?: string): Promise<void>;
  /**
   * Times the alerts for the deadline's new date: each alert whose new time is still ahead is
   * pending again (even one sent for the old date); one already past is skipped.
   */
  retime(id: number, deadline: DeadlineTiming, now: number): Promise<void>;
  /**
   * Pending alerts of active reminders due at `now` (of the guilds in `scope`, default all),
   * earliest first. Inside a transaction on PostgreSQL the rows stay locked until it ends, and rows
   * another transaction holds are skipped: two hosts never claim the same alert.
   */
  dueAlerts(now: number, scope?: GuildScope): Promise<(AlertRow & { reminderId: number })[]>;
  setAlertStatus(reminderId: number, beforeSeconds: number, status: AlertStatus): Promise<void>;
}

const alertOf = (row: AlertDbRow): AlertRow => ({
  beforeSeconds: row.before_seconds,
  dueAt: row.due_at,
  status: row.status,
});

export function reminderStore(sql: Sql): ReminderStore {
  const alertsOf = (id: number) =>
    sql.all<AlertDbRow>('SELECT * FROM reminder_alerts WHERE reminder_id = ? ORDER BY before_seconds DESC', [id]);
  const withAlerts = async (row: Row): Promise<ReminderRow> => ({
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    deadline: { id: row.deadline_id, title: row.deadline_title, date: row.deadline_date, at: row.deadline_at },
    status: row.status,
    ...(row.disabled_reason !== null ? { disabledReason: row.disabled_reason } : {}),
    createdBy: row.created_by,
    createdAt: row.created_at,
    alerts: (await alertsOf(row.id)).map(alertOf),
  });
  const many = async (rows: Promise<Row[]>) => Promise.all((await rows).map(withAlerts));
  const one = async (row: Promise<Row | undefined>) => {
    const found = await row;
    return found ? withAlerts(found) : undefined;
  };
  const get = (id: number) => one(sql.get<Row>('SELECT * FROM reminders WHERE id = ?', [id]));
  const timed = (at: number, beforeSeconds: number, now: number) => {
    const dueAt = at - beforeSeconds * 1000;
    return { dueAt, status: (dueAt > now ? 'pending' : 'skipped') as AlertStatus };
  };

  return {
    add: (r, now) =>
      sql.transaction(async () => {
        const { id } = await returned<{ id: number }>(
          sql,
          `INSERT INTO reminders (guild_id, channel_id, deadline_id, deadline_title, deadline_date, deadline_at, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
          [r.guildId, r.channelId, r.deadline.id, r.deadline.title, r.deadline.date, r.deadline.at, r.createdBy, now],
        );
        for (const before of new Set(r.before)) {
          const { dueAt, status } = timed(r.deadline.at, before, now);
          await sql.run(
            'INSERT INTO reminder_alerts (reminder_id, before_seconds, due_at, status) VALUES (?, ?, ?, ?)',
            [id, before, dueAt, status],
          );
        }
        const created = await get(id);
        if (!created) throw new Error(`reminder ${id} vanished`);
        return created;
      }),
    get,
    list: (guildId) =>
      many(sql.all<Row>("SELECT * FROM reminders WHERE guild_id = ? AND status != 'removed' ORDER BY id", [guildId])),
    active: (scope) => {
      const where = guildScopeSql(sql.dialect, 'guild_id', scope);
      return many(
        sql.all<Row>(`SELECT * FROM reminders WHERE status = 'active'${where.and} ORDER BY id`, where.params),
      );
    },
    findActive: (guildId, channelId, deadlineId) =>
      one(
        sql.get<Row>(
          "SELECT * FROM reminders WHERE guild_id = ? AND channel_id = ? AND deadline_id = ? AND status = 'active'",
          [guildId, channelId, deadlineId],
        ),
      ),
    setStatus: async (id, status, reason) =>
      void (await sql.run('UPDATE reminders SET status = ?, disabled_reason = ? WHERE id = ?', [
        status,
        reason ?? null,
        id,
      ])),
    retime: (id, deadline, now) =>
      sql.transaction(async () => {
        await sql.run('UPDATE reminders SET deadline_title = ?, deadline_date = ?, deadline_at = ? WHERE id = ?', [
          deadline.title,
          deadline.date,
          deadline.at,
          id,
        ]);
        for (const alert of await alertsOf(id)) {
          const { dueAt, status } = timed(deadline.at, alert.before_seconds, now);
          await sql.run(
            'UPDATE reminder_alerts SET due_at = ?, status = ? WHERE reminder_id = ? AND before_seconds = ?',
            [dueAt, status, id, alert.before_seconds],
          );
        }
      }),
    dueAlerts: async (now, scope) => {
      const where = guildScopeSql(sql.dialect, 'r.guild_id', scope);
      // SQLite has no row locks: its transaction holds the whole database's write lock instead.
      const lock = sql.dialect === 'postgres' ? ' FOR UPDATE OF a SKIP LOCKED' : '';
      const rows = await sql.all<AlertDbRow>(
        `SELECT a.* FROM reminder_alerts a JOIN reminders r ON r.id = a.reminder_id
         WHERE a.status = 'pending' AND a.due_at <= ? AND r.status = 'active'${where.and}
         ORDER BY a.due_at, a.reminder_id${lock}`,
        [now, ...where.params],
      );
      return rows.map((row) => ({ ...alertOf(row), reminderId: row.reminder_id }));
    },
    setAlertStatus: async (reminderId, beforeSeconds, status) =>
      void (await sql.run('UPDATE reminder_alerts SET status = ? WHERE reminder_id = ? AND before_seconds = ?', [
        status,
        reminderId,
        beforeSeconds,
      ])),
  };
}
