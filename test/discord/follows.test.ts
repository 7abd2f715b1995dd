import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIMessage } from 'discord-api-types/v10';
import type { EmuUser } from '../../src/emulator/world.ts';
import { SourcesDesk } from '../../src/feeds/sources-desk.ts';
import { LiveCorpus } from '../../src/knowledge/live-corpus.ts';
import { reloadInPlace } from '../../src/knowledge/reload.ts';
import { createLogger } from '../../src/log/logger.ts';
import { newsPage, WebServer } from '../helpers/web-server.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';
import { rss } from '../feeds/fixtures.ts';
import {
  CANADA_35,
  CANADA_CUT,
  CHINA_30,
  CHINA_CUT,
  CHINA_CUT_AGAIN,
  newCorpus,
  writeArticle as writeArticle$,
} from '../follows/articles.ts';
import { deployCommandsTo, pollUntil as pollUntilOf, startBot, type BotUnderTest } from './harness.ts';

/**
 * Issue 15 on Discord: `/follow` alerts, posted by the follow watcher through the emulator. One bot
 * for the file; each test follows something of its own in a channel of its own.
 */

failOnUnhandledRejections();

let t: BotUnderTest;
let web: WebServer;
let corpus: string;
let desk: SourcesDesk | undefined;
let admin: EmuUser;

const writeArticle = (name: string, title: string, published: string, paragraphs: string[]) =>
  writeArticle$(corpus, name, title, published, paragraphs);

beforeAll(async () => {
  web = await WebServer.start();
  corpus = newCorpus('follows-');
  writeArticle('china-30', 'US raises duties on China', '2026-09-01', CHINA_30);
  writeArticle('canada-35', 'US puts 35% on Canada', '2026-08-01', CANADA_35);
  writeFileSync(join(corpus, 'feeds.yaml'), `feeds:\n  - url: ${web.url('/rss.xml')}\n`);
  web.serve('/rss.xml', rss(web, []), { 'content-type': 'application/rss+xml' });
  const log = createLogger('silent');
  const cache = join(corpus, '.cache');
  const config = { FETCH_CONTACT: 'ops@example.org', FETCH_ALLOW_HOSTS: '127.0.0.1', FETCH_TIMEOUT_SECONDS: 5 };
  t = await startBot({
    corpus,
    reloadKnowledge: () => reloadInPlace(knowledgeBaseOf(corpus), cache, log),
    sources: (kb, store) => (desk = new SourcesDesk(new LiveCorpus(kb, cache, log), store.feeds, config, log)),
  });
  await deployCommandsTo(t.emu);
  const managers = t.emu.addRole('Managers', { permissions: PermissionFlagsBits.ManageGuild });
  admin = t.emu.addMemberUser('admin', { roles: [managers.id] });
}, 30_000);

afterAll(async () => {
  await t?.stop();
  await web?.stop();
});

const follow = async (options: Record<string, string | boolean>) => {
  const reply = await t.emu.command('follow', options, { subcommand: 'add', userId: admin.id }).response();
  expect(reply.content).toMatch(/^Follow #\d+/);
  return reply;
};
const reload = async () =>
  expect((await t.emu.command('reload', {}, { userId: admin.id }).response()).content).toMatch(/article/i);
const inChannel = (channelId: string): APIMessage[] => t.emu.botMessages().filter((m) => m.channel_id === channelId);
const embedText = (m: APIMessage) => (m.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');

const pollUntil = (check: () => void | Promise<void>) => pollUntilOf(t, check);

/** A few more ticks, so that anything wrongly sent twice would have been. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    t.poll.fire();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

describe('/follow on Discord', () => {
  it('a rate change by a feed: one alert, old and new rate, cited; the same change again edits its sources', async () => {
    const channel = t.emu.addChannel('china-desk');
    const desk$ = t.emu.addRole('China desk');
    await follow({ country: 'China', channel: channel.id, mention: desk$.id });
    web.serve(
      '/cut',
      newsPage({
        title: 'US cuts tariff on China',
        paragraphs: CHINA_CUT,
        site: 'Harbor Ledger',
        jsonLdDate: '2026-11-10',
      }),
      { 'content-type': 'text/html' },
    );
    web.serve(
      '/rss.xml',
      rss(web, [{ title: 'US cuts tariff on China', path: '/cut', date: '2026-11-10T12:00:00Z' }]),
      {
        'content-type': 'application/rss+xml',
      },
    );
    expect((await desk!.poll()).map((l) => l.kind)).toEqual(['new']);
    await pollUntil(() => expect(inChannel(channel.id)).toHaveLength(1));
    await settle();
    const [alert] = inChannel(channel.id);
    expect(inChannel(channel.id)).toHaveLength(1);
    expect(alert!.embeds[0]!.title).toBe('📈 US rate on Chinese goods: 30% → 20%');
    expect(embedText(alert!)).toContain('> The United States cut its tariff on Chinese goods to 20% from 30%');
    expect(embedText(alert!)).toMatch(/— “US cuts tariff on China”, Harbor Ledger, <t:\d+:D>, paragraph 1/);
    // The role named in `mention:` is pinged, and only it.
    expect(alert!.content).toBe(`<@&${desk$.id}>`);
    expect(alert!.mention_roles).toEqual([desk$.id]);
    expect(alert!.mention_everyone).toBe(false);
    const post = t.emu.requests.find((r) => r.method === 'POST' && r.params.channelId === channel.id)!;
    expect(post.body.allowed_mentions).toEqual({ parse: [], roles: [desk$.id] });
    expect(post.body.nonce).toMatch(/^f/);

    // The same change reported by a file added with /reload: the alert's sources grow, nothing new is posted.
    writeArticle('china-20-again', 'Lower China tariff takes hold', '2026-11-12', CHINA_CUT_AGAIN);
    await reload();
    await pollUntil(() => expect(embedText(inChannel(channel.id)[0]!)).toContain('Lower China tariff takes hold'));
    await settle();
    expect(inChannel(channel.id)).toHaveLength(1);
    expect(embedText(inChannel(channel.id)[0]!)).toContain('US cuts tariff on China');
    const edits = t.emu.requests.filter((r) => r.method === 'PATCH' && r.params.channelId === channel.id);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('a rate change by a file and /reload: one alert; a reload of the same files announces nothing again', async () => {
    const channel = t.emu.addChannel('canada-desk');
    await follow({ country: 'Canada', channel: channel.id, changes_only: true });
    writeArticle('canada-25', 'US trims Canada tariff', '2026-11-17', CANADA_CUT);
    await reload();
    await pollUntil(() => expect(inChannel(channel.id)).toHaveLength(1));
    expect(inChannel(channel.id)[0]!.embeds[0]!.title).toBe('📈 US rate on Canadian goods: 35% → 25%');
    expect(inChannel(channel.id)[0]!.mention_roles).toEqual([]);
    await reload();
    await settle();
    expect(inChannel(channel.id)).toHaveLength(1);
  });

  it('12 matching articles at once: 5 alerts, then one digest of the other 7', async () => {
    const channel = t.emu.addChannel('soy-desk');
    await follow({ words: 'soybean barges', channel: channel.id });
    for (let i = 1; i <= 12; i++)
      writeArticle(`soy-${i}`, `Soybean barges, report ${i}`, '2026-11-18', [
        `Soybean barges on the Mississippi waited for a ${i}th day as river levels fell, traders in Iowa said.`,
      ]);
    await reload();
    await pollUntil(() => expect(inChannel(channel.id)).toHaveLength(6));
    await settle();
    const messages = inChannel(channel.id);
    expect(messages).toHaveLength(6);
    for (const alert of messages.slice(0, 5)) expect(alert.embeds[0]!.title).toMatch(/^📰 Soybean barges, report \d+$/);
    const digest = messages[5]!;
    expect(digest.embeds[0]!.title).toBe('🗞️ 7 more alerts');
    expect(digest.embeds[0]!.description!.match(/^• /gm)).toHaveLength(7);
    // Every article once, in an alert or in the digest.
    const all = messages.map(embedText).join('\n');
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Soybean barges, report ${i}`);
  });

  it('a forum channel gets one post per alert, titled with the article', async () => {
    const forum = t.emu.addChannel('lumber-forum', { type: ChannelType.GuildForum });
    await follow({ words: 'softwood lumber', channel: forum.id });
    writeArticle('lumber', 'Softwood lumber duties rise', '2026-11-19', [
      'Softwood lumber from British Columbia will face higher duties next month, the Commerce Department said.',
    ]);
    await reload();
    const thread = () => [...t.emu.world.channels.values()].find((c) => c.parentId === forum.id);
    await pollUntil(() => expect(thread()).toBeDefined());
    expect(thread()!.name).toBe('Softwood lumber duties rise');
    const [post] = inChannel(thread()!.id);
    expect(post!.embeds[0]!.title).toBe('📰 Softwood lumber duties rise');
    expect(embedText(post!)).toMatch(/Harbor Ledger, <t:\d+:D>, paragraph 1/);
  });

  it('a deleted channel disables the follow, with the reason in /follow list', async () => {
    const channel = t.emu.addChannel('doomed');
    await follow({ words: 'walnut quotas', channel: channel.id });
    t.emu.deleteChannel(channel.id);
    writeArticle('walnuts', 'Walnut quotas tighten', '2026-11-20', [
      'Walnut quotas for Indian buyers were cut again on Thursday.',
    ]);
    await reload();
    const list = async () => (await t.emu.command('follow', {}, { subcommand: 'list' }).response()).content ?? '';
    await pollUntil(async () =>
      expect(
        (await t.store.follows.list(t.emu.defaults.guildId)).find((f) => f.words === 'walnut quotas')?.status,
      ).toBe('disabled'),
    );
    expect(await list()).toMatch(/\*\*“walnut quotas”\*\* in <#\d+> · ⛔ disabled: the channel was deleted/);
  });
});
