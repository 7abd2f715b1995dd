import type { Database } from 'better-sqlite3';
import type { DeliveryStatus } from './deliveries.ts';

export type FollowStatus = 'active' | 'disabled' | 'removed';

export interface FollowRow {
  id: number;
  guildId: string;
  channelId: string;
  /** Canonical country name. */
  country?: string;
  /** Speaker key (see `quotes/quote.ts`). */
  speaker?: string;
  words?: string;
  changesOnly: boolean;
  mentionRole?: string;
  /** Articles first seen after this sequence number are new to the follow. */
  afterSeq: number;
  status: FollowStatus;
  disabledReason?: string;
  createdBy: string;
  createdAt: number;
}

export type NewFollow = Pick<FollowRow, 'guildId' | 'channelId' | 'changesOnly' | 'createdBy'> &
  Partial<Pick<FollowRow, 'country' | 'speaker' | 'words' | 'mentionRole'>>;

export type AlertKind = 'change' | 'article' | 'digest';
/** queued (a delivery carries it) | folded (waits for the channel's digest) | digested (the digest carries it). */
export type AlertStatus = 'queued' | 'folded' | 'digested';

export interface AlertRow {
  id: number;
  followId: number;
  kind: AlertKind;
  changeKey?: string;
  /** JSON, as the follow watcher wrote it. */
  data: string;
  status: AlertStatus;
  digestId?: number;
  createdAt: number;
}

/** A follow alert's message in the outbox (the `deliveries` table, beside the reminders'). */
export interface AlertDeliveryRow {
  id: number;
  alertId: number;
  /** `alert`: a new post; `edit`: the alert's message changed (more sources). */
  kind: 'alert' | 'edit';
  guildId: string;
  channelId: string;
  nonce: string;
  /** JSON of the message (see `follows/delivery.ts`). */
  content: string;
  status: DeliveryStatus;
  attempts: number;
  messageChannelId?: string;
  messageId?: string;
}

export type NewAlertDelivery = Omit<AlertDeliveryRow, 'id' | 'status' | 'attempts'>;

interface FollowDbRow {
  id: number;
  guild_id: string;
  channel_id: string;
  country: string | null;
  speaker: string | null;
  words: string | null;
  changes_only: number;
  mention_role: string | null;
  after_seq: number;
  status: FollowStatus;
  disabled_reason: string | null;
  created_by: string;
  created_at: number;
}

interface AlertDbRow {
  id: number;
  follow_id: number;
  kind: AlertKind;
  change_key: string | null;
  data: string;
  status: AlertStatus;
  digest_id: number | null;
  created_at: number;
}

interface DeliveryDbRow {
  id: number;
  alert_id: number;
  kind: 'alert' | 'edit';
  guild_id: string;
  channel_id: string;
  nonce: string;
  content: string;
  status: DeliveryStatus;
  attempts: number;
  message_channel_id: string | null;
  message_id: string | null;
}

const followOf = (r: FollowDbRow): FollowRow => ({
  id: r.id,
  guildId: r.guild_id,
  channelId: r.channel_id,
  ...(r.country !== null ? { country: r.country } : {}),
  ...(r.speaker !== null ? { speaker: r.speaker } : {}),
  ...(r.words !== null ? { words: r.words } : {}),
  changesOnly: r.changes_only === 1,
  ...(r.mention_role !== null ? { mentionRole: r.mention_role } : {}),
  afterSeq: r.after_seq,
  status: r.status,
  ...(r.disabled_reason !== null ? { disabledReason: r.disabled_reason } : {}),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const alertOf = (r: AlertDbRow): AlertRow => ({
  id: r.id,
  followId: r.follow_id,
  kind: r.kind,
  ...(r.change_key !== null ? { changeKey: r.change_key } : {}),
  data: r.data,
  status: r.status,
  ...(r.digest_id !== null ? { digestId: r.digest_id } : {}),
  createdAt: r.created_at,
});

const deliveryOf = (r: DeliveryDbRow): AlertDeliveryRow => ({
  id: r.id,
  alertId: r.alert_id,
  kind: r.kind,
  guildId: r.guild_id,
  channelId: r.channel_id,
  nonce: r.nonce,
  content: r.content,
  status: r.status,
  attempts: r.attempts,
  ...(r.message_channel_id !== null ? { messageChannelId: r.message_channel_id } : {}),
  ...(r.message_id !== null ? { messageId: r.message_id } : {}),
});

export interface FollowStore {
  add(follow: NewFollow, now: number): FollowRow;
  get(id: number): FollowRow | undefined;
  /** A guild's follows that were not removed, oldest first. */
  list(guildId: string): FollowRow[];
  active(): FollowRow[];
  setStatus(id: number, status: FollowStatus, reason?: string): void;

  /** Every article seen so far, with its number. */
  seqs(): Map<string, number>;
  /** Numbers the articles not seen before (in the order given); returns every given article's number. */
  see(articleIds: readonly string[], now: number): Map<string, number>;
  /** True once the follow has looked at the article. */
  considered(followId: number, articleId: string): boolean;
  consider(followId: number, articleId: string, alertId: number | null): void;

  addAlert(alert: Omit<AlertRow, 'id' | 'digestId'>): AlertRow;
  alert(id: number): AlertRow | undefined;
  /** The follow's newest change alert with this key. */
  changeAlert(followId: number, changeKey: string): AlertRow | undefined;
  setAlertData(id: number, data: string): void;
  /** Alerts (not digests) and digests queued for a channel since `since`. */
  queuedSince(channelId: string, since: number): { alerts: number; digests: number; lastDigestAt?: number };
  /** A channel's alerts waiting for a digest, oldest first. */
  folded(channelId: string): AlertRow[];
  digested(ids: readonly number[], digestId: number): void;
  /** A follow's newest alerts first. */
  alertsOf(followId: number, limit: number): AlertRow[];

  enqueue(delivery: NewAlertDelivery, now: number): AlertDeliveryRow;
  /** Pending and interrupted follow deliveries whose time has come, oldest first. */
  open(now: number): AlertDeliveryRow[];
  /** The message an alert was posted as, once it was. */
  postedAs(alertId: number): AlertDeliveryRow | undefined;
  ofAlert(alertId: number): AlertDeliveryRow[];
  /** Records where the message landed (for later edits). */
  posted(id: number, where: { channelId: string; messageId: string }): void;
  setContent(id: number, content: string): void;
  /** Cancels the untried deliveries of a follow's alerts. */
  cancelUntried(followId: number, reason: string): void;
}

export function followStore(db: Database): FollowStore {
  const insert = db.prepare(`
    INSERT INTO follows (guild_id, channel_id, country, speaker, words, changes_only, mention_role, after_seq, created_by, created_at)
    VALUES (@guildId, @channelId, @country, @speaker, @words, @changesOnly, @mentionRole,
      (SELECT COALESCE(MAX(seq), 0) FROM seen_articles), @createdBy, @now)`);
  const byId = db.prepare<[number], FollowDbRow>('SELECT * FROM follows WHERE id = ?');
  const list = db.prepare<[string], FollowDbRow>(
    "SELECT * FROM follows WHERE guild_id = ? AND status != 'removed' ORDER BY id",
  );
  const active = db.prepare<[], FollowDbRow>("SELECT * FROM follows WHERE status = 'active' ORDER BY id");
  const setStatus = db.prepare<[FollowStatus, string | null, number]>(
    'UPDATE follows SET status = ?, disabled_reason = ? WHERE id = ?',
  );
  const see = db.prepare<[string, number]>('INSERT OR IGNORE INTO seen_articles (article_id, seen_at) VALUES (?, ?)');
  const allSeqs = db.prepare<[], { article_id: string; seq: number }>('SELECT article_id, seq FROM seen_articles');
  const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM seen_articles WHERE article_id = ?');
  const considered = db.prepare<[number, string], { one: number }>(
    'SELECT 1 AS one FROM follow_articles WHERE follow_id = ? AND article_id = ?',
  );
  const consider = db.prepare<[number, string, number | null]>(
    'INSERT OR IGNORE INTO follow_articles (follow_id, article_id, alert_id) VALUES (?, ?, ?)',
  );
  const insertAlert = db.prepare(`
    INSERT INTO follow_alerts (follow_id, kind, change_key, data, status, created_at)
    VALUES (@followId, @kind, @changeKey, @data, @status, @createdAt)`);
  const alertById = db.prepare<[number], AlertDbRow>('SELECT * FROM follow_alerts WHERE id = ?');
  const changeAlert = db.prepare<[number, string], AlertDbRow>(
    "SELECT * FROM follow_alerts WHERE follow_id = ? AND change_key = ? AND kind = 'change' ORDER BY id DESC LIMIT 1",
  );
  const setAlertData = db.prepare<[string, number]>('UPDATE follow_alerts SET data = ? WHERE id = ?');
  const queuedSince = db.prepare<[string, number], { kind: AlertKind; n: number; last: number }>(`
    SELECT a.kind AS kind, COUNT(*) AS n, MAX(a.created_at) AS last FROM follow_alerts a JOIN follows f ON f.id = a.follow_id
    WHERE f.channel_id = ? AND a.status = 'queued' AND a.created_at >= ? GROUP BY a.kind = 'digest'`);
  const folded = db.prepare<[string], AlertDbRow>(`
    SELECT a.* FROM follow_alerts a JOIN follows f ON f.id = a.follow_id
    WHERE f.channel_id = ? AND a.status = 'folded' ORDER BY a.id`);
  const digested = db.prepare<[number, number]>(
    "UPDATE follow_alerts SET status = 'digested', digest_id = ? WHERE id = ?",
  );
  const alertsOf = db.prepare<[number, number], AlertDbRow>(
    'SELECT * FROM follow_alerts WHERE follow_id = ? ORDER BY id DESC LIMIT ?',
  );
  const insertDelivery = db.prepare(`
    INSERT INTO deliveries (alert_id, kind, guild_id, channel_id, nonce, content, status, next_attempt_at, created_at,
      message_channel_id, message_id)
    VALUES (@alertId, @kind, @guildId, @channelId, @nonce, @content, 'pending', @now, @now, @messageChannelId, @messageId)`);
  const deliveryById = db.prepare<[number], DeliveryDbRow>('SELECT * FROM deliveries WHERE id = ?');
  const open = db.prepare<[number], DeliveryDbRow>(
    "SELECT * FROM deliveries WHERE alert_id IS NOT NULL AND status IN ('pending', 'sending') AND next_attempt_at <= ? ORDER BY id",
  );
  const postedAs = db.prepare<[number], DeliveryDbRow>(
    "SELECT * FROM deliveries WHERE alert_id = ? AND kind = 'alert' AND message_id IS NOT NULL ORDER BY id LIMIT 1",
  );
  const ofAlert = db.prepare<[number], DeliveryDbRow>('SELECT * FROM deliveries WHERE alert_id = ? ORDER BY id');
  const posted = db.prepare<[string, string, number]>(
    'UPDATE deliveries SET message_channel_id = ?, message_id = ? WHERE id = ?',
  );
  const setContent = db.prepare<[string, number]>('UPDATE deliveries SET content = ? WHERE id = ?');
  const cancelUntried = db.prepare<[string, number]>(`
    UPDATE deliveries SET status = 'cancelled', last_error = ?
    WHERE status = 'pending' AND alert_id IN (SELECT id FROM follow_alerts WHERE follow_id = ?)`);

  return {
    add: (f, now) => {
      const { lastInsertRowid } = insert.run({
        guildId: f.guildId,
        channelId: f.channelId,
        country: f.country ?? null,
        speaker: f.speaker ?? null,
        words: f.words ?? null,
        changesOnly: f.changesOnly ? 1 : 0,
        mentionRole: f.mentionRole ?? null,
        createdBy: f.createdBy,
        now,
      });
      const row = byId.get(Number(lastInsertRowid));
      if (!row) throw new Error('follow vanished');
      return followOf(row);
    },
    get: (id) => {
      const row = byId.get(id);
      return row ? followOf(row) : undefined;
    },
    list: (guildId) => list.all(guildId).map(followOf),
    active: () => active.all().map(followOf),
    setStatus: (id, status, reason) => void setStatus.run(status, reason ?? null, id),
    seqs: () => new Map(allSeqs.all().map((r) => [r.article_id, r.seq])),
    see: (articleIds, now) =>
      db.transaction(() => {
        const seqs = new Map<string, number>();
        for (const id of articleIds) {
          see.run(id, now);
          seqs.set(id, seqOf.get(id)?.seq ?? 0);
        }
        return seqs;
      })(),
    considered: (followId, articleId) => considered.get(followId, articleId) !== undefined,
    consider: (followId, articleId, alertId) => void consider.run(followId, articleId, alertId),
    addAlert: (a) => {
      const { lastInsertRowid } = insertAlert.run({ ...a, changeKey: a.changeKey ?? null });
      const row = alertById.get(Number(lastInsertRowid));
      if (!row) throw new Error('alert vanished');
      return alertOf(row);
    },
    alert: (id) => {
      const row = alertById.get(id);
      return row ? alertOf(row) : undefined;
    },
    changeAlert: (followId, key) => {
      const row = changeAlert.get(followId, key);
      return row ? alertOf(row) : undefined;
    },
    setAlertData: (id, data) => void setAlertData.run(data, id),
    queuedSince: (channelId, since) => {
      const counts = { alerts: 0, digests: 0 } as { alerts: number; digests: number; lastDigestAt?: number };
      for (const row of queuedSince.all(channelId, since)) {
        if (row.kind === 'digest') Object.assign(counts, { digests: row.n, lastDigestAt: row.last });
        else counts.alerts = row.n;
      }
      return counts;
    },
    folded: (channelId) => folded.all(channelId).map(alertOf),
    digested: (ids, digestId) => {
      for (const id of ids) digested.run(digestId, id);
    },
    alertsOf: (followId, limit) => alertsOf.all(followId, limit).map(alertOf),
    enqueue: (d, now) => {
      const { lastInsertRowid } = insertDelivery.run({
        ...d,
        messageChannelId: d.messageChannelId ?? null,
        messageId: d.messageId ?? null,
        now,
      });
      const row = deliveryById.get(Number(lastInsertRowid));
      if (!row) throw new Error('delivery vanished');
      return deliveryOf(row);
    },
    open: (now) => open.all(now).map(deliveryOf),
    postedAs: (alertId) => {
      const row = postedAs.get(alertId);
      return row ? deliveryOf(row) : undefined;
    },
    ofAlert: (alertId) => ofAlert.all(alertId).map(deliveryOf),
    posted: (id, where) => void posted.run(where.channelId, where.messageId, id),
    setContent: (id, content) => void setContent.run(content, id),
    cancelUntried: (followId, reason) => void cancelUntried.run(reason, followId),
  };
}
