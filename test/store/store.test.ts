import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { consoleContext } from '../../src/console/session.ts';
import { runCommand } from '../../src/dispatch/dispatch.ts';
import { createLogger } from '../../src/log/logger.ts';
import { DatabaseError } from '../../src/store/errors.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-schema.ts';
import { connectStore, openStore, storeOver, type BotStore } from '../../src/store/store.ts';
import {
  postgresAvailable,
  postgresUnavailableReason,
  sharedPostgres,
  startPostgres,
  type PostgresServer,
} from '../helpers/postgres.ts';
import { snowflakeOnShard } from '../../src/emulator/snowflake.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';

/** The same tests on both databases: one storage interface, two implementations. */
const factories: [string, () => Promise<BotStore>][] = [
  ['SQLite', async () => openStore(':memory:')],
  ...(postgresAvailable
    ? ([
        [
          'PostgreSQL',
          async () =>
            connectStore({ DATABASE_PATH: '', DATABASE_URL: await (await sharedPostgres()).createDatabase() }),
        ],
      ] as [string, () => Promise<BotStore>][])
    : []),
];
if (!postgresAvailable) describe.skip(`PostgreSQL store: ${postgresUnavailableReason}`, () => {});

const NOW = Date.parse('2031-06-01T00:00:00Z');
const deadline = { id: 'server-g7', title: 'G7', date: '2031-06-15', at: Date.parse('2031-06-16T03:59:59Z') };
const reminderIn = (guildId: string, before = [7 * 86_400, 86_400]) => ({
  guildId,
  channelId: 'c',
  deadline,
  before,
  createdBy: 'u',
});

describe.each(factories)('the store on %s', (_name, open) => {
  let store: BotStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(() => store.close());
  // Each test its own guild: the database is shared by the tests of one implementation.
  let n = 0;
  const guild = () => `guild-${++n}`;

  it('adds a reminder with its alerts (one already past is skipped), finds, lists and re-times it', async () => {
    const g = guild();
    const added = await store.reminders.add(reminderIn(g, [30 * 86_400, 86_400, 3600]), NOW);
    expect(added.alerts.map((a) => [a.beforeSeconds, a.status])).toEqual([
      [2_592_000, 'skipped'],
      [86_400, 'pending'],
      [3600, 'pending'],
    ]);
    expect(await store.reminders.get(added.id)).toEqual(added);
    expect(await store.reminders.findActive(g, 'c', 'server-g7')).toEqual(added);
    expect((await store.reminders.list(g)).map((r) => r.id)).toEqual([added.id]);
    await store.reminders.retime(added.id, { ...deadline, date: '2031-09-15', at: deadline.at + 92 * 86_400_000 }, NOW);
    expect((await store.reminders.get(added.id))?.alerts.map((a) => a.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
  });

  it('rolls a transaction back whole when it throws, and keeps other callers out of it meanwhile', async () => {
    const g = guild();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const failing = store.transaction(async () => {
      await store.reminders.add(reminderIn(g), NOW);
      await held;
      throw new Error('crash');
    });
    const outside = store.reminders.add({ ...reminderIn(g), channelId: 'other' }, NOW);
    release();
    await expect(failing).rejects.toThrow('crash');
    await outside;
    expect((await store.reminders.list(g)).map((r) => r.channelId)).toEqual(['other']);
  });

  it("claims only the due alerts of the scope's guilds: its shards' (never the console's), or one guild", async () => {
    const onShard = [snowflakeOnShard(0, 2), snowflakeOnShard(1, 2)];
    const due = deadline.at - 86_400_000;
    const ids: number[] = [];
    for (const g of [...onShard, 'console']) ids.push((await store.reminders.add(reminderIn(g, [86_400]), NOW)).id);
    const claimed = async (scope?: Parameters<BotStore['reminders']['dueAlerts']>[1]) =>
      (await store.reminders.dueAlerts(due, scope)).map((a) => a.reminderId).filter((id) => ids.includes(id));
    expect(await claimed()).toEqual(ids);
    expect(await claimed({ shardIds: [1], shardCount: 2 })).toEqual([ids[1]]);
    expect(await claimed({ shardIds: [0, 1], shardCount: 2 })).toEqual([ids[0], ids[1]]);
    expect(await claimed({ shardIds: [], shardCount: 2 })).toEqual([]);
    expect(await claimed({ guildId: 'console' })).toEqual([ids[2]]);
    for (const id of ids) await store.reminders.setStatus(id, 'removed');
  });

  it('queues a delivery with its nonce once, and cancels the untried ones of one kind', async () => {
    const g = guild();
    const { id } = await store.reminders.add(reminderIn(g, [86_400]), NOW);
    const base = { reminderId: id, guildId: g, channelId: 'c', content: 'hi', late: false };
    const first = await store.deliveries.enqueue({ ...base, kind: 'reminder', nonce: `n1-${g}` }, NOW);
    await store.deliveries.enqueue({ ...base, kind: 'moved', nonce: `n2-${g}` }, NOW);
    await expect(store.deliveries.enqueue({ ...base, kind: 'reminder', nonce: `n1-${g}` }, NOW)).rejects.toThrow();
    expect(first).toMatchObject({ status: 'pending', attempts: 0, late: false, nextAttemptAt: NOW });
    await store.deliveries.startAttempt(first.id);
    await store.deliveries.retry(first.id, NOW + 1000, 'socket hang up');
    expect((await store.deliveries.open(NOW + 1000, { guildId: g })).map((d) => [d.kind, d.attempts])).toEqual([
      ['reminder', 1],
      ['moved', 0],
    ]);
    await store.deliveries.cancelUntried(id, 'gone', 'moved');
    expect((await store.deliveries.ofReminder(id)).map((d) => d.status)).toEqual(['pending', 'cancelled']);
  });

  it('keeps server deadlines, feeds, votes and follows', async () => {
    const g = guild();
    const row = { guildId: g, id: 'server-x', name: 'X', date: '2031-06-15', at: 1, timeZone: 'UTC', hasTime: true };
    await store.serverDeadlines.save({ ...row, history: [], createdBy: 'u', updatedAt: 1 });
    await store.serverDeadlines.save({
      ...row,
      history: [{ date: '2031-06-01', approximate: false }],
      createdBy: 'u',
      updatedAt: 2,
    });
    expect(await store.serverDeadlines.list(g)).toEqual([
      { ...row, history: [{ date: '2031-06-01', approximate: false }], createdBy: 'u', updatedAt: 2 },
    ]);
    expect(await store.serverDeadlines.remove(g, 'server-x')).toBe(true);
    expect(await store.serverDeadlines.remove(g, 'server-x')).toBe(false);

    const feed = `https://example.com/${g}.xml`;
    await store.feeds.saveItem(feed, 'item', undefined, NOW);
    await store.feeds.saveItem(feed, 'item', 'corpus/articles/x.md', NOW);
    expect(await store.feeds.item(feed, 'item')).toEqual({ article: 'corpus/articles/x.md', attempts: 2 });
    await store.feeds.saveState({ url: feed, etag: '"v1"', quietPolls: 2, retryAt: 0, gone: true });
    expect(await store.feeds.state(feed)).toEqual({ url: feed, etag: '"v1"', quietPolls: 2, retryAt: 0, gone: true });

    const answer = await store.askFeedback.saveShown({
      question: 'q',
      passages: [],
      guildId: g,
      channelId: 'c',
      askedBy: 'u',
      askedAt: NOW,
    });
    expect(await store.askFeedback.vote(answer, 'a', 'up', NOW)).toBe('recorded');
    expect(await store.askFeedback.vote(answer, 'a', 'up', NOW)).toBe('unchanged');
    expect(await store.askFeedback.vote(answer, 'b', 'down', NOW)).toBe('recorded');
    expect(await store.askFeedback.vote(answer + 1000, 'a', 'up', NOW)).toBe('unknown answer');
    expect((await store.askFeedback.voted()).find((a) => a.id === answer)).toMatchObject({ up: 1, down: 1 });

    const seqs = await store.follows.see([`${g}-a`, `${g}-b`], NOW);
    expect(seqs.get(`${g}-b`)).toBe(seqs.get(`${g}-a`)! + 1);
    const follow = await store.follows.add(
      { guildId: g, channelId: 'c', words: 'steel', changesOnly: false, createdBy: 'u' },
      NOW,
    );
    expect(follow.afterSeq).toBeGreaterThanOrEqual(seqs.get(`${g}-b`)!);
    const alert = await store.follows.addAlert({
      followId: follow.id,
      kind: 'digest',
      data: '{}',
      status: 'queued',
      createdAt: NOW,
    });
    await store.follows.addAlert({
      followId: follow.id,
      kind: 'article',
      data: '{}',
      status: 'queued',
      createdAt: NOW,
    });
    expect(await store.follows.queuedSince('c', NOW - 1)).toMatchObject({ alerts: 1, digests: 1, lastDigestAt: NOW });
    await store.follows.consider(follow.id, `${g}-a`, alert.id);
    await store.follows.consider(follow.id, `${g}-a`, null);
    expect(await store.follows.considered(follow.id, `${g}-a`)).toBe(true);
  });
});

describe.skipIf(!postgresAvailable)('the store on PostgreSQL only', () => {
  it('lets two hosts claim at once without sharing a row: FOR UPDATE SKIP LOCKED', async () => {
    const url = await (await sharedPostgres()).createDatabase();
    const [a, b] = [storeOver(await openPostgres(url)), storeOver(await openPostgres(url))];
    for (let i = 0; i < 4; i++) await a.reminders.add(reminderIn('g', [86_400]), NOW);
    const due = deadline.at - 86_400_000;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let claimedByA: number[] = [];
    const first = a.transaction(async () => {
      claimedByA = (await a.reminders.dueAlerts(due)).slice(0, 2).map((r) => r.reminderId);
      await held;
    });
    await expect.poll(() => claimedByA.length).toBe(2);
    // A's transaction locks every due row it read (all four): B, meanwhile, finds none to claim.
    expect(await b.transaction(() => b.reminders.dueAlerts(due))).toEqual([]);
    release();
    await first;
    expect(await b.transaction(() => b.reminders.dueAlerts(due))).toHaveLength(4);
    await Promise.all([a.close(), b.close()]);
  });

  it('migrates once when two hosts start together, and refuses a database newer than the code', async () => {
    const server = await sharedPostgres();
    const url = await server.createDatabase();
    const both = await Promise.all([openPostgres(url), openPostgres(url)]);
    await Promise.all(both.map((sql) => sql.close()));
    expect(await server.psql('SELECT version FROM schema_version', new URL(url).pathname.slice(1))).toBe(
      String(POSTGRES_MIGRATIONS.length),
    );
    await server.psql(
      `UPDATE schema_version SET version = ${POSTGRES_MIGRATIONS.length + 1}`,
      new URL(url).pathname.slice(1),
    );
    await expect(openPostgres(url)).rejects.toThrow(
      /^the database at postgres:\/\/.* was written by a newer version of the bot: schema version \d+, newer than this bot/,
    );
  });
});

describe.skipIf(!postgresAvailable)('PostgreSQL going away', () => {
  let server: PostgresServer;
  let down = false;
  const stop = async () => {
    await server.stop();
    down = true;
  };
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterEach(async () => {
    if (down) await server.start();
    down = false;
  });
  afterAll(() => server.destroy());

  it('answers /remind add with a clear "try again" while the server is down, changes nothing, and works once it is back', async () => {
    const url = await server.createDatabase();
    const store = storeOver(await openPostgres(url, { retryDelaysMs: [50] }));
    const ctx = consoleContext(knowledgeBaseOf(), () => new Date(NOW), store);
    const log = createLogger('silent');
    await runCommand(commands, 'deadline', { subcommand: 'add', values: { name: 'G7', date: '2031-06-15' } }, ctx, log);
    const add = () => runCommand(commands, 'remind', { subcommand: 'add', values: { deadline: 'G7' } }, ctx, log);
    await stop();
    const refused = await add();
    expect(refused.reply.error).toMatch(
      /^The bot's database is unreachable right now\. Nothing was changed\. Try again in a minute\. \(ref [0-9a-f]+\)/,
    );
    await server.start();
    down = false;
    expect(await store.reminders.list('console')).toEqual([]);
    expect((await add()).reply.content).toMatch(/^Reminder #1: \*\*G7\*\*/);
    await store.close();
  });

  it('fails to start with the reason when the server cannot be reached', async () => {
    await stop();
    const started = openPostgres(server.url(), { retryDelaysMs: [10, 10] });
    await expect(started).rejects.toBeInstanceOf(DatabaseError);
    await expect(started).rejects.toMatchObject({ problem: 'unreachable' });
  });
});
