import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.ts';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { cleanUpRuns, node, tempDir } from './npm-run.ts';
import { seedDueReminder } from './seed.ts';
import { CHINA_30, CHINA_CUT, writeArticle } from '../follows/articles.ts';

/**
 * Issue #8: the bot killed outright (SIGKILL: the OOM killer, `docker kill`) in the middle of
 * delivering reminders loses none and posts none twice once it is started again.
 */

const REMINDERS = 5;
/** The post in flight when the bot is killed: the ones before it went out, the ones after wait their turn. */
const HELD = 2;

let emu: DiscordEmulator;
afterEach(async () => {
  cleanUpRuns();
  await emu.stop();
});

const posts = (channelId: string) =>
  emu.requests.filter(
    (r) => r.method === 'POST' && r.route === '/channels/:channelId/messages' && r.params.channelId === channelId,
  );
const sentLogs = (logs: { msg?: string }[]) => logs.filter((l) => l.msg === 'reminder message sent');

describe('a bot killed while it delivers reminders', () => {
  it.each([
    [
      'Discord took the post but its answer never came',
      (path: string) => emu.faults.slow(path, Infinity, { method: 'POST' }),
      200,
    ],
    [
      'the post was rate-limited for a minute',
      (path: string) => emu.faults.rateLimit(path, 60, { method: 'POST' }),
      429,
    ],
  ])('posts every reminder exactly once after a restart (%s)', { timeout: 60_000 }, async (_case, hold, heldStatus) => {
    emu = await DiscordEmulator.start();
    const channels = Array.from({ length: REMINDERS }, (_, i) => emu.addChannel(`alerts-${i}`).id);
    const database = join(tempDir(), 'bot.db');
    const store = openStore(database);
    const now = Date.now();
    // All due at the same moment, so they go out in the order they were added.
    const reminders: number[] = [];
    for (const channelId of channels)
      reminders.push(await seedDueReminder(store, emu.defaults.guildId, channelId, now));
    await store.close();
    const held = channels[HELD]!;
    hold(`/channels/${held}/messages`);
    const env = {
      DISCORD_TOKEN: emu.token,
      DISCORD_API_URL: emu.apiUrl,
      DATABASE_PATH: database,
      REMINDER_POLL_SECONDS: '1',
    };

    const first = node('src/main.ts', env);
    await emu.waitForRequest((r) => r.method === 'POST' && r.params.channelId === held, 30_000);
    first.signal('SIGKILL');
    expect(await first.exit).toBeNull();
    expect(channels.map((c) => posts(c).map((r) => r.status))).toEqual([[200], [200], [heldStatus], [], []]);
    expect(sentLogs(first.logs())).toHaveLength(HELD);

    emu.faults.clear();
    const second = node('src/main.ts', env);
    await expect.poll(() => sentLogs(second.logs()), { timeout: 30_000 }).toHaveLength(REMINDERS - HELD);
    second.signal('SIGTERM');
    expect(await second.exit).toBe(0);

    channels.forEach((channelId, i) => {
      const stored = emu.botMessages().filter((m) => m.channel_id === channelId);
      expect(stored, `reminder #${reminders[i]} in channel ${i}`).toHaveLength(1);
      expect(stored[0]!.content).toContain(`Reminder #${reminders[i]} ·`);
      expect(stored[0]!.mention_everyone).toBe(false);
    });
    // The interrupted post was sent again with its nonce; Discord kept one message.
    const [before, after] = posts(held);
    expect(posts(held)).toHaveLength(2);
    expect(after!.body.nonce).toBe(before!.body.nonce);
    expect(after!.status).toBe(200);
    if (heldStatus === 200)
      expect((after!.response as { id: string }).id).toBe((before!.response as { id: string }).id);

    const reopened = openStore(database);
    const statuses = await Promise.all(reminders.map((id) => reopened.deliveries.ofReminder(id)));
    expect(statuses.map((rows) => rows.map((d) => d.status))).toEqual(reminders.map(() => ['sent']));
    await reopened.close();
  });
});

describe('a bot killed while it posts a follow alert', () => {
  it(
    'posts it exactly once after a restart (the article arrived while the bot was off)',
    { timeout: 60_000 },
    async () => {
      emu = await DiscordEmulator.start();
      const channel = emu.addChannel('china-desk').id;
      const corpus = tempDir();
      mkdirSync(join(corpus, 'articles'));
      writeArticle(corpus, 'china-30', 'US raises duties on China', '2026-09-01', CHINA_30);
      const database = join(tempDir(), 'bot.db');
      const store = openStore(database);
      // The bot had seen the first article when the follow was added.
      await store.follows.see(['china-30'], Date.now());
      await store.follows.add(
        { guildId: emu.defaults.guildId, channelId: channel, country: 'China', changesOnly: true, createdBy: 'admin' },
        Date.now(),
      );
      await store.close();
      // Indexed at the next start-up: new to the follow.
      writeArticle(corpus, 'china-20', 'US cuts tariff on China', '2026-11-10', CHINA_CUT);
      emu.faults.slow(`/channels/${channel}/messages`, Infinity, { method: 'POST' });
      const env = {
        DISCORD_TOKEN: emu.token,
        DISCORD_API_URL: emu.apiUrl,
        DATABASE_PATH: database,
        CORPUS_DIR: corpus,
        CACHE_DIR: join(corpus, '.cache'),
        REMINDER_POLL_SECONDS: '1',
      };

      const first = node('src/main.ts', env);
      await emu.waitForRequest((r) => r.method === 'POST' && r.params.channelId === channel, 30_000);
      first.signal('SIGKILL');
      expect(await first.exit).toBeNull();

      emu.faults.clear();
      const second = node('src/main.ts', env);
      await expect
        .poll(() => second.logs().filter((l) => l.msg === 'follow alert sent'), { timeout: 30_000 })
        .toHaveLength(1);
      second.signal('SIGTERM');
      expect(await second.exit).toBe(0);

      const stored = emu.botMessages().filter((m) => m.channel_id === channel);
      expect(stored.map((m) => m.embeds[0]?.title)).toEqual(['📈 US rate on Chinese goods: 30% → 20%']);
      const [before, after] = posts(channel);
      expect(posts(channel)).toHaveLength(2);
      expect(after!.body.nonce).toBe(before!.body.nonce);
      expect((after!.response as { id: string }).id).toBe((before!.response as { id: string }).id);
    },
  );
});
