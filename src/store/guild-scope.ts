import type { Sql, SqlValue } from './sql.ts';

/**
 * The guilds whose reminders and alerts a process claims: those of some Discord shards (each host
 * runs its share), or one guild of its own (the console's `console`).
 */
export type GuildScope = { shardIds: readonly number[]; shardCount: number } | { guildId: string };

/** Discord guild ids (a snowflake below 2^63); other guilds in a shared database (`console`) are not Discord's. */
const SNOWFLAKE = /^\d{17,19}$/;

/** The shard of a guild, by Discord's rule: (guild_id >> 22) % shard count. */
export const shardOf = (guildId: string, shardCount: number): number =>
  Number((BigInt(guildId) >> 22n) % BigInt(shardCount));

/** Whether `guildId` is in `scope` (everything without one). */
export function inGuildScope(scope: GuildScope | undefined, guildId: string): boolean {
  if (!scope) return true;
  if ('guildId' in scope) return guildId === scope.guildId;
  return SNOWFLAKE.test(guildId) && scope.shardIds.includes(shardOf(guildId, scope.shardCount));
}

/**
 * `inGuildScope` as a condition on `column`, to append to a WHERE clause (`and` is empty without a
 * scope). The claim filters in the database, so rows of other hosts' shards are never locked.
 */
export function guildScopeSql(
  dialect: Sql['dialect'],
  column: string,
  scope: GuildScope | undefined,
): { and: string; params: SqlValue[] } {
  if (!scope) return { and: '', params: [] };
  if ('guildId' in scope) return { and: ` AND ${column} = ?`, params: [scope.guildId] };
  if (scope.shardIds.length === 0) return { and: ' AND 1 = 0', params: [] };
  const snowflake =
    dialect === 'postgres'
      ? `${column} ~ '^[0-9]{17,19}$'`
      : `length(${column}) BETWEEN 17 AND 19 AND ${column} NOT GLOB '*[^0-9]*'`;
  // CASE: PostgreSQL may evaluate the conditions of a WHERE in any order, and `console` is no number.
  const shard = `CASE WHEN ${snowflake} THEN (CAST(${column} AS BIGINT) >> 22) % ? END`;
  return {
    and: ` AND ${shard} IN (${scope.shardIds.map(() => '?').join(', ')})`,
    params: [scope.shardCount, ...scope.shardIds],
  };
}
