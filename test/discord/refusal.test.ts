import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSED_EXIT_CODE } from '../../src/discord/refusal.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { cleanUpRuns, node, type Run } from './npm-run.ts';

/**
 * Issue #8: when Discord refuses the bot as configured (its token, its intents), retrying cannot
 * help. `npm start` says what is wrong and what to do, exits with REFUSED_EXIT_CODE, and tries once.
 */

let emu: DiscordEmulator;
afterEach(async () => {
  cleanUpRuns();
  await emu.stop();
});

const start = (token = emu.token) => node('src/main.ts', { DISCORD_TOKEN: token, DISCORD_API_URL: emu.apiUrl });
const identifies = () => emu.gateway.received.filter((f) => f.op === GatewayOpcodes.Identify);
/** The output once the run has ended, with what it must never hold: the token, a stack trace. */
async function finalOutput(run: Run): Promise<string> {
  await run.ended;
  expect(run.output()).not.toContain(emu.token);
  expect(run.output()).not.toMatch(/^\s+at /m);
  return run.output();
}

describe('npm start when Discord refuses the bot', () => {
  it.each([
    [
      GatewayCloseCodes.AuthenticationFailed,
      'Discord refused the token (4004 Authentication failed): check DISCORD_TOKEN',
    ],
    [
      GatewayCloseCodes.DisallowedIntents,
      'Discord refused the intents (4014 Disallowed intent(s)): a privileged intent is not enabled for the application; the bot asks only for Guilds and GuildMessages',
    ],
  ])('at IDENTIFY with %i: says why, identifies once and exits', async (code, why) => {
    emu = await DiscordEmulator.start();
    emu.gateway.refuseIdentify(code);
    const run = start();
    expect(await run.exit).toBe(REFUSED_EXIT_CODE);
    expect(await finalOutput(run)).toContain(`The bot cannot start: ${why}`);
    expect(identifies()).toHaveLength(1);
  });

  it('at GET /gateway/bot with a 401: says why, never reaches the gateway', async () => {
    emu = await DiscordEmulator.start();
    const run = start('wrong.bot.token');
    expect(await run.exit).toBe(REFUSED_EXIT_CODE);
    expect(await finalOutput(run)).toContain(
      'The bot cannot start: Discord refused the token (401 Unauthorized): check DISCORD_TOKEN.',
    );
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /gateway/bot 401']);
    expect(identifies()).toEqual([]);
  });

  it('while running, when Discord ends the session with 4004: says why, stops cleanly and exits', async () => {
    emu = await DiscordEmulator.start();
    const run = start();
    await expect.poll(run.output, { timeout: 15_000 }).toContain('connected to Discord');
    emu.gateway.drop({ code: GatewayCloseCodes.AuthenticationFailed });
    expect(await run.exit).toBe(REFUSED_EXIT_CODE);
    await finalOutput(run);
    const closed = run.logs().find((l) => l.code === 4004);
    expect(closed).toMatchObject({
      level: 50,
      msg: 'gateway closed for good: Discord refused the token (4004 Authentication failed): check DISCORD_TOKEN',
    });
    expect(run.logs().map((l) => l.msg)).toContain('stopped');
    expect(identifies()).toHaveLength(1);
  });
});
