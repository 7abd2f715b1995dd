/** Discord snowflakes: milliseconds since the Discord epoch in the top bits, a counter in the low 12. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return String(((BigInt(at) - DISCORD_EPOCH) << 22n) | increment);
}

/** The shard Discord routes a guild's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A fresh guild id that `shardOf` puts on `shardId` (for multi-shard tests). */
export function snowflakeOnShard(shardId: number, shardCount: number): string {
  const base = BigInt(Date.now()) - DISCORD_EPOCH;
  const ms = base - (base % BigInt(shardCount)) + BigInt(shardId);
  return snowflake(Number(ms + DISCORD_EPOCH));
}
