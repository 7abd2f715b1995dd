import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { parseConsoleLine } from '../../src/console/parse-line.ts';
import { runConsole, runConsoleJson } from '../helpers/console.ts';
import { cli, isolatedEnv, TSX, tsxArgs } from '../helpers/subprocess.ts';

const run = promisify(execFile);

describe('console syntax', () => {
  it('fills the first option with free text, named options with name:value, and treats plain text as a question', () => {
    expect(parseConsoleLine('/ask why are "reciprocal" tariffs: legal?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      raw: { values: { question: 'why are "reciprocal" tariffs: legal?' } },
    });
    expect(parseConsoleLine('/ask question:"what now" hide:true', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      raw: { values: { question: 'what now', hide: 'true' } },
    });
    expect(parseConsoleLine('/ask hide:yes why stalled', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      raw: { values: { question: 'why stalled', hide: 'yes' } },
    });
    expect(parseConsoleLine('when does the pause end?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      raw: { values: { question: 'when does the pause end?' } },
    });
    expect(parseConsoleLine('   ', commands)).toEqual({ kind: 'empty' });
    expect(parseConsoleLine('/deadline', commands)).toEqual({
      kind: 'command',
      name: 'deadline',
      raw: { subcommand: 'list', values: {} },
    });
    expect(parseConsoleLine('/deadline upcoming', commands)).toEqual({
      kind: 'command',
      name: 'deadline',
      raw: { subcommand: 'list', values: { status: 'upcoming' } },
    });
    expect(parseConsoleLine('/remind list', commands)).toEqual({
      kind: 'command',
      name: 'remind',
      raw: { subcommand: 'list', values: {} },
    });
  });
});

describe('the console, as a user runs it', () => {
  it('hides an answer when asked (ephemeral flag in the payload)', async () => {
    const reply = await runConsoleJson('/ask question:"why are the talks stalled" hide:true');
    expect(reply.ok).toBe(true);
    expect(reply.reply.flags).toBe(64);
  });

  it('answers an unknown command and an unknown option with usage, exit code 1', async () => {
    const unknown = await runConsoleJson('/weather paris');
    expect(unknown).toMatchObject({ ok: false, exitCode: 1, command: 'weather' });
    expect(unknown.error).toMatch(/^Unknown command “\/weather”\. Commands: \/ask, .*\/sources, .*\/help\./);
    const badOption = await runConsoleJson('/ask question:x colour:red');
    expect(badOption.error).toMatch(/Unknown option “colour” for \/ask/);
    const badBoolean = await runConsoleJson('/ask question:x hide:maybe');
    expect(badBoolean.error).toMatch(/`hide` must be true or false/);
  });

  it('survives garbage: zero-width spaces, control characters, lone surrogates, mentions', async () => {
    const zeroWidth = await runConsoleJson(`/ask ${'\u200b'.repeat(200)}`);
    expect(zeroWidth.error).toMatch(/^Missing `question`/);
    const mixed = await runConsoleJson('/ask \ud800 @everyone <@&123> tariffs\u0007 on\u202e China');
    expect(mixed.ok).toBe(true);
    expect(mixed.reply.allowedMentions).toEqual({ parse: [] });
    expect((mixed.data as { question: string }).question).toBe('\ufffd @everyone <@&123> tariffs on China');
  });

  it('/sources lists the articles newest first with their passages', async () => {
    const reply = await runConsoleJson('/sources');
    expect(reply.data.articles).toEqual([
      {
        id: '2025-05-30-bessent-says-us-china-trade-talks-are-a-bit',
        title: expect.stringMatching(/a bit stalled/),
        outlet: 'CNBC',
        published: '2025-05-30',
        passages: 8,
        origin: 'file',
      },
      {
        id: '2025-05-30-scott-bessent-says-us-china-trade-talks-are-a-bit',
        title: expect.stringMatching(/a bit stagnant/),
        outlet: 'Financial Times',
        published: '2025-05-30',
        passages: 14,
        origin: 'file',
      },
    ]);
    const text = await runConsole('/sources');
    expect(text.stdout).toMatch(/^2 articles · newest source: 2025-05-30 \(540 days ago\)/);
  });

  it('/help lists every command of the registry with an example', async () => {
    const reply = await runConsoleJson('/help');
    const listed = reply.data.commands as { name: string; examples: string[] }[];
    expect(listed.map((c) => c.name)).toEqual(commands.map((c) => c.definition.name));
    for (const c of listed) expect(c.examples.length).toBeGreaterThan(0);
  });

  it('runs one command from the command line and exits 0, or 1 on a usage error', async () => {
    const ok = await run(
      TSX,
      tsxArgs('src/console/cli.ts', ['--json', '--now', '2026-11-21', '/ask why are the talks with China stalled?']),
      { env: isolatedEnv() },
    );
    const reply = JSON.parse(ok.stdout) as { command: string; ok: boolean; data: { passages: unknown[] } };
    expect(reply).toMatchObject({ command: 'ask', ok: true });
    expect(reply.data.passages).toHaveLength(3);
    const bad = await cli(['--now', 'yesterday', '/sources']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--now must be an ISO-8601 date/);
  });

  it('reads one command per stdin line and writes exactly one JSON object per line, in order', async () => {
    const { code, stdout } = await cli(['--json', '--now', '2026-11-21'], '/sources\n/ask\n\n/help\nwhy stalled?\n');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { command: string; ok: boolean });
    expect(lines.map((l) => [l.command, l.ok])).toEqual([
      ['sources', true],
      ['ask', false],
      ['', false],
      ['help', true],
      ['ask', true],
    ]);
  });

  it('without --json writes each reply on one line', async () => {
    const { stdout } = await cli(['--now', '2026-11-21'], '/sources\n/ask\n');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2 articles · newest source: 2025-05-30 \(540 days ago\) ⏎ Sources ⏎/);
    expect(lines[1]).toMatch(/^Missing `question`\./);
  });
});

describe('npm start without a token', () => {
  it('opens the console on the seed corpus and answers what it is given', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: isolatedEnv(),
      input: '/ask why are the talks with China stalled?\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^3 passages for “why are the talks with China stalled\?” · newest source: 2025-05-30 \(\d+ days ago\)/,
    );
    expect(result.stdout).toMatch(/— CNBC, 2025-05-30, paragraph 2/);
  });
});
