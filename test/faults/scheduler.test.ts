import { Writable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverDeadlineOf } from '../../src/deadlines/server.ts';
import { createLogger } from '../../src/log/logger.ts';
import type { Deliver } from '../../src/reminders/delivery.ts';
import { addReminder } from '../../src/reminders/manage.ts';
import {
  createReminderScheduler,
  startReminderScheduler,
  type SchedulerOptions,
} from '../../src/reminders/scheduler.ts';
import type { BotStore } from '../../src/store/store.ts';
import { capturingLogger, FakeChannels, TestClock } from '../reminders/fakes.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { faultyStore, fillDisk, holdWriteLock, rowCounts } from './faults.ts';
import { reminderPosts } from '../../src/render/reminder-posts.ts';

const GUILD = '100000000000000001';
const DAY_SECONDS = 86_400;
/** A server deadline on 2025-06-15 (end of day in New York); its 1-day reminders are due at this moment. */
const DEADLINE_AT = Date.parse('2025-06-16T03:59:59Z');
const DUE = '2025-06-15T04:00:00Z';

describe('the reminder scheduler when the database fails', () => {
  let store: BotStore;
  let db: Database;
  let path: string;
  let clock: TestClock;
  let channels: FakeChannels;

  const options = (overrides: Partial<SchedulerOptions> = {}): SchedulerOptions => ({
    store,
    corpusDeadlines: () => [],
    deliver: channels.deliver,
    posts: reminderPosts,
    now: clock.now,
    log: createLogger('silent'),
    pollMs: 30_000,
    ...overrides,
  });
  /** One 1-day reminder per channel, for a server deadline (default: the G7). */
  const remind = async (channelCount: number, name = 'G7', date = '2025-06-15', at = DEADLINE_AT) => {
    const row = {
      guildId: GUILD,
      id: `server-${name.toLowerCase()}`,
      name,
      date,
      at,
      timeZone: 'America/New_York',
      hasTime: false,
      history: [],
      createdBy: 'u',
      updatedAt: 0,
    };
    await store.serverDeadlines.save(row);
    const deadline = serverDeadlineOf(row);
    for (let i = 1; i <= channelCount; i += 1) {
      const added = await addReminder(
        store,
        {
          guildId: GUILD,
          channelId: `2000000000000000${String(i).padStart(2, '0')}`,
          deadline,
          before: [DAY_SECONDS],
          createdBy: 'admin',
        },
        clock.now(),
      );
      if (!added.ok) throw new Error(added.error);
    }
  };
  const alertStatuses = () => db.prepare('SELECT status FROM reminder_alerts').pluck().all();
  const deliveryStatuses = () => db.prepare('SELECT status FROM deliveries').pluck().all();

  beforeEach(() => {
    ({ store, db, path } = faultyStore());
    clock = new TestClock(new Date('2025-06-01T00:00:00Z'));
    channels = new FakeChannels();
  });
  afterEach(async () => {
    if (db.open) await store.close();
  });

  it('claims nothing while another connection holds the lock, then sends each reminder once', async () => {
    await remind(1);
    clock.set(DUE);
    const scheduler = createReminderScheduler(options());
    const release = holdWriteLock(path);
    await expect(scheduler.tick()).rejects.toThrow(/the database at .* is locked by another connection/);
    expect(alertStatuses()).toEqual(['pending']);
    expect(channels.requests).toEqual([]);

    release();
    await scheduler.tick();
    await scheduler.tick();
    expect(channels.requests).toHaveLength(1);
    expect(deliveryStatuses()).toEqual(['sent']);
  });

  it('loses no claim on a full disk: every due reminder stays pending, and each goes out once there is room', async () => {
    // Enough messages at once that their rows cannot fit in the pages the database already has.
    await remind(60);
    // And one missed until after its deadline, dropped in the same claim.
    await remind(1, 'Summit', '2025-06-13', Date.parse('2025-06-14T03:59:59Z'));
    clock.set(DUE);
    const { log, lines } = capturingLogger();
    const scheduler = createReminderScheduler(options({ log }));
    const makeRoom = fillDisk(db);
    await expect(scheduler.tick()).rejects.toThrow(/the database at .* cannot grow: the disk is full/);
    expect(new Set(alertStatuses())).toEqual(new Set(['pending']));
    expect(rowCounts(db).deliveries).toBe(0);
    expect(channels.requests).toEqual([]);
    expect(lines().filter((l) => l.msg.startsWith('reminder dropped'))).toEqual([]);

    makeRoom();
    await scheduler.tick();
    await scheduler.tick();
    expect(channels.requests).toHaveLength(60);
    expect(new Set(channels.requests.map((r) => r.channelId)).size).toBe(60);
    expect(new Set(deliveryStatuses())).toEqual(new Set(['sent']));
    expect(lines().filter((l) => l.msg.startsWith('reminder dropped'))).toHaveLength(1);
  });

  // The message went out, then its "sent" could not be stored: posting it again would be a duplicate.
  it.each([
    ['locked', (): (() => void) => holdWriteLock(path), /is locked by another connection/],
    [
      'read-only',
      (): (() => void) => {
        db.pragma('query_only = ON');
        return () => void db.pragma('query_only = OFF');
      },
      /is read-only/,
    ],
  ])(
    'does not post a message twice when the database is %s as its outcome is stored',
    async (_fault, fail, message) => {
      await remind(1);
      clock.set(DUE);
      let recover: (() => void) | undefined;
      const deliver: Deliver = async (target, outgoing) => {
        const outcome = channels.post(target, outgoing);
        recover = fail();
        return outcome;
      };
      const scheduler = createReminderScheduler(options({ deliver }));
      await expect(scheduler.tick()).rejects.toThrow(message);
      await expect(scheduler.tick()).rejects.toThrow(message);
      expect(channels.requests).toHaveLength(1);
      expect(deliveryStatuses()).toEqual(['sending']);

      recover?.();
      await scheduler.tick();
      await scheduler.tick();
      expect(channels.requests).toHaveLength(1);
      expect(deliveryStatuses()).toEqual(['sent']);
    },
  );

  it('keeps polling when the database is closed mid-tick, logging each failure, with no unhandled rejection', async () => {
    await remind(1);
    clock.set(DUE);
    const failures: string[] = [];
    let failed = () => {};
    // Resolves once the failed tick has wound up (the loop lets the next one start only then).
    const nextFailure = () => new Promise<void>((resolve) => (failed = () => setImmediate(resolve)));
    const log = pino(
      { level: 'error' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          const line = JSON.parse(chunk.toString()) as { msg: string; err: { message: string } };
          failures.push(`${line.msg}: ${line.err.message}`);
          failed();
          done();
        },
      }),
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => {
      unhandled.push(reason);
      failed();
    };
    process.on('unhandledRejection', onUnhandled);
    let interval = () => {};
    const deliver: Deliver = async (target, outgoing) => {
      await store.close(); // as a shutdown would, while the message is on its way
      return channels.post(target, outgoing);
    };
    const first = nextFailure();
    const running = startReminderScheduler({
      ...options({ deliver, log }),
      every: (_ms, fn) => ((interval = fn), () => {}),
    });
    await first;
    const second = nextFailure();
    interval();
    await second;
    await running.stop();
    process.off('unhandledRejection', onUnhandled);

    expect(failures).toHaveLength(2);
    for (const failure of failures)
      expect(failure).toMatch(/^reminder tick failed; the next one tries again: the database at .* is closed/);
    expect(channels.requests).toHaveLength(1);
    expect(unhandled).toEqual([]);
  });

  it('lets a one-shot console command answer when its reminder ticks fail', async () => {
    await store.close();
    expect(await runConsoleJson('/help', { store })).toMatchObject({ ok: true, command: 'help', exitCode: 0 });
  });
});
