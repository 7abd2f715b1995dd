import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { cleanUpRuns, npm, type Run } from './npm-run.ts';

/** `npm start` and `npm run deploy-commands` as a user runs them, against the emulator. */

let emu: DiscordEmulator | undefined;
afterEach(async () => {
  cleanUpRuns();
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
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'logs in, answers a command, and on %s closes the gateway cleanly and exits, never printing the token',
    async (signal) => {
      const run = await npmStart();
      const message = await emu!.command('sources', {}, { subcommand: 'list' }).response();
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
    },
  );

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
    const run = npm(['deploy-commands'], {
      DISCORD_TOKEN: emu.token,
      DISCORD_API_URL: emu.apiUrl,
      DISCORD_GUILD_ID: emu.defaults.guildId,
    });
    expect(await run.exit).toBe(0);
    const puts = emu.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.status])).toEqual([
      [`/applications/${emu!.applicationId}/guilds/${emu!.defaults.guildId}/commands`, 200],
    ]);
    expect(puts[0]!.body).toEqual(JSON.parse(JSON.stringify(commands.map((c) => c.definition))));
    expect(emu.registeredCommands().map((c) => c.name)).toEqual(commands.map((c) => c.definition.name));
    expect(run.output()).not.toContain(emu.token);
  });

  it('registers globally without DISCORD_GUILD_ID, using DISCORD_APPLICATION_ID when given', async () => {
    emu = await DiscordEmulator.start();
    const run = npm(['deploy-commands'], {
      DISCORD_TOKEN: emu.token,
      DISCORD_API_URL: emu.apiUrl,
      DISCORD_APPLICATION_ID: emu.applicationId,
    });
    expect(await run.exit).toBe(0);
    expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${emu.applicationId}/commands`,
    ]);
    expect(emu.world.globalCommands).toHaveLength(commands.length);
  });

  it('fails with a clear message without a token', async () => {
    const run = npm(['deploy-commands'], { DISCORD_TOKEN: '' });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN is not set');
  });
});
