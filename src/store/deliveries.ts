import type { Database } from 'better-sqlite3';

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
  enqueue(delivery: NewDelivery, now: number): DeliveryRow;
  /** Pending and interrupted reminder deliveries whose time has come, oldest first. */
  open(now: number): DeliveryRow[];
  /** Marks a try as under way: from here until its outcome is stored, it may or may not have been posted. */
  startAttempt(id: number): void;
  sent(id: number, now: number): void;
  failed(id: number, reason: string): void;
  retry(id: number, nextAttemptAt: number, reason: string): void;
  cancel(id: number, reason: string): void;
  /** Cancels a reminder's deliveries that have not been tried yet (of one kind, or all). */
  cancelUntried(reminderId: number, reason: string, kind?: DeliveryKind): void;
  ofReminder(reminderId: number): DeliveryRow[];
}

export function deliveryStore(db: Database): DeliveryStore {
  const insert = db.prepare(`
    INSERT INTO deliveries (reminder_id, kind, before_seconds, guild_id, channel_id, nonce, content, late, status, next_attempt_at, created_at)
    VALUES (@reminderId, @kind, @beforeSeconds, @guildId, @channelId, @nonce, @content, @late, 'pending', @now, @now)`);
  const byId = db.prepare<[number], Row>('SELECT * FROM deliveries WHERE id = ?');
  const open = db.prepare<[number], Row>(
    "SELECT * FROM deliveries WHERE reminder_id IS NOT NULL AND status IN ('pending', 'sending') AND next_attempt_at <= ? ORDER BY id",
  );
  const startAttempt = db.prepare<[number]>(
    "UPDATE deliveries SET status = 'sending', attempts = attempts + 1 WHERE id = ?",
  );
  const sent = db.prepare<[number, number]>(
    "UPDATE deliveries SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
  );
  const finish = db.prepare<[DeliveryStatus, string, number]>(
    'UPDATE deliveries SET status = ?, last_error = ? WHERE id = ?',
  );
  const retry = db.prepare<[number, string, number]>(
    "UPDATE deliveries SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?",
  );
  const cancelUntried = db.prepare<[string, number, string | null, string | null]>(
    "UPDATE deliveries SET status = 'cancelled', last_error = ? WHERE reminder_id = ? AND status = 'pending' AND (? IS NULL OR kind = ?)",
  );
  const ofReminder = db.prepare<[number], Row>('SELECT * FROM deliveries WHERE reminder_id = ? ORDER BY id');
  return {
    enqueue: (d, now) => {
      const { lastInsertRowid } = insert.run({
        ...d,
        beforeSeconds: d.beforeSeconds ?? null,
        late: d.late ? 1 : 0,
        now,
      });
      const row = byId.get(Number(lastInsertRowid));
      if (!row) throw new Error('delivery vanished');
      return fromRow(row);
    },
    open: (now) => open.all(now).map(fromRow),
    startAttempt: (id) => void startAttempt.run(id),
    sent: (id, now) => void sent.run(now, id),
    failed: (id, reason) => void finish.run('failed', reason, id),
    retry: (id, nextAttemptAt, reason) => void retry.run(nextAttemptAt, reason, id),
    cancel: (id, reason) => void finish.run('cancelled', reason, id),
    cancelUntried: (reminderId, reason, kind) => void cancelUntried.run(reason, reminderId, kind ?? null, kind ?? null),
    ofReminder: (reminderId) => ofReminder.all(reminderId).map(fromRow),
  };
}
