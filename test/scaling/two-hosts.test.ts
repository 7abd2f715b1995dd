import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../src/deadlines/deadline.ts';
import { serverDeadlineOf } from '../../src/deadlines/server.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { shardOf, snowflakeOnShard } from '../../src/emulator/snowflake.ts';
import type { RecordedRequest } from '../../src/emulator/recorder.ts';
import { addReminder } from '../../src/reminders/manage.ts';
import { connectStore, openStore, type BotStore } from '../../src/store/store.ts';
import { postgresAvailable, postgresUnavailableReason, startPostgres } from '../helpers/postgres.ts';
import type { LogLine } from '../discord/harness.ts';
import { cleanUpRuns, node, tempDir, type Run } from '../discord/npm-run.ts';
import { hearing } from '../discord/seed.ts';

/**
 * Issue 18: shards split across hosts. Two bot processes, each with its share of 4 shards
 * (`DISCORD_SHARD_IDS` of `DISCORD_SHARD_COUNT`), on one database, against the Discord emulator.
 * In each burst 500 reminders come due at the same instant, one in each of 500 channels of 20
 * servers spread over the shards; each must be posted exactly once, by the host whose shards carry
 * its server, and the figures are reported as the test's annotation.
 */

const SHARDS = 4;
/** One host runs its shards in one process, the other a process per shard (discord.js's ShardingManager). */
const HOSTS = [
  { ids: '0-1', shards: [0, 1], perProcess: '', ready: 'connected to Discord' },
  { ids: '2-3', shards: [2, 3], perProcess: '1', ready: 'all shards connected' },
];
const GUILDS_PER_SHARD = 5;
const CHANNELS_PER_GUILD = 25;
const REMINDERS = SHARDS * GUILDS_PER_SHARD * CHANNELS_PER_GUILD;

interface Target {
  guildId: string;
  channelId: string;
}

/** The database the hosts share. */
interface SharedDatabase {
  /** What each host is given. */
  env: Record<string, string>;
  /** A connection of the test's own (a third process, as an admin's command would be). */
  open(): BotStore | Promise<BotStore>;
  /** A database server: stops it for `downMs`, then starts it again. */
  restart?: (downMs: number) => Promise<void>;
  close(): Promise<void>;
}

const sqlite = async (): Promise<SharedDatabase> => {
  const path = join(tempDir(), 'bot.db');
  return { env: { DATABASE_PATH: path }, open: () => openStore(path), close: async () => undefined };
};

/** A PostgreSQL server of the test's own, since the test restarts it. */
const postgres = async (): Promise<SharedDatabase> => {
  const server = await startPostgres();
  const url = await server.createDatabase();
  return {
    env: { DATABASE_URL: url },
    open: () => connectStore({ DATABASE_PATH: '', DATABASE_URL: url }),
    restart: async (downMs) => {
      await server.stop();
      await sleep(downMs);
      await server.start();
    },
    close: () => server.destroy(),
  };
};

/** 20 servers, 5 on each shard, with 25 channels each: one reminder per channel. */
function spreadServers(emu: DiscordEmulator): Target[] {
  const targets: Target[] = [];
  for (let shard = 0; shard < SHARDS; shard++)
    for (let g = 0; g < GUILDS_PER_SHARD; g++) {
      const guild = emu.addGuild({ id: snowflakeOnShard(shard, SHARDS), name: `Shard ${shard} server ${g}` });
      for (let c = 0; c < CHANNELS_PER_GUILD; c++)
        targets.push({ guildId: guild.id, channelId: emu.addChannel(`desk-${c}`, { guildId: guild.id }).id });
    }
  return targets;
}

/**
 * A server deadline per server named `name`, and a "1 minute before" reminder of it in every
 * channel, all due 2 s from now (on a whole second); as `/deadline add` and `/remind add` store them.
 */
async function seedBurst(
  database: SharedDatabase,
  targets: Target[],
  name: string,
): Promise<{ dueAt: number; ids: Set<number> }> {
  const now = Date.now();
  const dueAt = Math.ceil(now / 1000) * 1000 + 2000;
  const ids = new Set<number>();
  const store = await database.open();
  try {
    await store.transaction(async () => {
      const deadlines = new Map<string, Deadline>();
      for (const guildId of new Set(targets.map((t) => t.guildId))) {
        const row = { ...hearing(guildId, dueAt + 60_000, now), id: `server-${name.toLowerCase()}`, name };
        await store.serverDeadlines.save(row);
        deadlines.set(guildId, serverDeadlineOf(row));
      }
      for (const target of targets) {
        const deadline = deadlines.get(target.guildId)!;
        const added = await addReminder(
          store,
          { ...target, deadline, before: [60], createdBy: 'admin' },
          new Date(now),
        );
        if (!added.ok) throw new Error(added.error);
        ids.add(added.reminder.id);
      }
    });
  } finally {
    await store.close();
  }
  return { dueAt, ids };
}

const startHost = (emu: DiscordEmulator, host: (typeof HOSTS)[number], database: SharedDatabase): Run =>
  node('src/main.ts', {
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    DISCORD_SHARD_IDS: host.ids,
    DISCORD_SHARDS_PER_PROCESS: host.perProcess,
    DISCORD_SHARD_COUNT: String(SHARDS),
    REMINDER_POLL_SECONDS: '1',
    ...database.env,
  });

const isPost = (r: RecordedRequest) => r.method === 'POST' && r.route === '/channels/:channelId/messages';

// On PostgreSQL, as hosts share it; where it is not installed, on one SQLite file (two processes of one host).
describe.each(
  postgresAvailable
    ? [{ name: 'PostgreSQL', database: postgres, restarts: true }]
    : [{ name: `SQLite (PostgreSQL: ${postgresUnavailableReason})`, database: sqlite, restarts: false }],
)('two hosts with disjoint shard lists on one $name database', ({ database: makeDatabase, restarts }) => {
  let emu: DiscordEmulator;
  let database: SharedDatabase;
  let targets: Target[];
  let hosts: Run[];
  const byChannel = () => new Map(targets.map((t) => [t.channelId, t]));

  beforeAll(async () => {
    emu = await DiscordEmulator.start({ shards: SHARDS, maxConcurrency: 16 });
    targets = spreadServers(emu);
    database = await makeDatabase();
    hosts = HOSTS.map((host) => startHost(emu, host, database));
    for (const [i, run] of hosts.entries())
      await vi.waitFor(() => expect(run.output()).toContain(HOSTS[i]!.ready), { timeout: 60_000, interval: 100 });
  }, 90_000);

  afterAll(async () => {
    for (const run of hosts) if (!run.gone()) run.signal('SIGTERM');
    await Promise.all(hosts.map((run) => run.ended));
    cleanUpRuns();
    await emu.stop();
    await database.close();
  });

  /**
   * Waits until the burst's 500 posts are in, then two more polls of each host (a duplicate would
   * show up then); checks each reminder went out once, in its own server's channel, from the host
   * of its shard; returns the seconds from the due instant to the last post.
   */
  async function expectBurstDelivered(burst: { dueAt: number; ids: Set<number> }, name: string): Promise<number> {
    const posts = () => emu.requests.filter((r) => isPost(r) && r.at >= burst.dueAt - 2000);
    await expect.poll(() => posts().length, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(REMINDERS);
    const last = Math.max(...posts().map((r) => r.at));
    await new Promise((resolve) => setTimeout(resolve, 2500));

    expect(posts()).toHaveLength(REMINDERS);
    expect(posts().every((r) => r.status === 200)).toBe(true);
    const messages = emu.botMessages().filter((m) => m.content.includes(`**${name}**`));
    expect(messages).toHaveLength(REMINDERS);
    const channels = byChannel();
    const seen = new Set<number>();
    for (const message of messages) {
      const id = Number(/Reminder #(\d+) ·/.exec(message.content)?.[1]);
      expect(burst.ids.has(id)).toBe(true);
      seen.add(id);
      expect(channels.has(message.channel_id)).toBe(true);
    }
    expect(seen.size).toBe(REMINDERS);
    expect(new Set(messages.map((m) => m.channel_id)).size).toBe(REMINDERS);

    // Each host posted only for the servers on its shards (a shard process: its one shard's), each its half.
    HOSTS.forEach((host, i) => {
      const sent = hosts[i]!.logs().filter(
        (l) => l.msg === 'reminder message sent' && burst.ids.has(Number(l.reminder)),
      );
      expect(sent).toHaveLength(REMINDERS / 2);
      for (const line of sent) {
        const shard = shardOf(channels.get(String(line.channel))!.guildId, SHARDS);
        expect(host.shards).toContain(shard);
        expect(line.shards).toEqual(host.perProcess ? [shard] : host.shards);
      }
    });
    return (last - burst.dueAt) / 1000;
  }

  it(
    `post ${REMINDERS} reminders due at the same instant, each exactly once, each by its shard's host`,
    {
      timeout: 90_000,
    },
    async ({ annotate }) => {
      // Each host connected its own shards only.
      const identified = emu.gateway.received.filter((f) => f.op === 2).map((f) => (f.d as { shard: number[] }).shard);
      expect(identified.map(([id]) => id).sort()).toEqual([0, 1, 2, 3]);

      const burst = await seedBurst(database, targets, 'Hearing');
      const seconds = await expectBurstDelivered(burst, 'Hearing');
      await annotate(
        `${REMINDERS} reminders due at one instant, all posted ${seconds.toFixed(1)} s later by 2 hosts: ` +
          `${Math.round(REMINDERS / seconds)} reminders/s, 0 duplicates (poll every 1 s)`,
      );
      // SQLite has one writer at a time: three processes in a burst can wait out its busy timeout,
      // which fails that tick (the next one tries again, as the exactly-once checks above show).
      const locked = (l: LogLine) => JSON.stringify(l.err ?? '').includes('SQLITE_BUSY');
      expect(hosts.flatMap((run) => run.logs().filter((l) => l.level >= 50 && !locked(l)))).toEqual([]);
    },
  );

  it.skipIf(!restarts)(
    `post ${REMINDERS} reminders once each when the database server restarts in the middle of the burst`,
    { timeout: 90_000 },
    async ({ annotate }) => {
      // Slow posts (10 ms each) stretch the burst over seconds, so the restart falls inside it.
      emu.faults.slow(/^\/channels\/\d+\/messages$/, 10, { method: 'POST', times: Infinity });
      const burst = await seedBurst(database, targets, 'Vote');
      const posted = () => emu.requests.filter((r) => isPost(r) && r.at >= burst.dueAt - 2000).length;
      await vi.waitFor(() => expect(posted()).toBeGreaterThanOrEqual(100), { timeout: 30_000, interval: 10 });
      const before = posted();
      await database.restart!(1500);
      const seconds = await expectBurstDelivered(burst, 'Vote');
      emu.faults.clear();
      expect(before).toBeLessThan(REMINDERS);
      // What the outage cost: failed ticks, each tried again, nothing else.
      const errors = hosts.flatMap((run) => run.logs().filter((l) => l.level >= 50));
      for (const line of errors) expect(JSON.stringify(line.err)).toContain('is unreachable');
      // No process died of it (a shard process would have been started again and hidden it).
      expect(hosts.flatMap((run) => run.logs().filter((l) => l.msg?.startsWith('shard process died')))).toEqual([]);
      expect(hosts.map((run) => run.gone())).toEqual([false, false]);
      await annotate(
        `${REMINDERS} reminders, the database server stopped for 1.5 s after ${before} of them: all posted ` +
          `${seconds.toFixed(1)} s after their time (${Math.round(REMINDERS / seconds)} reminders/s), 0 duplicates`,
      );
    },
  );
});
