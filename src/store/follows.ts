import { guildScopeSql, type GuildScope } from './guild-scope.ts';
import { returned, type Sql, type SqlValue } from './sql.ts';
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
  add(follow: NewFollow, now: number): Promise<FollowRow>;
  get(id: number): Promise<FollowRow | undefined>;
  /** A guild's follows that were not removed, oldest first. */
  list(guildId: string): Promise<FollowRow[]>;
  /** Active follows (of the guilds in `scope`, default all). */
  active(scope?: GuildScope): Promise<FollowRow[]>;
  setStatus(id: number, status: FollowStatus, reason?: string): Promise<void>;

  /** Every article seen so far, with its number. */
  seqs(): Promise<Map<string, number>>;
  /** Numbers the articles not seen before (in the order given); returns every given article's number. */
  see(articleIds: readonly string[], now: number): Promise<Map<string, number>>;
  /** True once the follow has looked at the article. */
  considered(followId: number, articleId: string): Promise<boolean>;
  consider(followId: number, articleId: string, alertId: number | null): Promise<void>;

  addAlert(alert: Omit<AlertRow, 'id' | 'digestId'>): Promise<AlertRow>;
  alert(id: number): Promise<AlertRow | undefined>;
  /** The follow's newest change alert with this key. */
  changeAlert(followId: number, changeKey: string): Promise<AlertRow | undefined>;
  setAlertData(id: number, data: string): Promise<void>;
  /** Alerts (not digests) and digests queued for a channel since `since`. */
  queuedSince(channelId: string, since: number): Promise<{ alerts: number; digests: number; lastDigestAt?: number }>;
  /** A channel's alerts waiting for a digest, oldest first. */
  folded(channelId: string): Promise<AlertRow[]>;
  digested(ids: readonly number[], digestId: number): Promise<void>;
  /** A follow's newest alerts first. */
  alertsOf(followId: number, limit: number): Promise<AlertRow[]>;

  enqueue(delivery: NewAlertDelivery, now: number): Promise<AlertDeliveryRow>;
  /** Pending and interrupted follow deliveries whose time has come (of the guilds in `scope`), oldest first. */
  open(now: number, scope?: GuildScope): Promise<AlertDeliveryRow[]>;
  /** The message an alert was posted as, once it was. */
  postedAs(alertId: number): Promise<AlertDeliveryRow | undefined>;
  ofAlert(alertId: number): Promise<AlertDeliveryRow[]>;
  /** Records where the message landed (for later edits). */
  posted(id: number, where: { channelId: string; messageId: string }): Promise<void>;
  setContent(id: number, content: string): Promise<void>;
  /** Cancels the untried deliveries of a follow's alerts. */
  cancelUntried(followId: number, reason: string): Promise<void>;
}

export function followStore(sql: Sql): FollowStore {
  const write = async (text: string, params: SqlValue[]) => void (await sql.run(text, params));
  const follows = async (text: string, params: SqlValue[] = []) =>
    (await sql.all<FollowDbRow>(text, params)).map(followOf);
  const alerts = async (text: string, params: SqlValue[]) => (await sql.all<AlertDbRow>(text, params)).map(alertOf);
  const alert = async (text: string, params: SqlValue[]) => {
    const row = await sql.get<AlertDbRow>(text, params);
    return row ? alertOf(row) : undefined;
  };
  const deliveries = async (text: string, params: SqlValue[]) =>
    (await sql.all<DeliveryDbRow>(text, params)).map(deliveryOf);

  return {
    add: async (f, now) =>
      followOf(
        await returned<FollowDbRow>(
          sql,
          `INSERT INTO follows (guild_id, channel_id, country, speaker, words, changes_only, mention_role, after_seq, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) FROM seen_articles), ?, ?) RETURNING *`,
          [
            f.guildId,
            f.channelId,
            f.country ?? null,
            f.speaker ?? null,
            f.words ?? null,
            f.changesOnly ? 1 : 0,
            f.mentionRole ?? null,
            f.createdBy,
            now,
          ],
        ),
      ),
    get: async (id) => {
      const row = await sql.get<FollowDbRow>('SELECT * FROM follows WHERE id = ?', [id]);
      return row ? followOf(row) : undefined;
    },
    list: (guildId) =>
      follows("SELECT * FROM follows WHERE guild_id = ? AND status != 'removed' ORDER BY id", [guildId]),
    active: (scope) => {
      const where = guildScopeSql(sql.dialect, 'guild_id', scope);
      return follows(`SELECT * FROM follows WHERE status = 'active'${where.and} ORDER BY id`, where.params);
    },
    setStatus: (id, status, reason) =>
      write('UPDATE follows SET status = ?, disabled_reason = ? WHERE id = ?', [status, reason ?? null, id]),
    seqs: async () =>
      new Map(
        (await sql.all<{ article_id: string; seq: number }>('SELECT article_id, seq FROM seen_articles')).map((r) => [
          r.article_id,
          r.seq,
        ]),
      ),
    see: (articleIds, now) =>
      sql.transaction(async () => {
        const seqs = new Map<string, number>();
        for (const id of articleIds) {
          await sql.run('INSERT INTO seen_articles (article_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING', [
            id,
            now,
          ]);
          const row = await sql.get<{ seq: number }>('SELECT seq FROM seen_articles WHERE article_id = ?', [id]);
          seqs.set(id, row?.seq ?? 0);
        }
        return seqs;
      }),
    considered: async (followId, articleId) =>
      (await sql.get('SELECT 1 AS one FROM follow_articles WHERE follow_id = ? AND article_id = ?', [
        followId,
        articleId,
      ])) !== undefined,
    consider: (followId, articleId, alertId) =>
      write('INSERT INTO follow_articles (follow_id, article_id, alert_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
        followId,
        articleId,
        alertId,
      ]),
    addAlert: async (a) =>
      alertOf(
        await returned<AlertDbRow>(
          sql,
          `INSERT INTO follow_alerts (follow_id, kind, change_key, data, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
          [a.followId, a.kind, a.changeKey ?? null, a.data, a.status, a.createdAt],
        ),
      ),
    alert: (id) => alert('SELECT * FROM follow_alerts WHERE id = ?', [id]),
    changeAlert: (followId, key) =>
      alert(
        "SELECT * FROM follow_alerts WHERE follow_id = ? AND change_key = ? AND kind = 'change' ORDER BY id DESC LIMIT 1",
        [followId, key],
      ),
    setAlertData: (id, data) => write('UPDATE follow_alerts SET data = ? WHERE id = ?', [data, id]),
    queuedSince: async (channelId, since) => {
      const counts = { alerts: 0, digests: 0 } as { alerts: number; digests: number; lastDigestAt?: number };
      const digest = "CASE WHEN a.kind = 'digest' THEN 1 ELSE 0 END";
      const rows = await sql.all<{ digest: number; n: number; last: number }>(
        `SELECT ${digest} AS digest, COUNT(*) AS n, MAX(a.created_at) AS last
         FROM follow_alerts a JOIN follows f ON f.id = a.follow_id
         WHERE f.channel_id = ? AND a.status = 'queued' AND a.created_at >= ? GROUP BY ${digest}`,
        [channelId, since],
      );
      for (const row of rows) {
        if (row.digest === 1) Object.assign(counts, { digests: row.n, lastDigestAt: row.last });
        else counts.alerts = row.n;
      }
      return counts;
    },
    folded: (channelId) =>
      alerts(
        `SELECT a.* FROM follow_alerts a JOIN follows f ON f.id = a.follow_id
         WHERE f.channel_id = ? AND a.status = 'folded' ORDER BY a.id`,
        [channelId],
      ),
    digested: async (ids, digestId) => {
      for (const id of ids)
        await sql.run("UPDATE follow_alerts SET status = 'digested', digest_id = ? WHERE id = ?", [digestId, id]);
    },
    alertsOf: (followId, limit) =>
      alerts('SELECT * FROM follow_alerts WHERE follow_id = ? ORDER BY id DESC LIMIT ?', [followId, limit]),
    enqueue: async (d, now) =>
      deliveryOf(
        await returned<DeliveryDbRow>(
          sql,
          `INSERT INTO deliveries (alert_id, kind, guild_id, channel_id, nonce, content, status, next_attempt_at, created_at,
             message_channel_id, message_id)
           VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?) RETURNING *`,
          [
            d.alertId,
            d.kind,
            d.guildId,
            d.channelId,
            d.nonce,
            d.content,
            now,
            now,
            d.messageChannelId ?? null,
            d.messageId ?? null,
          ],
        ),
      ),
    open: (now, scope) => {
      const where = guildScopeSql(sql.dialect, 'guild_id', scope);
      return deliveries(
        `SELECT * FROM deliveries WHERE alert_id IS NOT NULL AND status IN ('pending', 'sending') AND next_attempt_at <= ?${where.and} ORDER BY id`,
        [now, ...where.params],
      );
    },
    postedAs: async (alertId) =>
      (
        await deliveries(
          "SELECT * FROM deliveries WHERE alert_id = ? AND kind = 'alert' AND message_id IS NOT NULL ORDER BY id LIMIT 1",
          [alertId],
        )
      )[0],
    ofAlert: (alertId) => deliveries('SELECT * FROM deliveries WHERE alert_id = ? ORDER BY id', [alertId]),
    posted: (id, where) =>
      write('UPDATE deliveries SET message_channel_id = ?, message_id = ? WHERE id = ?', [
        where.channelId,
        where.messageId,
        id,
      ]),
    setContent: (id, content) => write('UPDATE deliveries SET content = ? WHERE id = ?', [content, id]),
    cancelUntried: (followId, reason) =>
      write(
        `UPDATE deliveries SET status = 'cancelled', last_error = ?
         WHERE status = 'pending' AND alert_id IN (SELECT id FROM follow_alerts WHERE follow_id = ?)`,
        [reason, followId],
      ),
  };
}
