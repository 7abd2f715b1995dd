import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { remindDefinition } from '../../commands/remind.ts';
import { runAutocomplete, runCommand } from '../../src/dispatch/dispatch.ts';
import type { CommandContext } from '../../src/dispatch/context.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';
import { knowledgeBaseOf, runConsole, runConsoleJson } from '../helpers/console.ts';

/** The seed corpus's Geneva truce ends 2025-08-10, end of day in New York: 2025-08-11T03:59:59Z. */
const BEFORE = '2025-06-01T00:00:00Z';

describe('/remind, through the console', () => {
  it('refuses before:0m with a clear message, and adds nothing', async () => {
    const store = openStore(':memory:');
    const refused = await runConsoleJson('/remind add deadline:us-china-tariffs before:1d,0m', { store, now: BEFORE });
    expect(refused).toMatchObject({
      ok: false,
      error:
        '“0m” would fall due at the deadline itself, when it has already run out: give a time before it, e.g. `1h` or `5m`.',
    });
    expect((await runConsoleJson('/remind list', { store, now: BEFORE })).data).toEqual({ reminders: [] });
    const ok = await runConsoleJson('/remind add deadline:us-china-tariffs before:1m', { store, now: BEFORE });
    expect(ok.data).toMatchObject({ reminder: { before: ['1m'], alerts: [{ at: '2025-08-11T03:58:59.000Z' }] } });
    const due = await runConsole('/remind list', { store, now: '2025-08-11T03:59:00Z' });
    expect(due.reminders).toHaveLength(1);
    expect(due.reminders[0]).toContain('US–China tariff truce');
  });

  it('adds a reminder for a deadline and prints it in the terminal when it comes due, once', async () => {
    const store = openStore(':memory:');
    const added = await runConsoleJson('/remind add deadline:"US–China tariff truce" before:7d,1d', {
      store,
      now: BEFORE,
    });
    expect(added).toMatchObject({ ok: true, reminders: [] });
    expect(added.data).toMatchObject({
      reminder: {
        id: 1,
        deadlineId: 'us-china-tariffs',
        channelId: 'console',
        status: 'active',
        before: ['7d', '1d'],
        nextAt: '2025-08-04T03:59:59.000Z',
        alerts: [
          { before: '7d', at: '2025-08-04T03:59:59.000Z', status: 'pending' },
          { before: '1d', at: '2025-08-10T03:59:59.000Z', status: 'pending' },
        ],
      },
    });
    expect(added.reply.content).toContain('The date is approximate');

    const early = await runConsole('/remind list', { store, now: '2025-08-04T03:59:58Z' });
    expect(early.reminders).toEqual([]);

    const due = await runConsole('/remind list', { store, now: '2025-08-04T04:00:00Z' });
    expect(due.reminders).toHaveLength(1);
    expect(due.stdout.split('\n')[0]).toBe(
      '[#console] ⏰ US–China tariff truce ends 2025-08-11 03:59 UTC (in 6 days), approximately: worked out from a duration.',
    );
    expect(due.stdout).toContain(
      "> After the talks in Switzerland, the two countries said they would sign tariffs on each other's goods for at least the next 90 days",
    );
    expect(due.stdout).toContain(
      "— “Scott Bessent says US-China trade talks are 'a bit stagnant'”, Financial Times, 2025-05-30, paragraph 7",
    );
    expect(due.stdout).toContain('next 2025-08-10 03:59 UTC');

    const again = await runConsole('/remind list', { store, now: '2025-08-04T05:00:00Z' });
    expect(again.reminders).toEqual([]);
  });

  it('sends a reminder missed while the console was not running late, marked late', async () => {
    const store = openStore(':memory:');
    await runConsoleJson('/remind add deadline:us-china-tariffs before:1d', { store, now: BEFORE });
    const { reminders } = await runConsoleJson('/remind list', { store, now: '2025-08-10T15:00:00Z' });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain(
      'Late: this 1d-before reminder was due 2025-08-10 03:59 UTC, while the bot was offline.',
    );
  });

  it('tells the console when a server deadline moves, and the reminder follows it', async () => {
    const store = openStore(':memory:');
    await runConsoleJson('/deadline add name:"G7 summit" date:2025-06-15', { store, now: BEFORE });
    await runConsoleJson('/remind add deadline:"G7 summit" before:1d', { store, now: BEFORE });
    const moved = await runConsoleJson('/deadline add name:"G7 summit" date:2025-06-17 source:https://example.com/g7', {
      store,
      now: '2025-06-02T00:00:00Z',
    });
    expect(moved.reply.content).toContain('1 reminder will follow the new date');
    expect(moved.reminders).toEqual([
      '[#console] 📅 G7 summit moved: it now ends 2025-06-18 03:59 UTC (in 16 days), no longer 2025-06-16 03:59 UTC.\n' +
        'Why: an admin changed it with `/deadline add`.\nSource: https://example.com/g7\nReminder #1 now follows the new date.',
    ]);
    const list = await runConsoleJson('/remind list', { store, now: '2025-06-02T00:00:00Z' });
    expect(list.data).toMatchObject({
      reminders: [{ id: 1, deadlineAt: '2025-06-18T03:59:59.000Z', nextAt: '2025-06-17T03:59:59.000Z' }],
    });
  });

  it('disables a reminder for a channel it cannot reach, and the list says why', async () => {
    const store = openStore(':memory:');
    await runConsoleJson('/remind add deadline:us-china-tariffs channel:<#123456789012345678> before:1d', {
      store,
      now: BEFORE,
    });
    const { data, reply } = await runConsoleJson('/remind list', { store, now: '2025-08-10T04:00:00Z' });
    expect(data).toMatchObject({
      reminders: [
        {
          id: 1,
          channelId: '123456789012345678',
          status: 'disabled',
          disabledReason: 'the console cannot post to channel 123456789012345678',
        },
      ],
    });
    expect(reply.content).toContain('⛔ disabled: the console cannot post to channel 123456789012345678');
  });

  it('removes a reminder, which then never fires', async () => {
    const store = openStore(':memory:');
    await runConsoleJson('/remind add deadline:us-china-tariffs', { store, now: BEFORE });
    expect(await runConsoleJson('/remind remove id:1', { store, now: BEFORE })).toMatchObject({
      ok: true,
      data: { removed: 1 },
    });
    expect(await runConsoleJson('/remind remove id:#1', { store, now: BEFORE })).toMatchObject({
      ok: false,
      error: expect.stringContaining('no reminder #1'),
    });
    const later = await runConsoleJson('/remind list', { store, now: '2025-08-10T04:00:00Z' });
    expect(later).toMatchObject({ reminders: [], data: { reminders: [] } });
  });

  it('refuses unknown and passed deadlines, bad offsets and duplicates', async () => {
    const store = openStore(':memory:');
    expect(await runConsoleJson('/remind add deadline:nothing', { store, now: BEFORE })).toMatchObject({
      ok: false,
      error: expect.stringContaining('No deadline is called “nothing”'),
    });
    expect(await runConsoleJson('/remind add deadline:us-china-tariffs', { store })).toMatchObject({
      ok: false,
      error: expect.stringContaining('has already passed'),
    });
    expect(
      await runConsoleJson('/remind add deadline:us-china-tariffs before:soon', { store, now: BEFORE }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('“soon”') });
    await runConsoleJson('/remind add deadline:us-china-tariffs', { store, now: BEFORE });
    expect(await runConsoleJson('/remind add deadline:us-china-tariffs', { store, now: BEFORE })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Reminder #1 already covers'),
    });
  });
});

describe('/remind permissions', () => {
  const log = createLogger('silent');
  const member = (canManageGuild: boolean): CommandContext => ({
    kb: knowledgeBaseOf(),
    store: openStore(':memory:'),
    now: () => new Date(BEFORE),
    invoker: { id: '300000000000000003', canManageGuild },
    guildId: '100000000000000001',
    channelId: '200000000000000002',
  });

  it('is hidden from members without Manage Server by default, and only in servers', () => {
    expect(remindDefinition.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(remindDefinition.contexts).toEqual([0]);
  });

  it('refuses adding and removing to a member without Manage Server', async () => {
    const ctx = member(false);
    const add = await runCommand(
      commands,
      'remind',
      { subcommand: 'add', values: { deadline: 'us-china-tariffs' } },
      ctx,
      log,
    );
    expect(add.reply).toMatchObject({
      ok: false,
      ephemeral: true,
      error: 'Only members with the Manage Server permission can use `/remind add`.',
    });
    expect(await ctx.store.reminders.list(ctx.guildId)).toEqual([]);
    const remove = await runCommand(commands, 'remind', { subcommand: 'remove', values: { id: '1' } }, ctx, log);
    expect(remove.reply.error).toBe('Only members with the Manage Server permission can use `/remind remove`.');
  });

  it('posts in the channel it was asked from by default, and completes upcoming deadlines and reminder ids', async () => {
    const ctx = member(true);
    const add = await runCommand(
      commands,
      'remind',
      { subcommand: 'add', values: { deadline: 'us-china-tariffs' } },
      ctx,
      log,
    );
    expect(add.reply.data).toMatchObject({ reminder: { channelId: '200000000000000002', before: ['1d'] } });
    expect(add.reply.content).toContain('in <#200000000000000002>');
    expect(
      await runAutocomplete(
        commands,
        'remind',
        { name: 'deadline', value: 'tru' },
        { subcommand: 'add', values: {} },
        ctx,
        log,
      ),
    ).toEqual([{ name: 'US–China tariff truce (2025-08-10)', value: 'us-china-tariffs' }]);
    expect(
      await runAutocomplete(
        commands,
        'remind',
        { name: 'id', value: '' },
        { subcommand: 'remove', values: {} },
        ctx,
        log,
      ),
    ).toEqual([{ name: '#1 US–China tariff truce (active)', value: '1' }]);
  });
});
