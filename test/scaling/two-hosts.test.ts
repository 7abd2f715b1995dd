import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/deadlines/deadline.ts';
import { serverDeadlineOf } from '../../src/deadlines/server.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { shardOf, snowflakeOnShard } from '../../src/emulator/snowflake.ts';
import { addReminder } from '../../src/reminders/manage.ts';
import { openStore, type BotStore } from '../../src/store/store.ts';
import type { LogLine } from '../discord/harness.ts';
import { cleanUpRuns, node, tempDir, type Run } from '../discord/npm-run.ts';
import { hearing } from '../discord/seed.ts';

/**
 * Issue 18: shards split across hosts. Two bot processes, each with its share of 4 shards
 * (`DISCORD_SHARD_IDS` of `DISCORD_SHARD_COUNT`), on one database, against the Discord emulator:
 * 500 reminders come due at the same instant, in 500 channels of 20 servers spread over the shards.
 * Each must be posted exactly once, by the host whose shards carry its server.
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

let emu: DiscordEmulator | undefined;
afterEach(async () => {
  cleanUpRuns();
  await emu?.stop();
  emu = undefined;
});

interface Target {
  guildId: string;
  channelId: string;
}

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
 * A server deadline per server and a "1 minute before" reminder per channel, every one due at
 * `dueAt`. Written as `/deadline add` and `/remind add` would, from a third process.
 */
function seedReminders(store: BotStore, targets: Target[], dueAt: number, now: number): Map<number, Target> {
  const at = dueAt + 60_000;
  const byReminder = new Map<number, Target>();
  store.transaction(() => {
    const deadlines = new Map<string, Deadline>();
    for (const guildId of new Set(targets.map((t) => t.guildId))) {
      const row = hearing(guildId, at, now);
      store.serverDeadlines.save(row);
      deadlines.set(guildId, serverDeadlineOf(row));
    }
    for (const target of targets) {
      const deadline = deadlines.get(target.guildId)!;
      const added = addReminder(store, { ...target, deadline, before: [60], createdBy: 'admin' }, new Date(now));
      if (!added.ok) throw new Error(added.error);
      byReminder.set(added.reminder.id, target);
    }
  });
  return byReminder;
}

const startHost = (emu: DiscordEmulator, host: (typeof HOSTS)[number], database: Record<string, string>): Run =>
  node('src/main.ts', {
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    DISCORD_SHARD_IDS: host.ids,
    DISCORD_SHARDS_PER_PROCESS: host.perProcess,
    DISCORD_SHARD_COUNT: String(SHARDS),
    REMINDER_POLL_SECONDS: '1',
    ...database,
  });

describe('two hosts with disjoint shard lists on one database', () => {
  it(
    `post ${REMINDERS} reminders due at the same instant, each exactly once, each by its shard's host`,
    {
      timeout: 120_000,
    },
    async ({ annotate }) => {
      emu = await DiscordEmulator.start({ shards: SHARDS, maxConcurrency: 16 });
      const targets = spreadServers(emu);
      const database = { DATABASE_PATH: join(tempDir(), 'bot.db') };
      const hosts = HOSTS.map((host) => startHost(emu!, host, database));
      for (const [i, run] of hosts.entries())
        await expect.poll(run.output, { timeout: 60_000, interval: 100 }).toContain(HOSTS[i]!.ready);
      // Each host connected its own shards only.
      const identified = emu.gateway.received.filter((f) => f.op === 2).map((f) => (f.d as { shard: number[] }).shard);
      expect(identified.map(([id]) => id).sort()).toEqual([0, 1, 2, 3]);

      const now = Date.now();
      const dueAt = Math.ceil(now / 1000) * 1000 + 2000;
      const store = openStore(database.DATABASE_PATH);
      const reminders = seedReminders(store, targets, dueAt, now);
      store.close();

      const posts = () =>
        emu!.requests.filter((r) => r.method === 'POST' && r.route === '/channels/:channelId/messages');
      await expect.poll(() => posts().length, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(REMINDERS);
      const last = Math.max(...posts().map((r) => r.at));
      // Two more polls of each host: a duplicate would show up now.
      await new Promise((resolve) => setTimeout(resolve, 2500));

      // Every reminder once, in its own server's channel, and not one post more.
      const messages = emu.botMessages();
      expect(messages).toHaveLength(REMINDERS);
      expect(posts()).toHaveLength(REMINDERS);
      expect(posts().every((r) => r.status === 200)).toBe(true);
      const byChannel = new Map(targets.map((t) => [t.channelId, t]));
      expect(new Set(messages.map((m) => m.channel_id)).size).toBe(REMINDERS);
      for (const message of messages) {
        const target = byChannel.get(message.channel_id);
        expect(target).toBeDefined();
        expect((message as { guild_id?: string }).guild_id ?? target!.guildId).toBe(target!.guildId);
        expect(message.content).toContain('Hearing');
      }
      for (const [id, target] of reminders)
        expect(
          messages.filter((m) => m.channel_id === target.channelId && m.content.includes(`Reminder #${id} ·`)),
        ).toHaveLength(1);

      // Each host posted only for the servers on its shards (a shard process: its one shard's), each its half.
      HOSTS.forEach((host, i) => {
        const sent = hosts[i]!.logs().filter((l) => l.msg === 'reminder message sent');
        expect(sent).toHaveLength(REMINDERS / 2);
        for (const line of sent) {
          const shard = shardOf(byChannel.get(line.channel as string)!.guildId, SHARDS);
          expect(host.shards).toContain(shard);
          expect(line.shards).toEqual(host.perProcess ? [shard] : host.shards);
        }
      });

      const seconds = (last - dueAt) / 1000;
      await annotate(
        `${REMINDERS} reminders due at one instant, all posted ${seconds.toFixed(1)} s later by 2 hosts: ` +
          `${Math.round(REMINDERS / seconds)} reminders/s, 0 duplicates (poll every 1 s)`,
      );

      for (const run of hosts) run.signal('SIGTERM');
      await Promise.all(hosts.map((run) => run.ended));
      // SQLite has one writer at a time: three processes in a burst can wait out its busy timeout,
      // which fails that tick (the next one tries again, as the exactly-once checks above show).
      const locked = (l: LogLine) => JSON.stringify(l.err ?? '').includes('SQLITE_BUSY');
      expect(hosts.flatMap((run) => run.logs().filter((l) => l.level >= 50 && !locked(l)))).toEqual([]);
    },
  );
});
