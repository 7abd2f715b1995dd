import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runCommand } from '../../src/dispatch/dispatch.ts';
import type { RawOptions } from '../../src/dispatch/options.ts';
import { runConsoleLine, toConsoleJson } from '../../src/console/session.ts';
import { toDiscordPayload } from '../../src/render/discord-payload.ts';
import type { Reply } from '../../src/render/reply.ts';
import { checkReply } from './check-reply.ts';
import { discordViolations, jsonViolations } from './discord-invariants.ts';
import { fuzzWorld } from './fixture.ts';

/** The smallest inputs the fuzzer found for each bug, kept so a fix stays fixed whatever the seed. */

const world = fuzzWorld();
afterAll(() => world.close());

describe('names echoed in usage errors are shown as typed, even broken', () => {
  it.each<[string, string, RawOptions]>([
    ['an unknown command', '\ud800', { values: {} }],
    ['an unknown option', 'ask', { values: { '\ud800': 'x' } }],
    ['an unknown subcommand', 'deadline', { subcommand: '\ud800', values: {} }],
    // 2,000 characters of emoji: the cut to Discord's limit falls inside a surrogate pair.
    ['a long unknown option', 'ask', { values: { ['😀'.repeat(1000)]: 'x' } }],
  ])('%s', async (_label, name, raw) => {
    checkReply((await runCommand(commands, name, raw, world.console, world.log)).reply, world);
  });

  it('the console JSON names the command it ran, well-formed', async () => {
    for (const line of ['/button \ud800', '/\ud800']) {
      const outcome = await runConsoleLine(line, commands, world.console, world.log);
      expect(jsonViolations({ command: toConsoleJson({ ...outcome, reply: outcome.reply as Reply }).command })).toEqual(
        [],
      );
    }
  });
});

describe('the renderer', () => {
  const render = (reply: Omit<Reply, 'ok' | 'data'>) =>
    discordViolations(toDiscordPayload({ ok: true, data: {}, ...reply }));

  it('counts the "…" footer it adds against the 6,000 characters of embeds', () => {
    const fields = [
      { name: 'n'.repeat(256), value: 'v'.repeat(1024) },
      { name: 'n'.repeat(256), value: 'v'.repeat(368) },
    ];
    expect(render({ content: 'x', embeds: [{ description: 'a'.repeat(4096), fields, footer: 'source' }] })).toEqual([]);
  });

  it('never sends a blank footer or field name, which Discord refuses', () => {
    expect(
      render({
        content: 'x',
        embeds: [
          { title: 'Deadline', footer: ' ' },
          { title: 'x', fields: [{ name: ' ', value: 'v' }] },
        ],
      }),
    ).toEqual([]);
  });

  it('cuts a custom id between characters, not inside one', () => {
    expect(render({ content: 'x', buttons: [{ customId: `x${'😀'.repeat(60)}`, label: 'Next' }] })).toEqual([]);
  });
});
