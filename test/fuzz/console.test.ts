import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { basicOptions, subcommandNames } from '../../src/dispatch/options.ts';
import { AttachmentFolder } from '../../src/console/attachments.ts';
import { runLines, runOnce, type ConsoleOptions } from '../../src/console/run-console.ts';
import type { ConsoleJson } from '../../src/console/session.ts';
import { assertWithinDiscordLimits, jsonViolations } from './discord-invariants.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { fuzzWorld } from './fixture.ts';
import { hintsFor } from './hints.ts';
import { hostileString, hostileWord } from './hostile.ts';
import { consoleLineOf } from './invocations.ts';

/** The console as scripts drive it: any line, one reply, on one line, never a crash. */

const world = fuzzWorld();
/** Charts the fuzzed lines ask for are written here, and removed with it. */
const out = mkdtempSync(join(tmpdir(), 'fuzz-console-'));
afterAll(async () => {
  await world.close();
  rmSync(out, { recursive: true, force: true });
});

const names = commands.map((c) => c.definition.name);

/** What a console user may type: questions, the registry's commands with any options, unknown commands, buttons. */
const anyLine = fc.oneof(
  hostileString(),
  ...(await Promise.all(
    commands.map(async (c) => consoleLineOf(c.definition, await hintsFor(c, commands, world.console, world.log))),
  )),
  fc.tuple(fc.constantFrom(...names), hostileString()).map(([name, rest]) => `/${name} ${rest}`),
  hostileString().map((rest) => `/${rest}`),
  hostileString(200).map((id) => `/button ${id}`),
);

async function run(
  drive: (options: ConsoleOptions) => Promise<number | void>,
  json: boolean,
  input: Readable = Readable.from([]),
): Promise<{ stdout: string; exitCode: number | void }> {
  let stdout = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const exitCode = await drive({
    registry: commands,
    ctx: world.console,
    log: world.log,
    json,
    input,
    output,
    attachments: new AttachmentFolder(out),
  });
  expect(world.takeErrors(), 'a handler threw instead of answering').toEqual([]);
  return { stdout, exitCode };
}

/** One console JSON line: well-formed, its reply a payload Discord takes that pings no one (none for a blank input line). */
function checkJsonLine(line: string, input: string): ConsoleJson {
  const json = JSON.parse(line) as ConsoleJson | { ok: false; reply: null };
  expect(jsonViolations(json)).toEqual([]);
  if (json.reply === null) {
    expect(input.trim()).toBe('');
    expect(json.ok).toBe(false);
  } else {
    expect(json.reply.allowedMentions).toEqual({ parse: [] });
    assertWithinDiscordLimits(json.reply);
  }
  return json as ConsoleJson;
}

describe('the console, one command (`npm run cli -- [--json] "<line>"`)', () => {
  it(
    '--json: exactly one line of valid JSON for any line; exit 1 only for a failed reply',
    { timeout: fuzzTimeout() },
    async () => {
      await fc.assert(
        fc.asyncProperty(anyLine, async (line) => {
          const { stdout, exitCode } = await run((o) => runOnce(line, o), true);
          expect(stdout).toMatch(/^[^\n]*\n$/);
          const json = checkJsonLine(stdout.slice(0, -1), line);
          expect([0, 1]).toContain(exitCode);
          if (exitCode === 1) expect(json.ok).toBe(false);
        }),
        fuzzParameters(),
      );
    },
  );

  it('text: prints a reply for any line, never throws', { timeout: fuzzTimeout() }, async () => {
    await fc.assert(
      fc.asyncProperty(anyLine, async (line) => {
        const { stdout } = await run((o) => runOnce(line, o), false);
        expect(stdout).toMatch(/\S[^]*\n$/);
      }),
      fuzzParameters(),
    );
  });
});

describe('the console, piped (one reply line per input line)', () => {
  // A line break inside a generated line would make two input lines.
  const batch = fc.array(
    anyLine.map((line) => line.replace(/\r\n|\r|\n/g, ' ')),
    { minLength: 1, maxLength: 6 },
  );

  // Each case is a batch of up to six commands: half the runs, each slower.
  const cost = { share: 0.5, msPerCase: 25 };

  it.each([
    ['--json', true],
    ['text', false],
  ])('%s: as many output lines as input lines, in order', { timeout: fuzzTimeout(cost) }, async (_label, json) => {
    await fc.assert(
      fc.asyncProperty(batch, async (lines) => {
        const { stdout } = await run((o) => runLines(o), json, Readable.from([`${lines.join('\n')}\n`]));
        const out = stdout.split(/\r\n|\r|\n/);
        expect(out.pop()).toBe('');
        expect(out).toHaveLength(lines.length);
        if (json) out.forEach((line, i) => checkJsonLine(line, lines[i] ?? ''));
      }),
      fuzzParameters(cost),
    );
  });
});

describe('the console never drops what was typed', () => {
  /** (Sub)commands with no option to take free text: whatever follows them must be reported. */
  const closed = commands.flatMap((c) =>
    [undefined, ...subcommandNames(c.definition)]
      .filter(
        (sub) =>
          (sub !== undefined || subcommandNames(c.definition).length === 0) &&
          basicOptions(c.definition, sub).every((o) => o.type === ApplicationCommandOptionType.Boolean),
      )
      .map((sub) => ({
        head: `/${c.definition.name}${sub ? ` ${sub}` : ''}`,
        options: basicOptions(c.definition, sub).map((o) => o.name.toLowerCase()),
      })),
  );

  it.each(closed.map((c) => [c.head, c] as const))(
    '%s <stray text> is a usage error',
    { timeout: fuzzTimeout() },
    async (_label, { head, options }) => {
      // Object.prototype's names too: a plain object given `__proto__` as a key silently drops it.
      const prototypeNames = fc
        .constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')
        .chain((name) => fc.constantFrom(name, `${name}:1`));
      const stray = fc
        .oneof(hostileWord(), prototypeNames)
        .filter((word) => word !== '' && !options.some((name) => word.toLowerCase().includes(`${name}:`)));
      await fc.assert(
        fc.asyncProperty(stray, async (word) => {
          const { stdout, exitCode } = await run((o) => runOnce(`${head} ${word}`, o), true);
          expect(exitCode).toBe(1);
          expect((JSON.parse(stdout) as ConsoleJson).error).toMatch(/^Unknown option/);
        }),
        fuzzParameters(),
      );
    },
  );
});
