import { randomBytes } from 'node:crypto';
import type { Deadline } from '../deadlines/deadline.ts';
import { guildDeadlines } from '../deadlines/server.ts';
import type { Logger } from '../log/logger.ts';
import type { DeliveryRow } from '../store/deliveries.ts';
import type { GuildScope } from '../store/guild-scope.ts';
import type { DeadlineTiming, ReminderRow } from '../store/reminder-table.ts';
import type { BotStore } from '../store/store.ts';
import type { Deliver, DeliveryOutcome, ReminderPosts } from './delivery.ts';
import { disableReminder } from './manage.ts';
import { PendingOutcomes, storeFailedTry, thrownOutcome } from './outcomes.ts';

/**
 * The reminder poll loop. Each tick, at the injected clock's time:
 *
 * 1. Follow moved deadlines: a reminder whose deadline now ends at another instant is re-timed,
 *    its untried messages for the old date are cancelled, and a "moved" notice (citing why) is
 *    queued, all in one transaction. A deadline that no longer exists disables the reminder.
 * 2. Claim due alerts, in one transaction: each becomes `claimed` and gets a delivery row with a
 *    fresh nonce and its text (marked late when due well before now). An alert whose deadline has
 *    passed is `dropped` and logged instead.
 * 3. Send open deliveries: mark `sending` (committed before the request), post, then store the
 *    outcome: `sent`; `failed` + reminder disabled (permanent); `pending` with a backoff (transient).
 *
 * Exactly once. The claim and its delivery row commit together, so a due alert is never lost nor
 * claimed twice. A crash after `sending` is committed and before the outcome is stored leaves a row
 * that may or may not have been posted; the next tick (after a restart) sends it again with the
 * same nonce, and Discord's `enforce_nonce` answers with the message already posted instead of
 * posting a second one. Discord keeps nonces for a few minutes, so after a longer outage a
 * duplicate is possible in that one case, never a loss. One scheduler per database and guild
 * (`scope` splits guilds between processes that share it; on PostgreSQL the claim also skips rows
 * another host's transaction holds).
 *
 * Database faults (locked, full, read-only, closed). A write that fails changes nothing and fails
 * the tick; the next tick tries again: an unclaimed alert stays pending, an unsent delivery open.
 * The one write that must not simply be tried again is a try's outcome, after the message went out:
 * the scheduler keeps it in memory and stores it before anything else on later ticks, so this
 * process never posts that message again (after a restart, the nonce covers it as above).
 *
 * No timer per reminder: Node fires any delay over 24.8 days at once, and timers die with the process.
 */
export interface SchedulerOptions {
  store: BotStore;
  /** The corpus's deadlines as they are now (the knowledge base may be rebuilt while the bot runs). */
  corpusDeadlines: () => readonly Deadline[];
  deliver: Deliver;
  /** The texts it posts. */
  posts: ReminderPosts;
  now: () => Date;
  log: Logger;
  /** Poll interval; also the first retry delay. */
  pollMs: number;
  /** The guilds this process delivers for (its shards; the console: its own); default all. */
  scope?: GuildScope;
}

/** What every front end hands its scheduler; each adds how it delivers. */
export type ReminderSource = Pick<SchedulerOptions, 'store' | 'corpusDeadlines' | 'now' | 'log'> & {
  /** `REMINDER_POLL_SECONDS`. */
  pollSeconds: number;
};

export interface TickReport {
  /** Reminders whose deadline moved. */
  moved: number[];
  /** Deliveries queued for due alerts. */
  claimed: number;
  /** Alerts missed until after their deadline. */
  dropped: number;
  sent: DeliveryRow[];
  failed: DeliveryRow[];
  retried: DeliveryRow[];
}

export interface ReminderScheduler {
  tick(): Promise<TickReport>;
}

/** At most 25 characters, as Discord requires. */
const newNonce = () => `r${randomBytes(12).toString('base64url')}`;
const timingOf = (d: Deadline): DeadlineTiming => ({ id: d.id, title: d.title, date: d.date, at: Date.parse(d.at) });

export function createReminderScheduler(options: SchedulerOptions): ReminderScheduler {
  const { store, log, pollMs, scope } = options;
  /** Sent this long after its time, a reminder says it is late (a tick or two of delay is normal). */
  const lateAfterMs = Math.max(2 * pollMs, 60_000);

  function deadlineLookup(): (reminder: Pick<ReminderRow, 'guildId' | 'deadline'>) => Promise<Deadline | undefined> {
    const byGuild = new Map<string, Map<string, Deadline>>();
    return async ({ guildId, deadline }) => {
      let deadlines = byGuild.get(guildId);
      if (!deadlines) {
        deadlines = new Map(
          (await guildDeadlines(options.corpusDeadlines(), store.serverDeadlines, guildId)).map((d) => [d.id, d]),
        );
        byGuild.set(guildId, deadlines);
      }
      return deadlines.get(deadline.id);
    };
  }

  async function followMoves(
    now: number,
    lookup: ReturnType<typeof deadlineLookup>,
    report: TickReport,
  ): Promise<void> {
    for (const reminder of await store.reminders.active(scope)) {
      const deadline = await lookup(reminder);
      if (!deadline) {
        await disableReminder(store, reminder.id, `its deadline “${reminder.deadline.title}” no longer exists`);
        log.warn({ reminder: reminder.id, deadline: reminder.deadline.id }, 'reminder disabled: deadline gone');
      } else if (Date.parse(deadline.at) !== reminder.deadline.at) {
        await store.transaction(async () => {
          await store.reminders.retime(reminder.id, timingOf(deadline), now);
          await store.deliveries.cancelUntried(reminder.id, 'the deadline moved', 'reminder');
          const content = options.posts.moved(deadline, reminder.deadline, reminder.id);
          await store.deliveries.enqueue(
            {
              reminderId: reminder.id,
              kind: 'moved',
              guildId: reminder.guildId,
              channelId: reminder.channelId,
              nonce: newNonce(),
              content,
              late: false,
            },
            now,
          );
        });
        log.info(
          { reminder: reminder.id, deadline: deadline.id, from: reminder.deadline.date, to: deadline.date },
          'deadline moved',
        );
        report.moved.push(reminder.id);
      }
    }
  }

  async function claimDue(now: number, lookup: ReturnType<typeof deadlineLookup>, report: TickReport): Promise<void> {
    // Logged once committed: a claim that fails (disk full) rolls its drops back too.
    const dropped: { reminderId: number; alert: { beforeSeconds: number; dueAt: number }; why: string }[] = [];
    const drop = async (reminderId: number, alert: { beforeSeconds: number; dueAt: number }, why: string) => {
      await store.reminders.setAlertStatus(reminderId, alert.beforeSeconds, 'dropped');
      dropped.push({ reminderId, alert, why });
      report.dropped += 1;
    };
    await store.transaction(async () => {
      // Earliest first: when several alerts of one reminder are due at once (the bot was down),
      // only the last one goes out; "7 days before" is no news next to "1 day before".
      const due = await store.reminders.dueAlerts(now, scope);
      for (const [i, alert] of due.entries()) {
        const reminder = await store.reminders.get(alert.reminderId);
        const deadline = reminder ? await lookup(reminder) : undefined;
        if (!reminder || !deadline) continue;
        if (reminder.deadline.at <= now) {
          await drop(reminder.id, alert, 'missed until after its deadline');
          continue;
        }
        if (due.slice(i + 1).some((later) => later.reminderId === reminder.id)) {
          await drop(reminder.id, alert, 'superseded by a later reminder due at the same time');
          continue;
        }
        const late = now - alert.dueAt > lateAfterMs;
        await store.reminders.setAlertStatus(reminder.id, alert.beforeSeconds, 'claimed');
        await store.deliveries.enqueue(
          {
            reminderId: reminder.id,
            kind: 'reminder',
            beforeSeconds: alert.beforeSeconds,
            guildId: reminder.guildId,
            channelId: reminder.channelId,
            nonce: newNonce(),
            content: options.posts.reminder(
              deadline,
              reminder.id,
              alert.beforeSeconds,
              late ? { dueAt: alert.dueAt } : undefined,
            ),
            late,
          },
          now,
        );
        report.claimed += 1;
      }
    });
    for (const { reminderId, alert, why } of dropped) {
      log.warn(
        { reminder: reminderId, before: alert.beforeSeconds, dueAt: new Date(alert.dueAt).toISOString() },
        `reminder dropped: ${why}`,
      );
    }
  }

  /** Outcomes of tries that went out but could not be stored yet (see the comment at the top). */
  const outcomes = new PendingOutcomes();
  const storeOutcome = (deliveryId: number, write: () => Promise<void>) => outcomes.store(deliveryId, write);

  /** Why an open delivery should not go out any more, if it should not. */
  async function staleness(delivery: DeliveryRow, now: number): Promise<string | undefined> {
    const reminder = await store.reminders.get(delivery.reminderId);
    if (!reminder || reminder.status !== 'active') return `reminder is ${reminder?.status ?? 'gone'}`;
    if (delivery.kind === 'reminder' && reminder.deadline.at <= now)
      return 'the deadline passed before it could be sent';
    return undefined;
  }

  async function attempt(delivery: DeliveryRow, report: TickReport): Promise<void> {
    await store.deliveries.startAttempt(delivery.id);
    let outcome: DeliveryOutcome;
    try {
      outcome = await options.deliver(
        { reminderId: delivery.reminderId, guildId: delivery.guildId, channelId: delivery.channelId },
        { kind: delivery.kind, nonce: delivery.nonce, content: delivery.content, late: delivery.late },
      );
    } catch (error) {
      outcome = thrownOutcome(error);
    }
    const now = options.now().getTime();
    const where = {
      delivery: delivery.id,
      reminder: delivery.reminderId,
      channel: delivery.channelId,
      kind: delivery.kind,
    };
    if (outcome === 'sent') {
      log.info({ ...where, late: delivery.late }, 'reminder message sent');
      await storeOutcome(delivery.id, () => store.deliveries.sent(delivery.id, now));
      report.sent.push(delivery);
    } else {
      const stored = await storeFailedTry(outcome, delivery, {
        store,
        outcomes,
        log,
        pollMs,
        now,
        where,
        disable: (reason) => disableReminder(store, delivery.reminderId, reason),
        messages: {
          disabled: 'reminder disabled: channel unreachable',
          retrying: 'reminder message failed; will retry',
        },
      });
      report[stored].push(delivery);
    }
  }

  return {
    async tick() {
      await outcomes.flush();
      const now = options.now().getTime();
      const report: TickReport = { moved: [], claimed: 0, dropped: 0, sent: [], failed: [], retried: [] };
      const lookup = deadlineLookup();
      await followMoves(now, lookup, report);
      await claimDue(now, lookup, report);
      for (const delivery of await store.deliveries.open(now, scope)) {
        const stale = await staleness(delivery, now);
        if (stale) {
          await store.deliveries.cancel(delivery.id, stale);
          log.warn({ delivery: delivery.id, reminder: delivery.reminderId, reason: stale }, 'reminder message dropped');
          continue;
        }
        await attempt(delivery, report);
      }
      return report;
    },
  };
}

export interface RunningScheduler {
  /** Stops polling; resolves once a tick under way has finished. */
  stop(): Promise<void>;
}

/** Repeats `fn` every `ms`; returns how to stop. Injected by tests, `setInterval` otherwise. */
export type Every = (ms: number, fn: () => void) => () => void;

const everyInterval: Every = (ms, fn) => {
  const timer = setInterval(fn, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/** A tick whose failure is logged rather than thrown: the next tick tries again, and nothing was lost meanwhile. */
export async function tickOrLog(scheduler: ReminderScheduler, log: Logger): Promise<TickReport | undefined> {
  try {
    return await scheduler.tick();
  } catch (error) {
    log.error({ err: error }, 'reminder tick failed; the next one tries again');
    return undefined;
  }
}

/**
 * Runs `tick` at once, then every `pollMs`; a tick never overlaps the previous one. `tick` logs
 * its own failures (see `tickOrLog`), so the loop goes on.
 */
export function startPolling(
  tick: () => Promise<unknown>,
  pollMs: number,
  every: Every = everyInterval,
): RunningScheduler {
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= tick().finally(() => (running = undefined));
  };
  run();
  const cancel = every(pollMs, run);
  return {
    async stop() {
      cancel();
      await running;
    },
  };
}

/**
 * Ticks at once (delivering what came due, or was interrupted, while the bot was down), then every
 * `pollMs`. A tick never overlaps the previous one; a failing tick is logged and the loop goes on.
 */
export function startReminderScheduler(options: SchedulerOptions & { every?: Every }): RunningScheduler {
  const scheduler = createReminderScheduler(options);
  return startPolling(() => tickOrLog(scheduler, options.log), options.pollMs, options.every);
}
