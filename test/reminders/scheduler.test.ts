import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../src/deadlines/deadline.ts';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { createLogger } from '../../src/log/logger.ts';
import { addReminder, reminderView } from '../../src/reminders/manage.ts';
import {
  createReminderScheduler,
  startReminderScheduler,
  type SchedulerOptions,
} from '../../src/reminders/scheduler.ts';
import { openStore, type BotStore } from '../../src/store/store.ts';
import { articleOf } from '../deadlines/articles.ts';
import { capturingLogger, dyingDeliver, FakeChannels, TestClock } from './fakes.ts';
import { reminderPosts } from '../../src/render/reminder-posts.ts';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000002';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const POLL = 30_000;

/** Corpus as of early August: the Geneva truce, 90 days from the May 12 talks (approximate). */
const geneva = articleOf('2025-05-14-geneva', '2025-05-14', [
  'After the May 12 talks in Geneva, Washington and Beijing said they would suspend most new tariffs for 90 days.',
]);
/** The article that moves it. */
const extended = articleOf('2025-08-11-extended', '2025-08-11', [
  'President Trump signed an order extending the tariff truce with China, which was due to expire on Aug. 12, to Nov. 10.',
]);
const august = extractDeadlines([geneva]);
const november = extractDeadlines([geneva, extended]);
const truce = (deadlines: Deadline[]) => deadlines.find((d) => d.id === 'us-china-tariffs') as Deadline;

describe('reminder scheduler', () => {
  let store: BotStore;
  let clock: TestClock;
  let channels: FakeChannels;
  let corpus: Deadline[];

  const options = (overrides: Partial<SchedulerOptions> = {}): SchedulerOptions => ({
    store,
    corpusDeadlines: () => corpus,
    deliver: channels.deliver,
    posts: reminderPosts,
    now: clock.now,
    log: createLogger('silent'),
    pollMs: POLL,
    ...overrides,
  });
  const remind = async (before: number[], channelId = CHANNEL) => {
    const added = await addReminder(
      store,
      { guildId: GUILD, channelId, deadline: truce(corpus), before, createdBy: 'admin' },
      clock.now(),
    );
    if (!added.ok) throw new Error(added.error);
    return added.reminder;
  };

  beforeEach(() => {
    store = openStore(':memory:');
    clock = new TestClock(new Date('2025-08-01T12:00:00Z'));
    channels = new FakeChannels();
    corpus = august;
  });
  afterEach(() => store.close());

  it('has the Geneva truce ending on 2025-08-10 (approximate) before the extension', () => {
    expect(truce(august)).toMatchObject({ date: '2025-08-10', at: '2025-08-11T03:59:59.000Z', approximate: true });
    expect(truce(november)).toMatchObject({ date: '2025-11-10', at: '2025-11-11T04:59:59.000Z', approximate: false });
  });

  it('posts a reminder at its moment, once, with mentions suppressed and a nonce', async () => {
    const reminder = await remind([DAY / 1000]);
    const due = Date.parse('2025-08-10T03:59:59Z');
    const scheduler = createReminderScheduler(options());

    clock.set(new Date(due - 1000).toISOString());
    await scheduler.tick();
    expect(channels.requests).toEqual([]);

    clock.set(new Date(due).toISOString());
    const report = await scheduler.tick();
    expect(report.sent).toHaveLength(1);
    expect(channels.messages).toHaveLength(1);
    const [message] = channels.messages;
    expect(message?.channelId).toBe(CHANNEL);
    expect(message?.body).toMatchObject({
      allowed_mentions: { parse: [] },
      enforce_nonce: true,
      nonce: expect.stringMatching(/^.{1,25}$/),
    });
    expect(message?.body.content).toContain(
      '**US–China tariff suspension** ends <t:1754884799:F> (<t:1754884799:R>), approximately: worked out from a duration.',
    );
    expect(message?.body.content).toContain('> After the May 12 talks in Geneva');
    expect(message?.body.content).not.toContain('Late');
    expect((await store.deliveries.ofReminder(reminder.id)).map((d) => [d.status, d.late])).toEqual([['sent', false]]);

    clock.advance(HOUR);
    await scheduler.tick();
    expect(channels.requests).toHaveLength(1);
  });

  it('sends a reminder missed while the bot was down late, marked late, if its deadline has not passed', async () => {
    await remind([DAY / 1000]);
    clock.set('2025-08-10T09:00:00Z'); // five hours after it was due
    await createReminderScheduler(options()).tick();
    expect(channels.messages).toHaveLength(1);
    expect(channels.messages[0]?.body.content).toContain(
      'Late: this 1d-before reminder was due <t:1754798399:F>, while the bot was offline.',
    );
  });

  it('sends only the latest of several reminders missed together', async () => {
    const reminder = await remind([(7 * DAY) / 1000, DAY / 1000]);
    clock.set('2025-08-10T09:00:00Z');
    const report = await createReminderScheduler(options()).tick();
    expect(report).toMatchObject({ claimed: 1, dropped: 1 });
    expect(channels.messages).toHaveLength(1);
    expect(channels.messages[0]?.body.content).toContain('Late: this 1d-before reminder');
    expect((await store.reminders.get(reminder.id))?.alerts.map((a) => a.status)).toEqual(['dropped', 'claimed']);
  });

  it('drops and logs a reminder missed until after its deadline', async () => {
    const reminder = await remind([DAY / 1000]);
    const { log, lines } = capturingLogger();
    clock.set('2025-08-12T00:00:00Z');
    const report = await createReminderScheduler(options({ log })).tick();
    expect(report.dropped).toBe(1);
    expect(channels.requests).toEqual([]);
    expect((await store.reminders.get(reminder.id))?.alerts.map((a) => a.status)).toEqual(['dropped']);
    expect(
      lines().some((l) => l.msg === 'reminder dropped: missed until after its deadline' && l.reminder === reminder.id),
    ).toBe(true);
  });

  describe('a restart between claim and delivery gives exactly one message', () => {
    let path: string;
    beforeEach(() => {
      path = join(mkdtempSync(join(tmpdir(), 'reminders-')), 'nested', 'bot.db');
    });

    it.each([
      ['after the post reached Discord', true],
      ['before the post reached Discord', false],
    ])('crash %s', async (_, reachedDiscord) => {
      await store.close();
      store = openStore(path);
      const reminder = await remind([DAY / 1000]);
      clock.set('2025-08-10T04:00:00Z');
      // The tick runs up to the request, which never answers: the bot dies there.
      void createReminderScheduler(options({ deliver: dyingDeliver(channels, reachedDiscord) })).tick();
      await vi.waitFor(async () =>
        expect((await store.deliveries.ofReminder(reminder.id)).map((d) => d.status)).toEqual(['sending']),
      );
      await store.close();

      store = openStore(path);
      clock.advance(POLL);
      await createReminderScheduler(options()).tick();
      expect(channels.messages).toHaveLength(1);
      expect(channels.requests).toHaveLength(reachedDiscord ? 2 : 1);
      expect(new Set(channels.requests.map((r) => r.body.nonce)).size).toBe(1);
      expect((await store.deliveries.ofReminder(reminder.id)).map((d) => [d.status, d.attempts])).toEqual([
        ['sent', 2],
      ]);

      await store.close();
      store = openStore(path);
      clock.advance(POLL);
      await createReminderScheduler(options()).tick();
      expect(channels.requests).toHaveLength(reachedDiscord ? 2 : 1);
    });
  });

  it('moves pending reminders with the deadline and tells the channel why, citing the article', async () => {
    const reminder = await remind([(7 * DAY) / 1000, DAY / 1000]);
    const scheduler = createReminderScheduler(options());
    clock.set('2025-08-04T04:00:00Z');
    await scheduler.tick(); // the 7-day reminder for 10 August
    expect(channels.messages).toHaveLength(1);

    corpus = november; // the knowledge base was rebuilt with the 11 August article
    clock.set('2025-08-11T12:00:00Z');
    const report = await scheduler.tick();
    expect(report.moved).toEqual([reminder.id]);
    expect(channels.messages).toHaveLength(2);
    const notice = channels.messages[1]?.body.content ?? '';
    expect(notice).toContain('📅 **US–China tariff truce** moved: it now ends <t:1762837199:F>');
    expect(notice).toContain('no longer <t:1754884799:F>');
    expect(notice).toContain('> President Trump signed an order extending the tariff truce with China');
    expect(notice).toContain('— “Trade news”, Test Wire, <t:1754870400:D>, paragraph 1');

    const moved = await store.reminders.get(reminder.id);
    expect(moved?.deadline.date).toBe('2025-11-10');
    // The 1-day reminder did not fire for the old date; both now count from 10 November.
    expect(moved?.alerts.map((a) => [a.beforeSeconds, new Date(a.dueAt).toISOString(), a.status])).toEqual([
      [7 * 86_400, '2025-11-04T04:59:59.000Z', 'pending'],
      [86_400, '2025-11-10T04:59:59.000Z', 'pending'],
    ]);

    clock.set('2025-11-04T05:00:00Z');
    await scheduler.tick();
    expect(channels.messages).toHaveLength(3);
    expect(channels.messages[2]?.body.content).toContain('ends <t:1762837199:F>');
    await scheduler.tick();
    expect(channels.messages).toHaveLength(3);
  });

  it.each([
    ['deleted', '404 Unknown Channel'],
    ['forbidden', '403 Missing Permissions'],
  ] as const)('disables a reminder whose channel is %s, and says why in the list', async (state, reason) => {
    const reminder = await remind([(7 * DAY) / 1000, DAY / 1000]);
    channels[state].add(CHANNEL);
    const scheduler = createReminderScheduler(options());
    clock.set('2025-08-04T04:00:00Z');
    const report = await scheduler.tick();
    expect(report.failed).toHaveLength(1);
    expect(await reminderView(store, (await store.reminders.get(reminder.id))!)).toMatchObject({
      status: 'disabled',
      disabledReason: reason,
      alerts: [
        { before: '7d', status: 'failed' },
        { before: '1d', status: 'pending' },
      ],
    });
    clock.set('2025-08-10T04:00:00Z');
    await scheduler.tick();
    expect(channels.requests).toHaveLength(1);
    expect(channels.messages).toEqual([]);
  });

  it('retries a transient failure with backoff, with the same nonce, until it is sent once', async () => {
    await remind([DAY / 1000]);
    channels.outages = 2;
    const scheduler = createReminderScheduler(options());
    clock.set('2025-08-10T04:00:00Z');
    expect((await scheduler.tick()).retried).toHaveLength(1);
    clock.advance(POLL - 1000);
    await scheduler.tick();
    expect(channels.requests).toHaveLength(1);
    clock.advance(1000);
    expect((await scheduler.tick()).retried).toHaveLength(1); // second failure: waits twice as long
    clock.advance(2 * POLL - 1000);
    await scheduler.tick();
    expect(channels.requests).toHaveLength(2);
    clock.advance(1000);
    expect((await scheduler.tick()).sent).toHaveLength(1);
    expect(channels.messages).toHaveLength(1);
    expect(new Set(channels.requests.map((r) => r.body.nonce)).size).toBe(1);
  });

  it('treats a deliver that throws as transient', async () => {
    await remind([DAY / 1000]);
    clock.set('2025-08-10T04:00:00Z');
    const report = await createReminderScheduler(
      options({ deliver: () => Promise.reject(new Error('socket hang up')) }),
    ).tick();
    expect(report.retried).toHaveLength(1);
    expect((await store.deliveries.open(clock.now().getTime() + POLL)).map((d) => d.lastError)).toEqual([
      'socket hang up',
    ]);
  });

  it('disables a reminder whose deadline disappeared', async () => {
    const reminder = await remind([DAY / 1000]);
    corpus = [];
    await createReminderScheduler(options()).tick();
    expect(await store.reminders.get(reminder.id)).toMatchObject({
      status: 'disabled',
      disabledReason: 'its deadline “US–China tariff suspension” no longer exists',
    });
  });

  it('leaves guilds it does not handle to another process', async () => {
    await remind([DAY / 1000]);
    clock.set('2025-08-10T04:00:00Z');
    await createReminderScheduler(options({ scope: { guildId: 'console' } })).tick();
    expect(channels.requests).toEqual([]);
    await createReminderScheduler(options()).tick();
    expect(channels.requests).toHaveLength(1);
  });

  it('startReminderScheduler ticks at once, then on each interval, never two ticks at a time', async () => {
    await remind([(7 * DAY) / 1000, DAY / 1000]);
    clock.set('2025-08-04T04:00:00Z');
    let interval: (() => void) | undefined;
    let cancelled = false;
    let release: (() => void) | undefined;
    const calls: string[] = [];
    const deliver: SchedulerOptions['deliver'] = async (target, message) => {
      calls.push(message.nonce);
      await new Promise<void>((resolve) => (release = resolve));
      return channels.post(target, message);
    };
    const running = startReminderScheduler({
      ...options({ deliver }),
      every: (ms, fn) => {
        expect(ms).toBe(POLL);
        interval = fn;
        return () => (cancelled = true);
      },
    });
    await vi.waitFor(() => expect(calls).toHaveLength(1)); // the first tick is under way
    interval?.(); // the interval fires while it runs: skipped
    release?.();
    await running.stop();
    expect(cancelled).toBe(true);
    expect(calls).toHaveLength(1);
    expect(channels.messages).toHaveLength(1);
  });
});
