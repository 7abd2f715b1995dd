import type { Database } from 'better-sqlite3';
import { DatabaseError } from './errors.ts';

/**
 * The schema, one entry per version; `PRAGMA user_version` says how many have run. Append only:
 * a shipped migration is never edited, a change is a new entry. Times are Unix milliseconds.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE server_deadlines (
    guild_id   TEXT NOT NULL,
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    date       TEXT NOT NULL,
    at         INTEGER NOT NULL,
    time_zone  TEXT NOT NULL,
    has_time   INTEGER NOT NULL,
    source     TEXT,
    history    TEXT NOT NULL DEFAULT '[]', -- JSON DeadlineChange[], oldest first
    created_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, id)
  ) STRICT;

  CREATE TABLE reminders (
    id              INTEGER PRIMARY KEY,
    guild_id        TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    deadline_id     TEXT NOT NULL,
    deadline_title  TEXT NOT NULL,
    -- The deadline as the alerts were timed for; a different current date means it moved.
    deadline_date   TEXT NOT NULL,
    deadline_at     INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'removed')),
    disabled_reason TEXT,
    created_by      TEXT NOT NULL,
    created_at      INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX reminders_by_guild ON reminders (guild_id, status);

  -- One row per "before" offset of a reminder.
  CREATE TABLE reminder_alerts (
    reminder_id    INTEGER NOT NULL REFERENCES reminders (id),
    before_seconds INTEGER NOT NULL,
    due_at         INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'claimed', 'skipped', 'dropped')),
    PRIMARY KEY (reminder_id, before_seconds)
  ) STRICT;
  CREATE INDEX alerts_due ON reminder_alerts (status, due_at);

  -- The outbox: every message to a channel, with the nonce that makes a resend safe.
  CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    reminder_id     INTEGER NOT NULL REFERENCES reminders (id),
    kind            TEXT NOT NULL CHECK (kind IN ('reminder', 'moved')),
    before_seconds  INTEGER,
    guild_id        TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    nonce           TEXT NOT NULL UNIQUE,
    content         TEXT NOT NULL,
    late            INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
  ) STRICT;
  CREATE INDEX deliveries_open ON deliveries (status, next_attempt_at);
  `,
  `
  -- Every /ask answer shown with vote buttons: what was asked and which passages answered it.
  CREATE TABLE ask_answers (
    id         INTEGER PRIMARY KEY,
    question   TEXT NOT NULL,
    answer     TEXT,           -- the direct answer line, when there was one
    passages   TEXT NOT NULL,  -- JSON ShownPassage[], in the order shown
    guild_id   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    asked_by   TEXT NOT NULL,
    asked_at   INTEGER NOT NULL
  ) STRICT;

  -- One vote per user and answer; pressing the other button changes it.
  CREATE TABLE ask_votes (
    answer_id INTEGER NOT NULL REFERENCES ask_answers (id),
    user_id   TEXT NOT NULL,
    vote      TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    voted_at  INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_id)
  ) STRICT;
  `,
  `
  -- Feeds (corpus/feeds.yaml lists them; this is what polling them learnt).
  CREATE TABLE feed_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_poll     INTEGER,
    last_new      INTEGER,
    last_error    TEXT,
    -- Polls in a row that found nothing new: the feed is polled less often.
    quiet_polls   INTEGER NOT NULL DEFAULT 0,
    -- Not before this (a Retry-After, robots.txt unreachable).
    retry_at      INTEGER NOT NULL DEFAULT 0,
    -- 410 Gone: never polled again.
    gone          INTEGER NOT NULL DEFAULT 0
  ) STRICT;

  -- Every item seen in a feed, by GUID (else link): an item is ingested once.
  CREATE TABLE feed_items (
    feed     TEXT NOT NULL,
    guid     TEXT NOT NULL,
    article  TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (feed, guid)
  ) STRICT;

  -- 301 and 308 redirects, remembered: the old URL is not asked again.
  CREATE TABLE moved_urls (
    from_url TEXT PRIMARY KEY,
    to_url   TEXT NOT NULL,
    at       INTEGER NOT NULL
  ) STRICT;
  `,
  `
  -- /follow: what a channel is told about (a country, a speaker, words), and who is pinged.
  CREATE TABLE follows (
    id              INTEGER PRIMARY KEY,
    guild_id        TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    country         TEXT,
    speaker         TEXT,   -- the speaker's key
    words           TEXT,
    changes_only    INTEGER NOT NULL DEFAULT 0,
    mention_role    TEXT,
    -- Articles seen after this one (seen_articles.seq) are new to the follow.
    after_seq       INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'removed')),
    disabled_reason TEXT,
    created_by      TEXT NOT NULL,
    created_at      INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX follows_by_guild ON follows (guild_id, status);

  -- Every article the bot has indexed, numbered in the order it first saw them (any shard, any way in).
  CREATE TABLE seen_articles (
    seq        INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    seen_at    INTEGER NOT NULL
  ) STRICT;

  -- Each new article a follow has looked at, once: the row is what makes it never announced twice.
  CREATE TABLE follow_articles (
    follow_id  INTEGER NOT NULL REFERENCES follows (id),
    article_id TEXT NOT NULL,
    alert_id   INTEGER,   -- the alert that announced it or cites it, if any
    PRIMARY KEY (follow_id, article_id)
  ) STRICT;

  -- One row per alert: a change (edited as more articles report it), an article, or a digest.
  CREATE TABLE follow_alerts (
    id          INTEGER PRIMARY KEY,
    follow_id   INTEGER NOT NULL REFERENCES follows (id),
    kind        TEXT NOT NULL CHECK (kind IN ('change', 'article', 'digest')),
    change_key  TEXT,
    data        TEXT NOT NULL,  -- JSON FollowAlert
    -- queued (has a delivery) | folded (waits for the channel's digest) | digested
    status      TEXT NOT NULL CHECK (status IN ('queued', 'folded', 'digested')),
    digest_id   INTEGER,
    created_at  INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX follow_alerts_by_key ON follow_alerts (follow_id, change_key);

  -- The outbox now also carries follow alerts: a row belongs to a reminder or to a follow alert.
  CREATE TABLE deliveries_next (
    id              INTEGER PRIMARY KEY,
    reminder_id     INTEGER REFERENCES reminders (id),
    alert_id        INTEGER REFERENCES follow_alerts (id),
    kind            TEXT NOT NULL CHECK (kind IN ('reminder', 'moved', 'alert', 'edit')),
    before_seconds  INTEGER,
    guild_id        TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    nonce           TEXT NOT NULL UNIQUE,
    content         TEXT NOT NULL,  -- follow alerts: the JSON message body
    late            INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    -- Where the posted message is (a forum post is a thread): what an edit changes.
    message_channel_id TEXT,
    message_id      TEXT,
    CHECK ((reminder_id IS NULL) <> (alert_id IS NULL))
  ) STRICT;
  INSERT INTO deliveries_next (id, reminder_id, kind, before_seconds, guild_id, channel_id, nonce, content, late,
      status, attempts, next_attempt_at, last_error, created_at, sent_at)
    SELECT id, reminder_id, kind, before_seconds, guild_id, channel_id, nonce, content, late,
      status, attempts, next_attempt_at, last_error, created_at, sent_at FROM deliveries;
  DROP TABLE deliveries;
  ALTER TABLE deliveries_next RENAME TO deliveries;
  CREATE INDEX deliveries_open ON deliveries (status, next_attempt_at);
  CREATE INDEX deliveries_by_alert ON deliveries (alert_id);
  `,
];

/** Runs the migrations this database has not seen yet, each in its own transaction. */
export function migrate(db: Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw newerSchema(db.name, version, MIGRATIONS.length);
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });
}

/** The refusal of a database a newer bot has migrated: this one does not know its tables. */
export function newerSchema(where: string, version: number, known: number): DatabaseError {
  return new DatabaseError('newer', where, `schema version ${version}, newer than this bot (${known})`);
}
