import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.ts';
import { pollsFeeds } from '../../src/discord/shard-relay.ts';
import { configuredShards } from '../../src/discord/sharding.ts';

/** Issue 18: a host runs its share of the shards, `DISCORD_SHARD_IDS` of `DISCORD_SHARD_COUNT`. */

const shardsOf = (env: Record<string, string>) => {
  const parsed = parseConfig(env);
  return parsed.ok ? configuredShards(parsed.config) : parsed.problems;
};

describe('DISCORD_SHARD_IDS with DISCORD_SHARD_COUNT', () => {
  it('takes ids and ranges, sorted, each once', () => {
    expect(shardsOf({ DISCORD_SHARD_IDS: '0-3', DISCORD_SHARD_COUNT: '8' })).toEqual({ ids: [0, 1, 2, 3], count: 8 });
    expect(shardsOf({ DISCORD_SHARD_IDS: '5, 0,2 ,1-2', DISCORD_SHARD_COUNT: '6' })).toEqual({
      ids: [0, 1, 2, 5],
      count: 6,
    });
    expect(shardsOf({ DISCORD_SHARD_IDS: '0', DISCORD_SHARD_COUNT: '1' })).toEqual({ ids: [0], count: 1 });
  });

  it('leaves DISCORD_SHARDS as it was: every shard on this host', () => {
    expect(shardsOf({ DISCORD_SHARDS: '4' })).toBe(4);
    expect(shardsOf({ DISCORD_SHARDS: 'auto' })).toBe('auto');
    expect(shardsOf({})).toBeUndefined();
  });

  it('refuses ids outside the count, malformed lists, and one variable without the other, saying what to set', () => {
    expect(shardsOf({ DISCORD_SHARD_IDS: '0-4', DISCORD_SHARD_COUNT: '4' })).toEqual([
      'DISCORD_SHARD_IDS: must be shards 0 to 3: DISCORD_SHARD_COUNT is 4',
    ]);
    expect(shardsOf({ DISCORD_SHARD_IDS: '1', DISCORD_SHARD_COUNT: '1' })).toEqual([
      'DISCORD_SHARD_IDS: must be 0: DISCORD_SHARD_COUNT is 1',
    ]);
    for (const ids of ['3-1', 'two', '0,,1', '-1', '0-'])
      expect(shardsOf({ DISCORD_SHARD_IDS: ids, DISCORD_SHARD_COUNT: '4' })).toEqual([
        'DISCORD_SHARD_IDS: must be shard ids and ranges, such as 0-3 or 0,2,5',
      ]);
    expect(shardsOf({ DISCORD_SHARD_IDS: '0-1' })).toEqual([
      'DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT, the number of shards over all hosts (the same on every host)',
    ]);
    expect(shardsOf({ DISCORD_SHARD_COUNT: '4' })).toEqual([
      'DISCORD_SHARD_COUNT: needs DISCORD_SHARD_IDS, the shards this host runs (e.g. 0-3); to run every shard here, set DISCORD_SHARDS instead',
    ]);
    expect(shardsOf({ DISCORD_SHARD_IDS: '0', DISCORD_SHARD_COUNT: '0' })).toEqual([
      'DISCORD_SHARD_COUNT: must be at least 1',
    ]);
    expect(shardsOf({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0', DISCORD_SHARD_COUNT: '2' })).toEqual([
      "DISCORD_SHARDS: set either DISCORD_SHARDS (every shard on this host) or DISCORD_SHARD_IDS with DISCORD_SHARD_COUNT (this host's share), not both",
    ]);
  });
});

describe('feeds across hosts', () => {
  it('are polled only by the host that runs shard 0, so hosts sharing a database fetch each feed once', () => {
    expect(pollsFeeds({ ids: [0, 1] })).toBe(true);
    expect(pollsFeeds({ ids: [2, 3] })).toBe(false);
    // Unsharded (no SHARDS from a ShardingManager either): the only process polls.
    expect(pollsFeeds()).toBe(true);
  });
});
