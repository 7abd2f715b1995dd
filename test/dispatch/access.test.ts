import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { defineCommand } from '../../src/dispatch/command.ts';
import type { CommandContext } from '../../src/dispatch/context.ts';
import { runAutocomplete, runCommand } from '../../src/dispatch/dispatch.ts';
import type { OptionsOf } from '../../src/dispatch/option-types.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';
import { deployCommandsTo, startBot, type BotUnderTest } from '../discord/harness.ts';
import { knowledgeBaseOf, runConsoleJson } from '../helpers/console.ts';

const OWNER = '400000000000000004';

const vaultDefinition = {
  name: 'vault',
  description: 'Test fixture with declared access',
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'peek',
      description: 'Anyone',
      options: [{ type: ApplicationCommandOptionType.String, name: 'what', description: 'x', autocomplete: true }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'open',
      description: 'Owners only',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'door',
          description: 'x',
          required: true,
          autocomplete: true,
        },
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'times',
          description: 'x',
          choices: [
            { name: 'once', value: 1 },
            { name: 'twice', value: 2 },
          ],
        },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'lock', description: 'Manage Server' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const vaultCommand = defineCommand({
  definition: vaultDefinition,
  subcommands: { open: { ownerOnly: true }, lock: { requires: 'ManageGuild' } },
  handle(options) {
    return {
      ok: true,
      content: options.subcommand === 'open' ? `opened ${options.door}` : options.subcommand,
      data: {},
    };
  },
  autocomplete: (focused) => [{ name: focused.name, value: focused.value }],
});

const registry = [...commands, vaultCommand];
const log = createLogger('silent');
const contextOf = (invoker: CommandContext['invoker']): CommandContext => ({
  kb: knowledgeBaseOf(),
  store: openStore(':memory:'),
  now: () => new Date('2025-06-01T00:00:00Z'),
  invoker,
  guildId: '100000000000000001',
  channelId: '200000000000000002',
});
const member = contextOf({ id: '300000000000000003', canManageGuild: false });
const manager = contextOf({ id: '300000000000000003', canManageGuild: true });
const owner = contextOf({ id: OWNER, canManageGuild: false, isOwner: true });

describe('options typed from the definition', () => {
  it('makes required options non-optional, choices unions, and subcommands a discriminated union', () => {
    type Vault = OptionsOf<typeof vaultDefinition>;
    expectTypeOf<Extract<Vault, { subcommand: 'open' }>>().toEqualTypeOf<{
      subcommand: 'open';
      door: string;
      times?: 1 | 2;
    }>();
    expectTypeOf<Extract<Vault, { subcommand: 'lock' }>>().toEqualTypeOf<{ subcommand: 'lock' }>();
    // @ts-expect-error an option the definition does not have
    expectTypeOf<Extract<Vault, { subcommand: 'peek' }>>().toHaveProperty('door');
  });

  it('hands the handler validated, typed values', async () => {
    const run = await runCommand(
      registry,
      'vault',
      { subcommand: 'open', values: { door: 'back', times: '2' } },
      owner,
      log,
    );
    expect(run.reply.content).toBe('opened back');
    const wrong = await runCommand(
      registry,
      'vault',
      { subcommand: 'open', values: { door: 'side', times: '3' } },
      owner,
      log,
    );
    expect(wrong.reply.error).toMatch(/^`times` must be one of: 1, 2\./);
  });
});

describe('declared access, enforced by the dispatcher', () => {
  it('refuses an owner-only subcommand to everyone but the owners, with one message', async () => {
    for (const ctx of [member, manager]) {
      const run = await runCommand(registry, 'vault', { subcommand: 'open', values: { door: 'front' } }, ctx, log);
      expect(run).toEqual({
        reply: expect.objectContaining({
          ok: false,
          ephemeral: true,
          error: "Only the bot's owners can use `/vault open`.",
        }),
        usageError: false,
      });
    }
    expect((await runCommand(registry, 'vault', { subcommand: 'peek', values: {} }, member, log)).reply.ok).toBe(true);
  });

  it('tells a member without access about the access before any option problem', async () => {
    const run = await runCommand(registry, 'vault', { subcommand: 'lock', values: { stray: 'x' } }, member, log);
    expect(run.reply.error).toBe('Only members with the Manage Server permission can use `/vault lock`.');
    expect((await runCommand(registry, 'vault', { subcommand: 'lock', values: {} }, manager, log)).reply.ok).toBe(true);
  });

  it('offers no suggestions for a subcommand the member may not run', async () => {
    const focused = { name: 'door', value: 'f' };
    expect(await runAutocomplete(registry, 'vault', focused, { subcommand: 'open', values: {} }, member, log)).toEqual(
      [],
    );
    expect(await runAutocomplete(registry, 'vault', focused, { subcommand: 'open', values: {} }, owner, log)).toEqual([
      { name: 'door', value: 'f' },
    ]);
  });

  it('lets the console operator run everything', async () => {
    const opened = await runConsoleJson('/vault open door:front', { registry });
    expect(opened).toMatchObject({ ok: true, reply: { content: 'opened front' } });
  });

  it('is shown by /help, next to each usage line', async () => {
    const help = await runConsoleJson('/help', { registry });
    const listed = (help.data as { commands: { name: string; lines: { usage: string; access?: string }[] }[] })
      .commands;
    const lines = (name: string) => listed.find((c) => c.name === name)?.lines;
    expect(lines('deadline')?.map((l) => l.access)).toEqual([undefined, 'needs Manage Server', 'needs Manage Server']);
    expect(lines('reload')).toEqual([{ usage: '/reload', access: 'needs Manage Server' }]);
    const field = (help.reply as { embeds: { fields: { name: string; value: string }[] }[] }).embeds[0]?.fields.find(
      (f) => f.name === '/remind',
    );
    expect(field?.value).toContain(
      '`/remind add deadline:<text> [channel:<channel>] [before:<text>]` · needs Manage Server',
    );
  });
});

describe('owners on Discord (BOT_OWNER_IDS)', () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    t = await startBot({ registry, env: { BOT_OWNER_IDS: `${OWNER}, 400000000000000005` } });
    await deployCommandsTo(t.emu, registry);
    t.emu.addUser('owner', { id: OWNER });
    t.emu.addMember(OWNER);
  });
  afterAll(() => t.stop());

  it('lets a listed user run an owner-only subcommand and refuses anyone else', async () => {
    const asOwner = await t.emu.command('vault', { door: 'back' }, { userId: OWNER, subcommand: 'open' }).response();
    expect(asOwner.content).toBe('opened back');
    const asAlice = await t.emu.command('vault', { door: 'back' }, { subcommand: 'open' }).response();
    expect(asAlice.content).toBe("Only the bot's owners can use `/vault open`.");
    expect(asAlice.flags).toBe(64);
  });
});
