import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryRow } from '../../src/store/deliveries.ts';
import type { ReminderRow } from '../../src/store/reminder-table.ts';
import type { EmuChannel, EmuUser } from '../../src/emulator/world.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { TEST_NOW } from '../helpers/console.ts';
import { TestClock } from '../reminders/fakes.ts';
import { deployCommandsTo, pollUntil as pollUntilOf, startBot, type BotUnderTest } from './harness.ts';

/** Issue #6 on Discord: reminders added with `/remind`, posted by the bot's scheduler through the emulator. */

failOnUnhandledRejections();

const EPHEMERAL = 64;
const POLL_MS = 30_000;
/** In the deadline's name, so the posted reminder quotes it: it must not ping. */
const DEADLINE = 'Steel hearing @everyone';

let t: BotUnderTest;
let clock: TestClock;
let admin: EmuUser;
let channel: EmuChannel;

beforeEach(async () => {
  clock = new TestClock(new Date(TEST_NOW));
  t = await startBot({ now: clock.now });
  // So that `channel:` arrives as a channel option.
  await deployCommandsTo(t.emu);
  const managers = t.emu.addRole('Managers', { permissions: PermissionFlagsBits.ManageGuild });
  admin = t.emu.addMemberUser('admin', { roles: [managers.id] });
  channel = t.emu.addChannel('trade-alerts');
});

afterEach(async () => {
  // Whatever a test did, nothing the bot posted could ping anyone.
  for (const message of t.emu.botMessages()) {
    expect(message.mention_everyone).toBe(false);
    expect(message.mentions).toEqual([]);
  }
  await t.stop();
});

async function run(name: string, subcommand: string, options: Record<string, string>, userId = admin.id) {
  return t.emu.command(name, options, { subcommand, userId }).response();
}

/** A server deadline and a reminder for it in the test's channel, added by an admin; returns the reminder. */
async function remindOf(date: string, before = '1d'): Promise<ReminderRow> {
  expect((await run('deadline', 'add', { name: DEADLINE, date })).content).not.toMatch(/Only members/);
  const added = await run('remind', 'add', { deadline: DEADLINE, channel: channel.id, before });
  expect(added.content).toMatch(/^Reminder #\d+/);
  return (await t.store.reminders.list(t.emu.defaults.guildId)).at(-1)!;
}

const dueAt = (reminder: ReminderRow) =>
  Math.min(...reminder.alerts.filter((a) => a.status === 'pending').map((a) => a.dueAt));
const posts = () =>
  t.emu.requests.filter(
    (r) => r.method === 'POST' && r.route === '/channels/:channelId/messages' && r.params.channelId === channel.id,
  );
const stored = () => t.emu.botMessages().filter((m) => m.channel_id === channel.id);
const deliveries = (reminder: ReminderRow): Promise<DeliveryRow[]> => t.store.deliveries.ofReminder(reminder.id);

const pollUntil = (check: () => void | Promise<void>) => pollUntilOf(t, check);

describe('reminders on Discord', () => {
  it('posts a reminder with POST /channels/{id}/messages when due, once, with mentions suppressed', async () => {
    const reminder = await remindOf('2026-12-01');
    clock.set(new Date(dueAt(reminder)).toISOString());
    await pollUntil(async () => expect((await deliveries(reminder)).map((d) => d.status)).toEqual(['sent']));

    const [post, ...more] = posts();
    expect(more).toEqual([]);
    expect(post!.status).toBe(200);
    expect(post!.body).toMatchObject({
      allowed_mentions: { parse: [] },
      enforce_nonce: true,
      nonce: (await deliveries(reminder))[0]!.nonce,
    });
    expect(post!.body.content).toMatch(/^⏰ \*\*Steel hearing @everyone\*\*/);
    const [message] = stored();
    expect(message).toMatchObject({
      content: post!.body.content,
      mention_everyone: false,
      mention_roles: [],
      mentions: [],
    });
  });

  it('refuses /remind add to a member without Manage Server', async () => {
    await run('deadline', 'add', { name: DEADLINE, date: '2026-12-01' });
    const refused = await run('remind', 'add', { deadline: DEADLINE, channel: channel.id }, t.emu.defaults.userId);
    expect(refused.content).toBe('Only members with the Manage Server permission can use `/remind add`.');
    expect((refused.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(await t.store.reminders.list(t.emu.defaults.guildId)).toEqual([]);
  });

  it.each([
    [
      'deleted',
      () => t.emu.deleteChannel(channel.id),
      404,
      'the channel was deleted (Discord: 404 Unknown Channel (10003))',
    ],
    [
      'closed to the bot',
      () => t.emu.setBotCanSend(channel.id, false),
      403,
      'the bot may not post in the channel (Discord: 403 Missing Permissions (50013))',
    ],
    [
      'hidden from the bot',
      () =>
        t.emu.faults.inject({
          method: 'POST',
          path: `/channels/${channel.id}/messages`,
          status: 403,
          body: { message: 'Missing Access', code: 50001 },
          times: Infinity,
        }),
      403,
      'the bot cannot see the channel (Discord: 403 Missing Access (50001))',
    ],
  ])(
    'disables the reminder of a channel %s, and /remind list says why',
    async (_case, breakChannel, status, reason) => {
      const reminder = await remindOf('2026-12-01');
      breakChannel();
      clock.set(new Date(dueAt(reminder)).toISOString());
      await pollUntil(async () => expect((await t.store.reminders.get(reminder.id))?.status).toBe('disabled'));

      expect(posts().map((r) => r.status)).toEqual([status]);
      const list = await run('remind', 'list', {}, t.emu.defaults.userId);
      expect(list.content).toContain(
        `#${reminder.id} **${DEADLINE}** in <#${channel.id}> · 1d before · ⛔ disabled: ${reason}`,
      );
    },
  );

  it('waits out a 429 on the post and sends the reminder exactly once', async () => {
    const reminder = await remindOf('2026-12-01');
    t.emu.faults.rateLimit(`/channels/${channel.id}/messages`, 0.2, { method: 'POST' });
    clock.set(new Date(dueAt(reminder)).toISOString());
    await pollUntil(async () => expect((await deliveries(reminder)).map((d) => d.status)).toEqual(['sent']));

    expect(posts().map((r) => r.status)).toEqual([429, 200]);
    expect(new Set(posts().map((r) => r.body.nonce)).size).toBe(1);
    expect(stored()).toHaveLength(1);
  });

  it('finishes a reminder under way when it stops, before the database closes', async () => {
    const reminder = await remindOf('2026-12-01');
    t.emu.faults.rateLimit(`/channels/${channel.id}/messages`, 0.3, { method: 'POST' });
    clock.set(new Date(dueAt(reminder)).toISOString());
    await pollUntil(() => expect(posts().map((r) => r.status)).toEqual([429]));

    await t.bot.stop();
    expect(posts().map((r) => r.status)).toEqual([429, 200]);
    expect(t.logs.filter((l) => l.msg === 'reminder message sent' || l.msg === 'stopped').map((l) => l.msg)).toEqual([
      'reminder message sent',
      'stopped',
    ]);
    // Its outcome was stored: with the database closed first, that write would fail the tick.
    expect(t.logs.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('retries a Discord outage at a later poll, with the same nonce, and sends once', async () => {
    const reminder = await remindOf('2026-12-01');
    t.emu.faults.serverError(`/channels/${channel.id}/messages`, { method: 'POST', times: Infinity });
    clock.set(new Date(dueAt(reminder)).toISOString());
    await pollUntil(async () =>
      expect((await deliveries(reminder))[0]).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'Discord: 500 Internal Server Error',
      }),
    );
    expect((await t.store.reminders.get(reminder.id))?.status).toBe('active');
    expect(stored()).toEqual([]);

    t.emu.faults.clear();
    clock.advance(POLL_MS);
    await pollUntil(async () => expect((await deliveries(reminder)).map((d) => d.status)).toEqual(['sent']));
    const statuses = posts().map((r) => r.status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.slice(0, -1).every((status) => status === 500)).toBe(true);
    expect(new Set(posts().map((r) => r.body.nonce)).size).toBe(1);
    expect(stored()).toHaveLength(1);
  });

  it('tells the channel when its deadline moves, then reminds at the new date', async () => {
    const reminder = await remindOf('2026-12-01');
    await run('deadline', 'add', { name: DEADLINE, date: '2026-12-15' });
    await pollUntil(() => expect(stored()).toHaveLength(1));
    expect(stored()[0]!.content).toMatch(/^📅 \*\*Steel hearing @everyone\*\* moved: it now .*, no longer <t:\d+:F>\./);
    expect(posts()[0]!.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });

    const moved = (await t.store.reminders.get(reminder.id))!;
    expect(dueAt(moved)).toBeGreaterThan(dueAt(reminder));
    clock.set(new Date(dueAt(moved)).toISOString());
    await pollUntil(() => expect(stored()).toHaveLength(2));
    expect(stored()[1]!.content).toMatch(/^⏰ \*\*Steel hearing @everyone\*\*/);
    // The polls fired since the notice went out did not post it again.
    expect(posts()).toHaveLength(2);
  });
});
