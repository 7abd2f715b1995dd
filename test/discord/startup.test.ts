import { pino } from 'pino';
import { expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { startDiscordBot } from '../../src/discord/bot.ts';
import { openStore } from '../../src/store/store.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';

failOnUnhandledRejections();

it('refuses to start with a wrong token, closing what it opened', async () => {
  const emu = await DiscordEmulator.start();
  const store = openStore(':memory:');
  let closed = false;
  const start = startDiscordBot({
    config: { DISCORD_API_URL: emu.apiUrl, COOLDOWN_SECONDS: 0, REMINDER_POLL_SECONDS: 30 },
    token: 'wrong.bot.token',
    kb: knowledgeBaseOf(),
    store: { ...store, close: () => ((closed = true), store.close()) },
    log: pino({ level: 'silent' }),
    registry: commands,
  });
  try {
    await expect(start).rejects.toMatchObject({
      name: 'DiscordRefusal',
      message: 'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN',
      cause: { code: 'TokenInvalid' },
    });
    expect(closed).toBe(true);
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /gateway/bot 401']);
    expect(emu.gateway.sessions.size).toBe(0);
  } finally {
    await emu.stop();
  }
});
