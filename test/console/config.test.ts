import { describe, expect, it } from 'vitest';
import { formatConfigProblems, parseConfig } from '../../src/config/env.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('configuration from the environment', () => {
  it('needs nothing: defaults give the console on ./corpus', () => {
    expect(parseConfig({})).toMatchObject({
      ok: true,
      config: { DISCORD_API_URL: 'https://discord.com/api', CORPUS_DIR: 'corpus' },
    });
    expect(parseConfig({ DISCORD_TOKEN: '', CORPUS_DIR: '  ' })).toMatchObject({
      ok: true,
      config: { CORPUS_DIR: 'corpus' },
    });
  });

  it('lists every problem at once, naming each variable and never echoing a value', () => {
    const result = parseConfig({
      DISCORD_TOKEN: 'not a token',
      DISCORD_GUILD_ID: 'abc',
      DISCORD_API_URL: 'nope',
      LOG_LEVEL: 'loud',
    });
    if (result.ok) throw new Error('expected problems');
    const text = formatConfigProblems(result.problems);
    expect(result.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DISCORD_API_URL',
      'DISCORD_GUILD_ID',
      'DISCORD_TOKEN',
      'LOG_LEVEL',
    ]);
    expect(text).toMatch(/^The configuration has 4 problems \(see \.env\.example\):/);
    expect(text).not.toContain('not a token');
  });

  it('accepts a well-formed token and ids', () => {
    const result = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '123456789012345678' });
    expect(result).toMatchObject({
      ok: true,
      config: { DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '123456789012345678' },
    });
  });
});

describe('npm start with a broken environment', () => {
  it('lists every problem in one message, exits 1, and never prints the token', async () => {
    const { spawnSync } = await import('node:child_process');
    const { isolatedEnv } = await import('../helpers/subprocess.ts');
    const secret = 'NOT-A-TOKEN-but-secret-looking';
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: isolatedEnv({ DISCORD_TOKEN: secret, DISCORD_API_URL: 'not a url', REMINDER_POLL_SECONDS: '0' }),
      encoding: 'utf8',
      input: '',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^The configuration has 3 problems \(see \.env\.example\):\n- DISCORD_TOKEN: does not look like a bot token/,
    );
    expect(result.stderr).toMatch(/- DISCORD_API_URL: must be a URL/);
    expect(result.stderr).toMatch(/- REMINDER_POLL_SECONDS: must be at least 1/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
  });
});
