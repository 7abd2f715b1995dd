import { guildScopeSql, type GuildScope } from './guild-scope.ts';
import { returned, type Sql } from './sql.ts';

export type DeliveryKind = 'reminder' | 'moved';
/**
 * pending (waiting for its first try or a retry) → sending (a try is under way, or was when the
 * bot stopped) → sent | failed (permanent error) | cancelled (stale: removed, moved, passed).
 */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

export interface DeliveryRow {
  id: number;
  reminderId: number;
  kind: DeliveryKind;
  beforeSeconds?: number;
  guildId: string;
  channelId: string;
  /** Fixed when the message is queued; every try sends the same one, so Discord posts it once. */
  nonce: string;
  content: string;
  late: boolean;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  createdAt: number;
  sentAt?: number;
}

export type NewDelivery = Pick<
  DeliveryRow,
  'reminderId' | 'kind' | 'guildId' | 'channelId' | 'nonce' | 'content' | 'late'
> & { beforeSeconds?: number };

interface Row {
  id: number;
  reminder_id: number;
  kind: DeliveryKind;
  before_seconds: number | null;
  guild_id: string;
  channel_id: string;
  nonce: string;
  content: string;
  late: number;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

function fromRow(row: Row): DeliveryRow {
  return {
    id: row.id,
    reminderId: row.reminder_id,
    kind: row.kind,
    ...(row.before_seconds !== null ? { beforeSeconds: row.before_seconds } : {}),
    guildId: row.guild_id,
    channelId: row.channel_id,
    nonce: row.nonce,
    content: row.content,
    late: row.late === 1,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    createdAt: row.created_at,
    ...(row.sent_at !== null ? { sentAt: row.sent_at } : {}),
  };
}

export interface DeliveryStore {
  enqueue(delivery: NewDelivery, now: number): Promise<DeliveryRow>;
  /** Pending and interrupted reminder deliveries whose time has come (of the guilds in `scope`), oldest first. */
  open(now: number, scope?: GuildScope): Promise<DeliveryRow[]>;
  /** Marks a try as under way: from here until its outcome is stored, it may or may not have been posted. */
  startAttempt(id: number): Promise<void>;
  sent(id: number, now: number): Promise<void>;
  failed(id: number, reason: string): Promise<void>;
  retry(id: number, nextAttemptAt: number, reason: string): Promise<void>;
  cancel(id: number, reason: string): Promise<void>;
  /** Cancels a reminder's deliveries that have not been tried yet (of one kind, or all). */
  cancelUntried(reminderId: number, reason: string, kind?: DeliveryKind): Promise<void>;
  ofReminder(reminderId: number): Promise<DeliveryRow[]>;
}

export function deliveryStore(sql: Sql): DeliveryStore {
  const write = async (text: string, params: (string | number | null)[]) => void (await sql.run(text, params));
  const finish = (status: DeliveryStatus, reason: string, id: number) =>
    write('UPDATE deliveries SET status = ?, last_error = ? WHERE id = ?', [status, reason, id]);
  return {
    enqueue: async (d, now) =>
      fromRow(
        await returned<Row>(
          sql,
          `INSERT INTO deliveries (reminder_id, kind, before_seconds, guild_id, channel_id, nonce, content, late, status, next_attempt_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING *`,
          [
            d.reminderId,
            d.kind,
            d.beforeSeconds ?? null,
            d.guildId,
            d.channelId,
            d.nonce,
            d.content,
            d.late ? 1 : 0,
            now,
            now,
          ],
        ),
      ),
    open: async (now, scope) => {
      const where = guildScopeSql(sql.dialect, 'guild_id', scope);
      const rows = await sql.all<Row>(
        `SELECT * FROM deliveries WHERE reminder_id IS NOT NULL AND status IN ('pending', 'sending') AND next_attempt_at <= ?${where.and} ORDER BY id`,
        [now, ...where.params],
      );
      return rows.map(fromRow);
    },
    startAttempt: (id) => write("UPDATE deliveries SET status = 'sending', attempts = attempts + 1 WHERE id = ?", [id]),
    sent: (id, now) =>
      write("UPDATE deliveries SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", [now, id]),
    failed: (id, reason) => finish('failed', reason, id),
    retry: (id, nextAttemptAt, reason) =>
      write("UPDATE deliveries SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?", [
        nextAttemptAt,
        reason,
        id,
      ]),
    cancel: (id, reason) => finish('cancelled', reason, id),
    cancelUntried: (reminderId, reason, kind) =>
      write(
        `UPDATE deliveries SET status = 'cancelled', last_error = ? WHERE reminder_id = ? AND status = 'pending'${kind ? ' AND kind = ?' : ''}`,
        kind ? [reason, reminderId, kind] : [reason, reminderId],
      ),
    ofReminder: async (reminderId) =>
      (await sql.all<Row>('SELECT * FROM deliveries WHERE reminder_id = ? ORDER BY id', [reminderId])).map(fromRow),
  };
}
