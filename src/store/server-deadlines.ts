import type { Sql } from './sql.ts';
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
  list(guildId: string): Promise<ServerDeadlineRow[]>;
  get(guildId: string, id: string): Promise<ServerDeadlineRow | undefined>;
  /** Inserts, or replaces the one with the same id (the caller puts the old date into `history`). */
  save(deadline: ServerDeadlineRow): Promise<void>;
  remove(guildId: string, id: string): Promise<boolean>;
}

export function serverDeadlineStore(sql: Sql): ServerDeadlineStore {
  return {
    list: async (guildId) =>
      (await sql.all<Row>('SELECT * FROM server_deadlines WHERE guild_id = ? ORDER BY at, id', [guildId])).map(fromRow),
    get: async (guildId, id) => {
      const row = await sql.get<Row>('SELECT * FROM server_deadlines WHERE guild_id = ? AND id = ?', [guildId, id]);
      return row ? fromRow(row) : undefined;
    },
    save: async (d) =>
      void (await sql.run(
        `INSERT INTO server_deadlines (guild_id, id, name, date, at, time_zone, has_time, source, history, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (guild_id, id) DO UPDATE SET name = excluded.name, date = excluded.date, at = excluded.at,
           time_zone = excluded.time_zone, has_time = excluded.has_time, source = excluded.source,
           history = excluded.history, updated_at = excluded.updated_at`,
        [
          d.guildId,
          d.id,
          d.name,
          d.date,
          d.at,
          d.timeZone,
          d.hasTime ? 1 : 0,
          d.source ?? null,
          JSON.stringify(d.history),
          d.createdBy,
          d.updatedAt,
        ],
      )),
    remove: async (guildId, id) =>
      (await sql.run('DELETE FROM server_deadlines WHERE guild_id = ? AND id = ?', [guildId, id])) > 0,
  };
}
