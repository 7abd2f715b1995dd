import type { Database } from 'better-sqlite3';
import type { DeadlineChange } from '../deadlines/deadline.ts';

/** A deadline a server's admins added with `/deadline add`. */
export interface ServerDeadlineRow {
  guildId: string;
  id: string;
  name: string;
  /** YYYY-MM-DD in `timeZone`. */
  date: string;
  /** Unix ms. */
  at: number;
  timeZone: string;
  hasTime: boolean;
  source?: string;
  history: DeadlineChange[];
  createdBy: string;
  updatedAt: number;
}

interface Row {
  guild_id: string;
  id: string;
  name: string;
  date: string;
  at: number;
  time_zone: string;
  has_time: number;
  source: string | null;
  history: string;
  created_by: string;
  updated_at: number;
}

function fromRow(row: Row): ServerDeadlineRow {
  return {
    guildId: row.guild_id,
    id: row.id,
    name: row.name,
    date: row.date,
    at: row.at,
    timeZone: row.time_zone,
    hasTime: row.has_time === 1,
    ...(row.source !== null ? { source: row.source } : {}),
    history: JSON.parse(row.history) as DeadlineChange[],
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

export interface ServerDeadlineStore {
  list(guildId: string): ServerDeadlineRow[];
  get(guildId: string, id: string): ServerDeadlineRow | undefined;
  /** Inserts, or replaces the one with the same id (the caller puts the old date into `history`). */
  save(deadline: ServerDeadlineRow): void;
  remove(guildId: string, id: string): boolean;
}

export function serverDeadlineStore(db: Database): ServerDeadlineStore {
  const list = db.prepare<[string], Row>('SELECT * FROM server_deadlines WHERE guild_id = ? ORDER BY at, id');
  const get = db.prepare<[string, string], Row>('SELECT * FROM server_deadlines WHERE guild_id = ? AND id = ?');
  const save = db.prepare(`
    INSERT INTO server_deadlines (guild_id, id, name, date, at, time_zone, has_time, source, history, created_by, updated_at)
    VALUES (@guild_id, @id, @name, @date, @at, @time_zone, @has_time, @source, @history, @created_by, @updated_at)
    ON CONFLICT (guild_id, id) DO UPDATE SET name = excluded.name, date = excluded.date, at = excluded.at,
      time_zone = excluded.time_zone, has_time = excluded.has_time, source = excluded.source,
      history = excluded.history, updated_at = excluded.updated_at`);
  const remove = db.prepare<[string, string]>('DELETE FROM server_deadlines WHERE guild_id = ? AND id = ?');
  return {
    list: (guildId) => list.all(guildId).map(fromRow),
    get: (guildId, id) => {
      const row = get.get(guildId, id);
      return row ? fromRow(row) : undefined;
    },
    save: (d) =>
      void save.run({
        guild_id: d.guildId,
        id: d.id,
        name: d.name,
        date: d.date,
        at: d.at,
        time_zone: d.timeZone,
        has_time: d.hasTime ? 1 : 0,
        source: d.source ?? null,
        history: JSON.stringify(d.history),
        created_by: d.createdBy,
        updated_at: d.updatedAt,
      }),
    remove: (guildId, id) => remove.run(guildId, id).changes > 0,
  };
}
