import { PermissionFlagsBits } from 'discord-api-types/v10';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourcesDesk } from '../../src/feeds/sources-desk.ts';
import { LiveCorpus } from '../../src/knowledge/live-corpus.ts';
import { createLogger } from '../../src/log/logger.ts';
import { deployCommandsTo, startBot, type BotUnderTest } from '../discord/harness.ts';
import type { WebServer } from '../helpers/web-server.ts';
import { newsPage } from '../helpers/web-server.ts';
import { juiceSite, publishJuice } from './fixtures.ts';
import { newCorpus } from '../follows/articles.ts';

const LUMBER = [
  'Washington doubled the duties on Canadian softwood lumber to nearly 35% on Monday, the Commerce Department said, citing subsidies it found in a new review.',
  'Builders in the United States warned that framing costs would rise, while mills in British Columbia said they would cut shifts.',
];

let web: WebServer;
let t: BotUnderTest;
let desk: SourcesDesk | undefined;
beforeAll(async () => {
  web = await juiceSite();
  web.serve(
    '/lumber',
    newsPage({ title: 'US doubles lumber duties', paragraphs: LUMBER, site: 'Timber Post', jsonLdDate: '2025-08-11' }),
    { 'content-type': 'text/html' },
  );
  const corpus = newCorpus('discord-live-');
  writeFileSync(join(corpus, 'feeds.yaml'), `feeds:\n  - url: ${web.url('/rss.xml')}\n`);
  const log = createLogger('silent');
  const config = { FETCH_CONTACT: 'ops@example.org', FETCH_ALLOW_HOSTS: '127.0.0.1', FETCH_TIMEOUT_SECONDS: 5 };
  t = await startBot({
    corpus,
    env: { BOT_OWNER_IDS: '300000000000000001' },
    sources: (kb, store) =>
      (desk = new SourcesDesk(new LiveCorpus(kb, join(corpus, '.cache'), log), store.feeds, config, log)),
  });
  await deployCommandsTo(t.emu);
  t.emu.addUser('operator', { id: '300000000000000001' });
  t.emu.addMember('300000000000000001');
}, 30_000);
afterAll(async () => {
  await t.stop();
  await web.stop();
});

const text = (message: {
  content: string;
  embeds?: { description?: string; title?: string; fields?: { value: string }[] }[];
}) =>
  [
    message.content,
    ...(message.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).map((f) => f.value),
    ]),
  ].join('\n');

describe('following the news on Discord', () => {
  it('a new feed item becomes an answer to /ask without a restart', async () => {
    const question = { question: 'orange juice retaliatory levies' };
    expect(text(await t.emu.command('ask', question).response())).not.toContain('Canada will lift');
    publishJuice(web);
    const lines = await desk!.poll();
    expect(lines.map((l) => l.kind)).toEqual(['new']);
    const answer = text(await t.emu.command('ask', question).response());
    expect(answer.replace(/\*\*/g, '')).toContain('Canada will lift its retaliatory levies on American orange juice');
    expect(answer).toContain('Maple Desk');
    const feeds = text(await t.emu.command('sources', {}, { subcommand: 'feeds' }).response());
    expect(feeds).toContain(web.url('/rss.xml'));
    expect(feeds).toMatch(/last poll <t:\d+:R> · last new article <t:\d+:R>/);
  }, 30_000);

  it('adding a link is for the bot operators only: Manage Server is refused', async () => {
    const managers = t.emu.addRole('Managers', {
      permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator,
    });
    const admin = t.emu.addMemberUser('admin', { roles: [managers.id] });
    const refused = await t.emu
      .command('sources', { url: web.url('/lumber') }, { subcommand: 'add', userId: admin.id })
      .response();
    expect(refused.content).toBe("Only the bot's owners can use `/sources add`.");
    const feedRefused = await t.emu
      .command('sources', { action: 'add', url: web.url('/other.xml') }, { subcommand: 'feed', userId: admin.id })
      .response();
    expect(feedRefused.content).toMatch(/^Only the bot's owners can use `\/sources feed/);
    expect(web.hits('/lumber')).toHaveLength(0);

    const added = await t.emu
      .command('sources', { url: web.url('/lumber') }, { subcommand: 'add', userId: '300000000000000001' })
      .response();
    expect(added.content).toBe('Added “US doubles lumber duties” (Timber Post). It can be asked about now.');
    expect(text(await t.emu.command('ask', { question: 'softwood lumber duties' }).response())).toContain(
      'Timber Post',
    );
    const list = text(await t.emu.command('sources', {}, { subcommand: 'list' }).response());
    expect(list).toMatch(/US doubles lumber duties.*link, added <t:\d+:R>/);
  }, 30_000);
});
