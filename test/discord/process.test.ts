import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { DiscordEmulator } from '../emulator/discord-emulator.ts';

/** `npm start` and `npm run deploy-commands` as a user runs them, against the emulator. */

interface Run {
  output: () => string;
  exit: Promise<number | null>;
  /** Signals npm and everything it started, as Ctrl-C, `docker stop` or systemd do. */
  signal: (signal: NodeJS.Signals) => void;
  /** True once no process of the run is left. */
  gone: () => boolean;
}

const runs: Run[] = [];
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-cache-'));
  tempDirs.push(dir);
  return dir;
}

function npm(script: string[], env: Record<string, string>): Run {
  // Explicit values, empty ones included, so a developer's .env cannot leak into the run.
  const child = spawn('npm', ['run', '--silent', ...script], {
    env: {
      ...process.env,
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      DATABASE_PATH: ':memory:',
      CACHE_DIR: tempDir(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const group = -child.pid!;
  const run: Run = {
    output: () => output,
    exit: once(child, 'exit').then(([code]) => code as number | null),
    signal: (signal) => process.kill(group, signal),
    gone: () => {
      try {
        process.kill(group, 0);
        return false;
      } catch {
        return true;
      }
    },
  };
  runs.push(run);
  return run;
}

let emu: DiscordEmulator | undefined;
afterEach(async () => {
  for (const run of runs.splice(0)) if (!run.gone()) run.signal('SIGKILL');
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  await emu?.stop();
  emu = undefined;
});

/** Starts `npm start` on the emulator and waits until the bot is connected. */
async function npmStart(): Promise<Run> {
  emu = await DiscordEmulator.start();
  const run = npm(['start'], { DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl });
  await expect.poll(run.output, { timeout: 15_000 }).toContain('connected to Discord');
  return run;
}

describe('npm start with DISCORD_TOKEN', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('logs in, answers a command, and on %s closes the gateway cleanly and exits, never printing the token', async (signal) => {
    const run = await npmStart();
    const message = await emu!.command('sources').response();
    expect(message.content).toMatch(/\*\*\d+ articles?\*\*/);

    const session = emu!.gateway.connected()[0]!;
    const closed = once(emu!.gateway, 'disconnect');
    run.signal(signal);
    const [closedSession, code] = await closed;
    expect(closedSession).toBe(session);
    expect(code).toBe(1000);
    await expect.poll(run.gone, { timeout: 5000 }).toBe(true);
    expect(run.output()).toContain('shutting down');
    expect(run.output()).toContain('"msg":"stopped"');
    expect(run.output()).not.toContain(emu!.token);
  });

  it('exits even when Discord has gone away by the time it is stopped', async () => {
    const run = await npmStart();
    await emu!.stop();
    emu = undefined;
    await expect.poll(run.output).toContain('gateway reconnecting');
    run.signal('SIGTERM');
    await expect.poll(run.gone, { timeout: 5000 }).toBe(true);
    expect(run.output()).toContain('"msg":"stopped"');
  });
});

describe('npm run deploy-commands', () => {
  it('PUTs every definition to the guild route when DISCORD_GUILD_ID is set', async () => {
    emu = await DiscordEmulator.start();
    const run = npm(['deploy-commands'], { DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, DISCORD_GUILD_ID: emu.defaults.guildId });
    expect(await run.exit).toBe(0);
    const puts = emu.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.status])).toEqual([[`/applications/${emu!.applicationId}/guilds/${emu!.defaults.guildId}/commands`, 200]]);
    expect(puts[0]!.body).toEqual(JSON.parse(JSON.stringify(commands.map((c) => c.definition))));
    expect(emu.registeredCommands().map((c) => c.name)).toEqual(commands.map((c) => c.definition.name));
    expect(run.output()).not.toContain(emu.token);
  });

  it('registers globally without DISCORD_GUILD_ID, using DISCORD_APPLICATION_ID when given', async () => {
    emu = await DiscordEmulator.start();
    const run = npm(['deploy-commands'], { DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, DISCORD_APPLICATION_ID: emu.applicationId });
    expect(await run.exit).toBe(0);
    expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /applications/${emu.applicationId}/commands`]);
    expect(emu.world.globalCommands).toHaveLength(commands.length);
  });

  it('fails with a clear message without a token', async () => {
    const run = npm(['deploy-commands'], { DISCORD_TOKEN: '' });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN is not set');
  });
});
