import fc from 'fast-check';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { serverDeadlineOf } from '../../src/deadlines/server.ts';
import { createLogger } from '../../src/log/logger.ts';
import type { Deliver, DeliveryOutcome } from '../../src/reminders/delivery.ts';
import { addReminder } from '../../src/reminders/manage.ts';
import { createReminderScheduler, type ReminderScheduler } from '../../src/reminders/scheduler.ts';
import { reminderPosts } from '../../src/render/reminder-posts.ts';
import { storeOn, openDatabase, type BotStore } from '../../src/store/store.ts';
import { fuzzParameters, fuzzTimeout } from '../fuzz/config.ts';
import { tempDatabasePath } from '../faults/faults.ts';
import { FakeChannels, TestClock } from './fakes.ts';

/**
 * The reminder scheduler against a reference model, step by step (fast-check `commands`): clock
 * jumps, ticks that meet a database fault before or after a message goes out, crashes between the
 * claim and the send (the post reaching Discord or not), restarts, and channels that fail for a
 * while or for good. Discord is a fake that forgets nonces after `NONCE_MEMORY_MS`, so the one
 * documented duplicate (a crash after the post, then a restart after Discord forgot the nonce) is
 * exercised, predicted by the model, and bounded; every other alert goes out exactly once or is
 * accounted for.
 *
 * The model knows the scheduler's rules and nothing of its code: due alerts are claimed earliest
 * first, an alert whose deadline passed is dropped, and of several due at once for one reminder
 * only the last goes out; a try that fails for now waits `POLL · 2^(tries-1)` (at most an hour); a
 * channel gone for good disables its reminder; a process that posted but could not store the
 * outcome keeps it in memory and never posts that message again.
 */

const GUILD = '100000000000000001';
const CHANNELS = ['200000000000000001', '200000000000000002', '200000000000000003'];
const POLL = 30_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const NONCE_MEMORY_MS = 5 * MINUTE;
const START = Date.parse('2025-06-01T00:00:00Z');
/** Server deadlines 1.5, 3 and 6 days after the start. */
const DEADLINES = [36, 72, 144].map((hours, i) => ({ name: `Deadline ${i}`, at: START + hours * HOUR }));
const OFFSETS = [3_600, 86_400, 2 * 86_400];
/** A case is up to 30 steps on a real SQLite file: a quarter of FUZZ_RUNS. */
const COST = { share: 0.25, msPerCase: 1_000 };

type AlertStatus = 'pending' | 'claimed' | 'skipped' | 'dropped';
type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
type ChannelState = 'ok' | 'failing' | 'deleted';
type Outcome = 'sent' | 'permanent' | 'transient';

interface ModelDelivery {
  id: number;
  reminderId: number;
  beforeSeconds: number;
  status: DeliveryStatus;
  attempts: number;
  nextAt: number;
  /** Messages Discord holds for it, and when it last created one (its nonce memory). */
  messages: number;
  postedAt?: number;
  /** Second messages the documented case allows: a crash after the post, a resend after Discord forgot. */
  allowedExtra: number;
}

interface Model {
  now: number;
  reminders: Map<number, { channel: number; deadlineAt: number; active: boolean }>;
  alerts: Map<string, { reminderId: number; beforeSeconds: number; dueAt: number; status: AlertStatus }>;
  deliveries: ModelDelivery[];
  channels: ChannelState[];
  /** Outcomes this process could not store yet (lost with the process). */
  unstored: Map<number, Outcome>;
  /** A crash left a try whose post reached Discord; a resend after the nonce is forgotten duplicates it. */
  reachedBeforeCrash: Set<number>;
}

interface Real {
  path: string;
  db: Database;
  store: BotStore;
  scheduler: ReminderScheduler;
  clock: TestClock;
  discord: FakeChannels;
  /** Set for one tick: what the next deliver call does instead of answering. */
  next?: 'fault-after-send' | 'crash-reaching' | 'crash-silent';
}

type TickMode = 'normal' | 'database-fault' | 'fault-after-send' | 'crash-reaching' | 'crash-silent';

// The model's tick: the same rules, written from the scheduler's contract.
function modelTick(m: Model, mode: TickMode): 'done' | 'crashed' {
  if (mode === 'database-fault') return 'done';
  for (const [id, outcome] of m.unstored) applyOutcome(m, delivery(m, id), outcome);
  m.unstored.clear();
  const due = [...m.alerts.values()]
    .filter((a) => a.status === 'pending' && a.dueAt <= m.now && m.reminders.get(a.reminderId)?.active)
    .sort((a, b) => a.dueAt - b.dueAt || a.reminderId - b.reminderId);
  for (const [i, alert] of due.entries()) {
    const reminder = m.reminders.get(alert.reminderId)!;
    if (reminder.deadlineAt <= m.now || due.slice(i + 1).some((later) => later.reminderId === alert.reminderId)) {
      alert.status = 'dropped';
      continue;
    }
    alert.status = 'claimed';
    m.deliveries.push({
      id: m.deliveries.length + 1,
      reminderId: alert.reminderId,
      beforeSeconds: alert.beforeSeconds,
      status: 'pending',
      attempts: 0,
      nextAt: m.now,
      messages: 0,
      allowedExtra: 0,
    });
  }
  let first = true;
  for (const d of m.deliveries.filter((d) => (d.status === 'pending' || d.status === 'sending') && d.nextAt <= m.now)) {
    const reminder = m.reminders.get(d.reminderId)!;
    if (!reminder.active || reminder.deadlineAt <= m.now) {
      d.status = 'cancelled';
      continue;
    }
    d.status = 'sending';
    d.attempts += 1;
    const state = m.channels[reminder.channel];
    if (mode === 'crash-reaching' || mode === 'crash-silent') {
      if (mode === 'crash-reaching' && state === 'ok') {
        post(m, d);
        m.reachedBeforeCrash.add(d.id);
      }
      return 'crashed';
    }
    const outcome: Outcome = state === 'ok' ? 'sent' : state === 'deleted' ? 'permanent' : 'transient';
    if (outcome === 'sent') post(m, d);
    if (mode === 'fault-after-send' && first) {
      m.unstored.set(d.id, outcome);
      return 'done';
    }
    first = false;
    applyOutcome(m, d, outcome);
  }
  return 'done';
}

function post(m: Model, d: ModelDelivery): void {
  if (d.postedAt !== undefined && m.now - d.postedAt < NONCE_MEMORY_MS) return;
  if (d.messages > 0 && m.reachedBeforeCrash.has(d.id)) d.allowedExtra += 1;
  d.messages += 1;
  d.postedAt = m.now;
}

function applyOutcome(m: Model, d: ModelDelivery, outcome: Outcome): void {
  m.reachedBeforeCrash.delete(d.id);
  if (outcome === 'sent') d.status = 'sent';
  else if (outcome === 'permanent') {
    d.status = 'failed';
    m.reminders.get(d.reminderId)!.active = false;
    for (const other of m.deliveries)
      if (other.reminderId === d.reminderId && other.status === 'pending') other.status = 'cancelled';
  } else {
    d.status = 'pending';
    d.nextAt = m.now + Math.min(POLL * 2 ** (d.attempts - 1), HOUR);
  }
}

const delivery = (m: Model, id: number) => m.deliveries.find((d) => d.id === id)!;

// The system's side.
function startProcess(real: Pick<Real, 'path' | 'clock' | 'discord'> & { next?: Real['next'] }): Real {
  const db = openDatabase(real.path);
  const store = storeOn(db);
  const self = real as Real;
  const deliver: Deliver = (target, message) => {
    const mode = self.next;
    self.next = undefined;
    if (mode === 'crash-reaching' || mode === 'crash-silent') {
      if (mode === 'crash-reaching') real.discord.post(target, message);
      return new Promise<never>(() => {});
    }
    const outcome: DeliveryOutcome = real.discord.post(target, message);
    if (mode === 'fault-after-send') db.pragma('query_only = ON');
    return Promise.resolve(outcome);
  };
  const scheduler = createReminderScheduler({
    store,
    corpusDeadlines: () => [],
    deliver,
    posts: reminderPosts,
    now: real.clock.now,
    log: createLogger('silent'),
    pollMs: POLL,
  });
  return Object.assign(self, { db, store, scheduler });
}

/** Runs one tick; true when the process died in it (its tick never answers). */
async function realTick(real: Real, mode: TickMode): Promise<boolean> {
  if (mode === 'database-fault') real.db.pragma('query_only = ON');
  else if (mode !== 'normal') real.next = mode;
  const tick = real.scheduler.tick().then(
    () => 'done' as const,
    () => 'failed' as const,
  );
  // Everything up to the first post runs at once; a tick still waiting after that is a dead process.
  const result = await Promise.race([tick, new Promise<'hung'>((resolve) => setImmediate(() => resolve('hung')))]);
  real.db.pragma('query_only = OFF');
  real.next = undefined;
  return result === 'hung';
}

async function restart(real: Real): Promise<void> {
  await real.store.close();
  startProcess(real);
}

// Both sides must agree after every step.
function expectAgreement(m: Model, real: Real): void {
  const alerts = real.db
    .prepare('SELECT reminder_id, before_seconds, status FROM reminder_alerts ORDER BY reminder_id, before_seconds')
    .all() as { reminder_id: number; before_seconds: number; status: AlertStatus }[];
  expect(alerts.map((a) => `${a.reminder_id}/${a.before_seconds}: ${a.status}`)).toEqual(
    [...m.alerts.values()]
      .sort((a, b) => a.reminderId - b.reminderId || a.beforeSeconds - b.beforeSeconds)
      .map((a) => `${a.reminderId}/${a.beforeSeconds}: ${a.status}`),
  );
  const deliveries = real.db
    .prepare(
      'SELECT id, reminder_id, before_seconds, status, attempts, next_attempt_at, nonce FROM deliveries ORDER BY id',
    )
    .all() as {
    id: number;
    reminder_id: number;
    before_seconds: number;
    status: DeliveryStatus;
    attempts: number;
    next_attempt_at: number;
    nonce: string;
  }[];
  const open = (status: DeliveryStatus) => status === 'pending' || status === 'sending';
  expect(
    deliveries.map((d) => ({
      id: d.id,
      alert: `${d.reminder_id}/${d.before_seconds}`,
      status: d.status,
      attempts: d.attempts,
      nextAt: open(d.status) ? d.next_attempt_at : null,
      messages: real.discord.messages.filter((msg) => msg.body.nonce === d.nonce).length,
    })),
  ).toEqual(
    m.deliveries.map((d) => ({
      id: d.id,
      alert: `${d.reminderId}/${d.beforeSeconds}`,
      status: d.status,
      attempts: d.attempts,
      nextAt: open(d.status) ? d.nextAt : null,
      messages: d.messages,
    })),
  );
  const reminders = real.db.prepare('SELECT id, status FROM reminders ORDER BY id').all();
  expect(reminders).toEqual(
    [...m.reminders.entries()].map(([id, r]) => ({ id, status: r.active ? 'active' : 'disabled' })),
  );
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(m: Model, real: Real): Promise<void> {
    m.now += this.ms;
    real.clock.advance(this.ms);
  }
  toString = () => `advance ${Math.round(this.ms / 1000)}s`;
}

/** When the scheduler next has work: the earliest pending alert of an active reminder or open delivery. */
function nextWork(m: Model): number | undefined {
  const times = [
    ...[...m.alerts.values()]
      .filter((a) => a.status === 'pending' && m.reminders.get(a.reminderId)!.active)
      .map((a) => a.dueAt),
    ...m.deliveries.filter((d) => d.status === 'pending' || d.status === 'sending').map((d) => d.nextAt),
  ];
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** Jumps to the next work plus `lateMs` (when there is any), then ticks. */
class TickAtWork implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly lateMs: number,
    readonly mode: TickMode,
  ) {}
  check = () => true;
  async run(m: Model, real: Real): Promise<void> {
    const next = nextWork(m);
    if (next !== undefined) await new Advance(Math.max(0, next - m.now) + this.lateMs).run(m, real);
    await new Tick(this.mode).run(m, real);
  }
  toString = () => `${Math.round(this.lateMs / 1000)}s after the next work, tick (${this.mode})`;
}

class Tick implements fc.AsyncCommand<Model, Real> {
  constructor(readonly mode: TickMode) {}
  check = () => true;
  async run(m: Model, real: Real): Promise<void> {
    const crashed = modelTick(m, this.mode) === 'crashed';
    expect(await realTick(real, this.mode)).toBe(crashed);
    if (crashed) {
      modelRestart(m);
      await restart(real);
    }
    expectAgreement(m, real);
  }
  toString = () => `tick (${this.mode})`;
}

/** The process dies: outcomes it kept in memory are lost, and a post among them may be sent again. */
function modelRestart(m: Model): void {
  for (const [id, outcome] of m.unstored) if (outcome === 'sent') m.reachedBeforeCrash.add(id);
  m.unstored.clear();
}

class Restart implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, real: Real): Promise<void> {
    modelRestart(m);
    await restart(real);
    expectAgreement(m, real);
  }
  toString = () => 'restart';
}

class SetChannel implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly channel: number,
    readonly state: ChannelState,
  ) {}
  // A deleted channel stays deleted.
  check = (m: Readonly<Model>) => m.channels[this.channel] !== 'deleted';
  async run(m: Model, real: Real): Promise<void> {
    m.channels[this.channel] = this.state;
    const id = CHANNELS[this.channel]!;
    real.discord.failing.delete(id);
    if (this.state === 'failing') real.discord.failing.add(id);
    if (this.state === 'deleted') real.discord.deleted.add(id);
  }
  toString = () => `channel ${this.channel} ${this.state}`;
}

const lateness = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 10 * MINUTE }),
  fc.integer({ min: 0, max: 30 * HOUR }),
);
const tickModes = fc.constantFrom<TickMode>(
  'normal',
  'normal',
  'database-fault',
  'fault-after-send',
  'crash-reaching',
  'crash-silent',
);

/** Mostly ticks at the moments where there is work, some after a blind jump; then restarts and channel trouble. */
const commandArbitraries = [
  fc.tuple(lateness, tickModes).map(([late, mode]) => new TickAtWork(late, mode)),
  fc.tuple(lateness, tickModes).map(([late, mode]) => new TickAtWork(late, mode)),
  fc.integer({ min: 1_000, max: 30 * HOUR }).map((ms) => new Advance(ms)),
  fc.constant(new Restart()),
  fc
    .tuple(fc.integer({ min: 0, max: CHANNELS.length - 1 }), fc.constantFrom<ChannelState>('ok', 'failing', 'deleted'))
    .map(([channel, state]) => new SetChannel(channel, state)),
];

/** Reminders to set up: a channel and a deadline each (one per pair, as `/remind add` allows), with their offsets. */
const reminderSetups = fc.uniqueArray(
  fc.record({
    channel: fc.integer({ min: 0, max: CHANNELS.length - 1 }),
    deadline: fc.integer({ min: 0, max: DEADLINES.length - 1 }),
    before: fc.subarray(OFFSETS, { minLength: 1 }),
  }),
  { minLength: 1, maxLength: 5, selector: (r) => `${r.channel}/${r.deadline}` },
);

async function setUp(
  setups: { channel: number; deadline: number; before: number[] }[],
): Promise<{ model: Model; real: Real }> {
  const clock = new TestClock(new Date(START));
  const real = startProcess({
    path: tempDatabasePath(),
    clock,
    discord: new FakeChannels({ now: clock.now, forMs: NONCE_MEMORY_MS }),
  });
  for (const [i, { name, at }] of DEADLINES.entries()) {
    const row = { guildId: GUILD, id: `server-${i}`, name, date: new Date(at).toISOString().slice(0, 10) };
    await real.store.serverDeadlines.save({
      ...row,
      at,
      timeZone: 'UTC',
      hasTime: true,
      history: [],
      createdBy: 'admin',
      updatedAt: START,
    });
  }
  const model: Model = {
    now: START,
    reminders: new Map(),
    alerts: new Map(),
    deliveries: [],
    channels: CHANNELS.map(() => 'ok'),
    unstored: new Map(),
    reachedBeforeCrash: new Set(),
  };
  for (const { channel, deadline, before } of setups) {
    const row = (await real.store.serverDeadlines.list(GUILD)).find((d) => d.id === `server-${deadline}`)!;
    const added = await addReminder(
      real.store,
      { guildId: GUILD, channelId: CHANNELS[channel]!, deadline: serverDeadlineOf(row), before, createdBy: 'admin' },
      clock.now(),
    );
    if (!added.ok) throw new Error(added.error);
    const { id, alerts } = added.reminder;
    model.reminders.set(id, { channel, deadlineAt: DEADLINES[deadline]!.at, active: true });
    for (const alert of alerts) model.alerts.set(`${id}/${alert.beforeSeconds}`, { reminderId: id, ...alert });
  }
  return { model, real };
}

/** After the run: no faults, channels that failed for a while work again; tick whenever something falls due. */
async function settle(m: Model, real: Real): Promise<void> {
  for (const [i, state] of m.channels.entries()) if (state === 'failing') await new SetChannel(i, 'ok').run(m, real);
  for (let step = 0; step < 50; step += 1) {
    const next = nextWork(m);
    if (next === undefined) return;
    await new Advance(Math.max(0, next - m.now)).run(m, real);
    await new Tick('normal').run(m, real);
  }
  throw new Error('the scheduler did not settle in 50 ticks');
}

describe('the reminder scheduler against a reference model', () => {
  const opened: Real[] = [];
  afterEach(async () => {
    for (const real of opened.splice(0)) if (real.db.open) await real.store.close();
  });

  it(
    'agrees with the model at every step, loses nothing, and posts twice only in the documented case',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          reminderSetups,
          fc.commands(commandArbitraries, { maxCommands: 30, size: 'max' }),
          async (setups, commands) => {
            const { model, real } = await setUp(setups);
            opened.push(real);
            await fc.asyncModelRun(() => ({ model, real }), commands);
            await settle(model, real);

            // Independent of the model: nothing is left undone, and every message exists once.
            for (const alert of model.alerts.values()) {
              const active = model.reminders.get(alert.reminderId)!.active;
              expect(alert.status === 'pending' && active).toBe(false);
            }
            for (const d of model.deliveries) {
              expect(['sent', 'failed', 'cancelled']).toContain(d.status);
              // Once, or once more per crash after the post that Discord's nonce memory did not cover.
              expect(d.messages).toBe(d.status === 'sent' || d.allowedExtra > 0 ? 1 + d.allowedExtra : d.messages);
            }
          },
        ),
        fuzzParameters(COST),
      );
    },
    fuzzTimeout(COST),
  );
});
