import { join } from 'node:path';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.ts';
import { REFUSED_EXIT_CODE } from '../../src/discord/refusal.ts';
import { inGuildScope } from '../../src/store/guild-scope.ts';
import { openStore } from '../../src/store/store.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { shardOf, snowflakeOnShard } from '../../src/emulator/snowflake.ts';
import { cleanUpRuns, npm, tempDir, type Run } from './npm-run.ts';
import { seedDueReminder } from './seed.ts';

/**
 * Issue #7: `DISCORD_SHARDS` runs shards sharing one database. Issue #17: by default every shard in
 * one process (one knowledge base); with `DISCORD_SHARDS_PER_PROCESS=1` discord.js's
 * ShardingManager runs one process per shard.
 */

describe('DISCORD_SHARDS', () => {
  it('is a number of shards or auto', () => {
    const shards = (value: string) => {
      const parsed = parseConfig({ DISCORD_SHARDS: value });
      return parsed.ok ? parsed.config.DISCORD_SHARDS : parsed.problems;
    };
    expect(shards('2')).toBe(2);
    expect(shards('auto')).toBe('auto');
    expect(shards('')).toBeUndefined();
    expect(shards('0')).toEqual(['DISCORD_SHARDS: must be a number of shards (1 to 9999) or auto']);
    expect(shards('two')).toEqual(['DISCORD_SHARDS: must be a number of shards (1 to 9999) or auto']);
    const perProcess = parseConfig({ DISCORD_SHARDS_PER_PROCESS: '2' });
    expect(perProcess.ok ? perProcess.config : perProcess.problems).toEqual([
      'DISCORD_SHARDS_PER_PROCESS: must be 1 (a process per shard) or unset (every shard in one process)',
    ]);
  });
});

describe("a shard's reminders", () => {
  it('are those of the guilds Discord routes to it, never the console', () => {
    const onOne = snowflakeOnShard(1, 2);
    expect(inGuildScope({ shardIds: [1], shardCount: 2 }, onOne)).toBe(true);
    expect(inGuildScope({ shardIds: [0], shardCount: 2 }, onOne)).toBe(false);
    expect(inGuildScope({ shardIds: [0], shardCount: 1 }, onOne)).toBe(true);
    expect(inGuildScope({ shardIds: [0, 1], shardCount: 2 }, snowflakeOnShard(0, 2))).toBe(true);
    expect(inGuildScope({ shardIds: [0], shardCount: 1 }, 'console')).toBe(false);
  });
});

let emu: DiscordEmulator | undefined;
afterEach(async () => {
  cleanUpRuns();
  await emu?.stop();
  emu = undefined;
});

interface Sharded {
  emu: DiscordEmulator;
  run: Run;
  guilds: { guildId: string; channelId: string }[];
}

/**
 * `npm start` with DISCORD_SHARDS=auto against an emulator that recommends 2 shards, a guild on
 * each, and a reminder per guild; a process per shard or (`inOneProcess`) both shards in one.
 */
async function startSharded({ inOneProcess = false } = {}): Promise<Sharded> {
  // Discord lets 16 shards identify at once here, so they are spawned 344 ms apart rather than 5.5 s.
  emu = await DiscordEmulator.start({ shards: 2, maxConcurrency: 16 });
  const home = shardOf(emu.defaults.guildId, 2);
  const other = emu.addGuild({ id: snowflakeOnShard(1 - home, 2), name: 'Other' });
  emu.addMember(emu.defaults.userId, { guildId: other.id });
  const guilds = [
    { guildId: emu.defaults.guildId, channelId: emu.defaults.channelId },
    { guildId: other.id, channelId: emu.addChannel('general', { guildId: other.id }).id },
  ];
  const database = join(tempDir(), 'bot.db');
  const store = openStore(database);
  for (const { guildId, channelId } of guilds) await seedDueReminder(store, guildId, channelId);
  await store.close();
  const run = npm(['start'], {
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    DISCORD_SHARDS: 'auto',
    DISCORD_SHARDS_PER_PROCESS: inOneProcess ? '' : '1',
    DATABASE_PATH: database,
  });
  await expect
    .poll(run.output, { timeout: 60_000, interval: 100 })
    .toContain(inOneProcess ? 'connected to Discord' : 'all shards connected');
  return { emu, run, guilds };
}

const stoppedShards = (run: Run) => run.logs().filter((l) => l.msg === 'stopped' && Array.isArray(l.shards));
/** Whether anything logged an error or crashed (a crash prints a stack trace). */
const troubles = (run: Run) => [
  ...run.logs().filter((l) => l.level >= 50),
  ...run
    .output()
    .split('\n')
    .filter((line) => /^\s+at /.test(line)),
];

/**
 * Both shards identified; each guild's command answered, and its due reminder sent once, by the
 * process whose log lines carry `shardsOf(guild)`.
 */
async function expectEachGuildServed(
  { emu, run, guilds }: Sharded,
  shardsOf: (guildId: string) => number[],
): Promise<void> {
  const identified = emu.gateway.received.filter((f) => f.op === 2).map((f) => (f.d as { shard: number[] }).shard);
  expect(identified.sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  for (const { guildId, channelId } of guilds) {
    expect((await emu.command('sources', {}, { subcommand: 'list', channelId }).response()).content).toMatch(
      /\*\*\d+ articles?\*\*/,
    );
    const answeredBy = () =>
      run
        .logs()
        .filter((l) => l.msg === 'command answered' && l.guild === guildId)
        .map((l) => l.shards);
    await expect.poll(answeredBy).toEqual([shardsOf(guildId)]);
  }
  await expect
    .poll(() => run.logs().filter((l) => l.msg === 'reminder message sent'), { timeout: 10_000 })
    .toHaveLength(2);
  for (const { guildId, channelId } of guilds) {
    const sent = run.logs().filter((l) => l.msg === 'reminder message sent' && l.channel === channelId);
    expect(sent.map((l) => l.shards)).toEqual([shardsOf(guildId)]);
    expect(
      emu.requests
        .filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`)
        .map((r) => r.status),
    ).toEqual([200]);
  }
}

/** SIGTERM: every process gone, every gateway session closed cleanly, nothing logged as an error, no token printed. */
async function expectStopped({ emu, run }: Sharded): Promise<void> {
  run.signal('SIGTERM');
  await run.ended;
  await expect.poll(run.gone, { timeout: 10_000 }).toBe(true);
  expect(emu.gateway.sessions.size).toBe(0);
  expect(troubles(run)).toEqual([]);
  expect(run.output()).not.toContain(emu.token);
}

describe('npm start with DISCORD_SHARDS=auto', () => {
  it(
    'runs both shards in one process, answering and reminding every guild once, and stops',
    { timeout: 90_000 },
    async () => {
      const sharded = await startSharded({ inOneProcess: true });
      expect(sharded.run.logs().filter((l) => l.msg === 'running 2 shards in one process')).toHaveLength(1);
      expect(sharded.run.logs().filter((l) => l.msg === 'knowledge base ready')).toHaveLength(1);
      await expectEachGuildServed(sharded, () => [0, 1]);
      await expectStopped(sharded);
      expect(stoppedShards(sharded.run).map((l) => l.shards)).toEqual([[0, 1]]);
    },
  );

  it(
    'runs a process per shard, each answering and reminding only its own guilds, and stops them all',
    { timeout: 90_000 },
    async () => {
      const sharded = await startSharded();
      expect(
        sharded.emu.requests
          .filter((r) => r.path === '/gateway/bot')
          .map((r) => (r.response as { shards: number }).shards),
      ).toEqual([2, 2, 2]);
      // A shard claiming the other's guild's command or reminder would show in the shards of its log lines.
      await expectEachGuildServed(sharded, (guildId) => [shardOf(guildId, 2)]);
      await expectStopped(sharded);
      expect(stoppedShards(sharded.run)).toHaveLength(2);
    },
  );

  it('stops the shards cleanly when the manager dies', { timeout: 90_000 }, async () => {
    const { emu, run } = await startSharded();
    const manager = run.logs().find((l) => l.msg === 'starting 2 shard processes')!.pid as number;
    process.kill(manager, 'SIGKILL');
    await run.ended;
    await expect.poll(run.gone, { timeout: 10_000 }).toBe(true);
    expect(emu.gateway.sessions.size).toBe(0);
    expect(stoppedShards(run)).toHaveLength(2);
    expect(troubles(run)).toEqual([]);
  });

  it('stops every shard, restarting none, when Discord refuses one', { timeout: 90_000 }, async () => {
    const { emu, run } = await startSharded();
    emu.gateway.drop({ shardId: 0, code: GatewayCloseCodes.AuthenticationFailed });
    expect(await run.exit).toBe(REFUSED_EXIT_CODE);
    await run.ended;
    await expect.poll(run.gone, { timeout: 10_000 }).toBe(true);
    expect(
      run
        .logs()
        .filter((l) => l.msg?.startsWith('gateway closed for good: Discord refused the token (4004'))
        .map((l) => l.shards),
    ).toEqual([[0]]);
    expect(run.logs().filter((l) => l.msg === 'shard process started')).toHaveLength(2);
    expect(emu.gateway.received.filter((f) => f.op === GatewayOpcodes.Identify)).toHaveLength(2);
    expect(stoppedShards(run)).toHaveLength(2);
  });
});
