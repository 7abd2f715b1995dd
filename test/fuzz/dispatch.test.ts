import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runAutocomplete, runButton, runCommand } from '../../src/dispatch/dispatch.ts';
import { subcommandNames } from '../../src/dispatch/options.ts';
import { checkReply } from './check-reply.ts';
import { assertChoicesWithinLimits } from './discord-invariants.ts';
import { fuzzWorld } from './fixture.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { hintsFor } from './hints.ts';
import { anyNumber, hostileString, hostileWord } from './hostile.ts';
import { autocompleteOf, rawOptionsOf, strayOptionsOf } from './invocations.ts';

/** Every command of the registry, every option, through the dispatcher Discord and the console share. */

const world = fuzzWorld();
afterAll(() => world.close());

const names = new Set(commands.map((c) => c.definition.name));

/** Each command's hints, asked once (autocomplete reads the store). */
const hintsOf = new Map(
  await Promise.all(commands.map(async (c) => [c, await hintsFor(c, commands, world.console, world.log)] as const)),
);

describe.each(commands.map((c) => [`/${c.definition.name}`, c] as const))(
  '%s with hostile options',
  (_label, command) => {
    const hints = hintsOf.get(command)!;

    it('answers within Discord limits, pings no one, and says what is wrong', { timeout: fuzzTimeout() }, async () => {
      await fc.assert(
        fc.asyncProperty(rawOptionsOf(command.definition, hints), world.contexts, async (raw, ctx) => {
          const { reply, usageError } = await runCommand(commands, command.definition.name, raw, ctx, world.log);
          checkReply(reply, world);
          if (usageError) expect(reply.ok).toBe(false);
        }),
        fuzzParameters(),
      );
    });

    // Only the commands that autocomplete get this case: none is reported as skipped.
    if (command.autocomplete)
      it('autocompletes at most 25 choices of 1 to 100 characters', { timeout: fuzzTimeout() }, async () => {
        await fc.assert(
          fc.asyncProperty(autocompleteOf(command.definition, hints), world.contexts, async ({ raw, focused }, ctx) => {
            const choices = await runAutocomplete(commands, command.definition.name, focused, raw, ctx, world.log);
            expect(world.takeErrors(), 'autocomplete threw').toEqual([]);
            assertChoicesWithinLimits(choices);
          }),
          fuzzParameters(),
        );
      });
  },
);

describe('names the registry does not have (the console can send any)', () => {
  it.each(commands.map((c) => [`/${c.definition.name}`, c] as const))(
    '%s: an unknown option or subcommand is a usage error, within limits',
    { timeout: fuzzTimeout() },
    async (_label, command) => {
      await fc.assert(
        fc.asyncProperty(strayOptionsOf(command.definition), async (raw) => {
          const { reply, usageError } = await runCommand(
            commands,
            command.definition.name,
            raw,
            world.console,
            world.log,
          );
          expect(usageError).toBe(true);
          checkReply(reply, world);
        }),
        fuzzParameters(),
      );
    },
  );

  it('an unknown command is a usage error, within limits', { timeout: fuzzTimeout() }, async () => {
    const unknown = hostileString().filter((name) => !names.has(name));
    await fc.assert(
      fc.asyncProperty(unknown, async (name) => {
        const { reply, usageError } = await runCommand(commands, name, { values: {} }, world.console, world.log);
        expect(usageError).toBe(true);
        checkReply(reply, world);
      }),
      fuzzParameters(),
    );
  });
});

/** Button ids the commands really make (on their first page, with no options). */
async function realButtonIds(): Promise<string[]> {
  const made: string[] = [];
  for (const command of commands) {
    for (const subcommand of [undefined, ...subcommandNames(command.definition)]) {
      const { reply } = await runCommand(
        commands,
        command.definition.name,
        subcommand ? { subcommand, values: {} } : { values: {} },
        world.console,
        world.log,
      );
      made.push(...(reply.buttons ?? []).map((b) => b.customId));
    }
  }
  expect(world.takeErrors()).toEqual([]);
  return made;
}

/** Custom ids: real ones, real ones with an argument replaced, forged `<command>:<args>`, and garbage. */
function customIds(real: string[]): fc.Arbitrary<string> {
  const arg = fc.oneof(hostileWord(60), anyNumber.map(String), fc.constant(''));
  const forged = fc
    .tuple(fc.constantFrom(...names), fc.array(arg, { maxLength: 5 }))
    .map(([name, args]) => [name, ...args].join(':'));
  if (real.length === 0) return fc.oneof(forged, hostileString());
  const mutated = fc.tuple(fc.constantFrom(...real), fc.nat(), arg).map(([id, at, value]) => {
    const parts = id.split(':');
    parts[1 + (at % Math.max(1, parts.length - 1))] = value;
    return parts.join(':');
  });
  return fc.oneof(fc.constantFrom(...real), mutated, forged, hostileString());
}

describe('buttons', () => {
  it('any custom id gets an answer within limits, never a crash', { timeout: fuzzTimeout() }, async () => {
    const ids = customIds(await realButtonIds());
    await fc.assert(
      fc.asyncProperty(ids, world.contexts, async (customId, ctx) => {
        checkReply(await runButton(commands, customId, ctx, world.log), world);
      }),
      fuzzParameters(),
    );
  });
});
