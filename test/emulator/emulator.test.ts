import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  MessageFlags,
  type DiscordAPIError,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../../src/emulator/discord-emulator.ts';
import { shardOf, snowflakeOnShard } from '../../src/emulator/snowflake.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';

failOnUnhandledRejections();

const NO_PINGS = { allowedMentions: { parse: [] } };

async function connect(emu: DiscordEmulator, shard?: { id: number; count: number }): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: emu.apiUrl },
    ...(shard ? { shards: shard.id, shardCount: shard.count } : {}),
  });
  const ready = once(client, Events.ClientReady);
  await client.login(emu.token);
  await ready;
  return client;
}

let emu: DiscordEmulator;
let client: Client;

/** Installs the only interaction handler for the current test. */
function onInteraction(handler: (interaction: Interaction) => Promise<unknown>): void {
  client.on(Events.InteractionCreate, (interaction) => void handler(interaction).catch(() => {}));
}

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  client = await connect(emu);
});

afterEach(() => {
  client.removeAllListeners(Events.InteractionCreate);
  client.removeAllListeners(Events.MessageCreate);
  emu.faults.clear();
});

afterAll(async () => {
  await client?.destroy();
  await emu?.stop();
});

describe('gateway', () => {
  it('logs in: READY and GUILD_CREATE give the guild with its channels', () => {
    const guild = client.guilds.cache.get(emu.defaults.guildId);
    expect(guild?.name).toBe('Trade Desk Test');
    expect(guild?.channels.cache.get(emu.defaults.channelId)?.name).toBe('general');
    expect(client.user?.id).toBe(emu.bot.id);
    expect(client.application?.id).toBe(emu.applicationId);
    const identify = emu.gateway.received.find((f) => f.op === 2)?.d as { intents: number; shard: number[] };
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(identify.shard).toEqual([0, 1]);
    expect(emu.requests.some((r) => r.path === '/gateway/bot' && r.authorization === `Bot ${emu.token}`)).toBe(true);
  });

  it('resumes after a dropped socket, replaying what was sent meanwhile', async () => {
    expect(await emu.dropConnection()).toBe('resumed');
    onInteraction((i) =>
      i.isChatInputCommand() ? i.reply({ content: 'still here', ...NO_PINGS }) : Promise.resolve(),
    );
    expect((await emu.command('ping').callback()).data.content).toBe('still here');

    emu.gateway.drop();
    // Dispatched while the bot is away: kept in the session and replayed on RESUME.
    expect((await emu.command('ping').callback()).data.content).toBe('still here');
    expect(emu.gateway.received.filter((f) => f.op === 6).length).toBeGreaterThanOrEqual(2);
  });

  it('reconnects with a fresh IDENTIFY when told its session is over', async () => {
    expect(await emu.dropConnection({ code: 1000 })).toBe('identified');
    onInteraction((i) => (i.isChatInputCommand() ? i.reply({ content: 'back', ...NO_PINGS }) : Promise.resolve()));
    expect((await emu.command('ping').callback()).data.content).toBe('back');
  });

  it('routes each guild to shard (guild_id >> 22) % shard_count', async () => {
    const sharded = await DiscordEmulator.start({ shards: 2 });
    const other = sharded.addGuild({
      id: snowflakeOnShard(1 - shardOf(sharded.defaults.guildId, 2), 2),
      name: 'Other',
    });
    const otherChannel = sharded.addChannel('general', { guildId: other.id });
    sharded.addMember(sharded.defaults.userId, { guildId: other.id });
    const clients = await Promise.all([0, 1].map((id) => connect(sharded, { id, count: 2 })));
    try {
      expect((await sharded.waitForRequest((r) => r.path === '/gateway/bot')).response).toMatchObject({ shards: 2 });
      const home = shardOf(sharded.defaults.guildId, 2);
      expect(clients[home]!.guilds.cache.map((g) => g.id)).toEqual([sharded.defaults.guildId]);
      expect(clients[1 - home]!.guilds.cache.map((g) => g.id)).toEqual([other.id]);
      const seenBy: number[] = [];
      clients.forEach((c, i) =>
        c.on(Events.InteractionCreate, (interaction) => {
          seenBy.push(i);
          if (interaction.isChatInputCommand()) void interaction.reply({ content: `shard ${i}`, ...NO_PINGS });
        }),
      );
      expect((await sharded.command('ping', {}, { channelId: otherChannel.id }).callback()).data.content).toBe(
        `shard ${1 - home}`,
      );
      expect(seenBy).toEqual([1 - home]);
    } finally {
      await Promise.all(clients.map((c) => c.destroy()));
      await sharded.stop();
    }
  });

  it('closes an IDENTIFY with the refusal code while told to refuse them', async () => {
    const refusing = await DiscordEmulator.start();
    refusing.gateway.refuseIdentify(GatewayCloseCodes.AuthenticationFailed);
    const refused = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: refusing.apiUrl } });
    const closed = new Promise<number>((resolve) => refused.on(Events.ShardDisconnect, (event) => resolve(event.code)));
    try {
      await expect(refused.login(refusing.token)).rejects.toThrow('Authentication failed');
      expect(await closed).toBe(4004);
      expect(refusing.gateway.received.filter((f) => f.op === 2)).toHaveLength(1);
      expect(refusing.gateway.sessions.size).toBe(0);
    } finally {
      await refused.destroy();
      await refusing.stop();
    }
  });

  it('acknowledges heartbeats', async () => {
    const fast = await DiscordEmulator.start({ heartbeatIntervalMs: 100 });
    const other = await connect(fast);
    try {
      await sleep(350);
      expect(fast.gateway.received.filter((f) => f.op === 1).length).toBeGreaterThanOrEqual(2);
      expect(other.ws.ping).toBeGreaterThanOrEqual(0);
    } finally {
      await other.destroy();
      await fast.stop();
    }
  });
});

describe('interactions', () => {
  it('delivers a chat-input command with typed options and takes the reply', async () => {
    onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({
        content: `${i.commandName}: ${i.options.getString('text')} x${i.options.getInteger('count')}`,
        ...NO_PINGS,
      });
    });
    const callback = await emu.command('echo', { text: 'hi @everyone', count: 2 }).callback();
    expect(callback).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'echo: hi @everyone x2', allowed_mentions: { parse: [] } }),
    });
    const sent = emu.botMessages().find((m) => m.content === 'echo: hi @everyone x2');
    expect(sent?.mention_everyone).toBe(false);
  });

  it('measures INTERACTION_CREATE → callback latency', async () => {
    onInteraction((i) => (i.isChatInputCommand() ? i.reply({ content: 'quick', ...NO_PINGS }) : Promise.resolve()));
    const latency = await emu.command('ping').callbackLatencyMs();
    expect(latency).toBeGreaterThan(0);
    expect(latency).toBeLessThan(1000);
  });

  it('answers reply({ withResponse }) with a 200 body holding the message', async () => {
    let content: string | undefined;
    onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'with response', withResponse: true, ...NO_PINGS });
      content = response.resource?.message?.content;
    });
    await emu.command('ping').callback();
    await expect.poll(() => content).toBe('with response');
  });

  it('answers autocomplete with choices', async () => {
    onInteraction(async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond(['steel', 'soybeans'].filter((c) => c.startsWith(typed)).map((c) => ({ name: c, value: c })));
    });
    const callback = await emu.autocomplete('tariff', 'product', { product: 'st' }).callback();
    expect(callback).toEqual({ type: 8, data: { choices: [{ name: 'steel', value: 'steel' }] } });
  });

  it('delivers a button press on a message and takes the update', async () => {
    onInteraction(async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('page:2').setLabel('Next').setStyle(ButtonStyle.Secondary),
        );
        await i.reply({ content: 'page 1', components: [row], ...NO_PINGS });
      } else if (i.isButton()) {
        await i.update({ content: `page ${i.customId.split(':')[1]}`, components: [], ...NO_PINGS });
      }
    });
    const first = await emu.command('list').response();
    expect(first.components).toHaveLength(1);
    const press = emu.pressButton(first, 'page:2');
    expect((await press.callback()).type).toBe(7);
    expect((await press.response()).content).toBe('page 2');
  });

  it('takes deferReply then editReply, ephemeral kept', async () => {
    onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await sleep(50);
      await i.editReply({ content: 'slow answer', ...NO_PINGS });
    });
    const exchange = emu.command('slow');
    expect(await exchange.callback()).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect((await exchange.edit()).content).toBe('slow answer');
    const message = await exchange.response();
    expect(message.content).toBe('slow answer');
    expect(await exchange.ephemeral()).toBe(true);
  });

  it('takes follow-ups', async () => {
    onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'first', ...NO_PINGS });
      const followUp = await i.followUp({ content: 'second', ...NO_PINGS });
      await i.followUp({ content: `after ${followUp.id}`, ...NO_PINGS });
    });
    const exchange = emu.command('chatty');
    expect((await exchange.followUp()).content).toBe('second');
    await emu.waitForRequest((r) => r.body?.content?.startsWith('after ') && r.status === 200);
  });

  it('rejects a second callback and one that comes too late', async () => {
    const errors: unknown[] = [];
    onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === 'late') await sleep(150);
      await i.reply({ content: 'one', ...NO_PINGS }).catch((e) => errors.push(e));
      if (i.commandName === 'twice')
        await client.rest
          .post(`/interactions/${i.id}/${i.token}/callback`, {
            body: { type: 4, data: { content: 'two' } },
            auth: false,
          })
          .catch((e) => errors.push(e));
    });
    await emu.command('twice').callback();
    await expect.poll(() => (errors[0] as DiscordAPIError | undefined)?.code).toBe(40060);

    emu.settings.interactionTimeoutMs = 100;
    try {
      emu.command('late');
      await expect.poll(() => (errors[1] as DiscordAPIError | undefined)?.code).toBe(10062);
    } finally {
      emu.settings.interactionTimeoutMs = 3000;
    }
  });

  it('refuses a reply over Discord limits with 400 Invalid Form Body', async () => {
    let error: DiscordAPIError | undefined;
    onInteraction(async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'x'.repeat(2001), ...NO_PINGS }).catch((e) => (error = e));
    });
    const exchange = emu.command('long');
    await expect.poll(() => error?.code).toBe(50035);
    expect(exchange.attempts()[0]?.status).toBe(400);
  });
});

describe('channel messages', () => {
  const channel = () => client.channels.cache.get(emu.defaults.channelId) as TextChannel;

  it('posts to a channel, and computes pings from allowed_mentions', async () => {
    const quiet = await channel().send({ content: '@everyone hello', ...NO_PINGS });
    const loud = await channel().send({ content: '@everyone hello' });
    const stored = (id: string) => emu.botMessages().find((m) => m.id === id);
    expect(stored(quiet.id)?.mention_everyone).toBe(false);
    expect(stored(loud.id)?.mention_everyone).toBe(true);
  });

  it('returns the first message for a retried post with enforce_nonce', async () => {
    const first = await channel().send({ content: 'reminder', nonce: '42', enforceNonce: true, ...NO_PINGS });
    const retry = await channel().send({ content: 'reminder', nonce: '42', enforceNonce: true, ...NO_PINGS });
    expect(retry.id).toBe(first.id);
    expect(emu.botMessages().filter((m) => m.content === 'reminder')).toHaveLength(1);
  });

  it('reads multipart bodies: payload_json, the files byte for byte, stored as attachments an embed can show', async () => {
    const png = Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      Buffer.from([0, 0, 0, 3, 0, 0, 0, 2]),
      Buffer.from([0xff, 0x00, 0x80, 0x0d, 0x0a]),
    ]);
    const sent = await channel().send({
      content: 'with a file',
      embeds: [{ title: 'chart', image: { url: 'attachment://chart.png' } }],
      files: [{ attachment: png, name: 'chart.png', description: 'a tiny chart' }],
      ...NO_PINGS,
    });
    const request = emu.requests.find((r) => r.response && (r.response as { id?: string }).id === sent.id)!;
    expect(request.body).toMatchObject({ content: 'with a file', allowed_mentions: { parse: [] } });
    expect(request.files).toHaveLength(1);
    expect(request.files[0]).toMatchObject({ name: 'chart.png', contentType: 'image/png' });
    expect(request.files[0]!.data.equals(png)).toBe(true);
    const stored = emu.world.messages.get(sent.id)!;
    expect(stored.attachments).toEqual([
      expect.objectContaining({
        filename: 'chart.png',
        description: 'a tiny chart',
        size: png.length,
        width: 3,
        height: 2,
      }),
    ]);
    expect(stored.embeds[0]?.image?.url).toBe(stored.attachments[0]!.url);
    expect(sent.attachments.first()?.description).toBe('a tiny chart');
  });

  it('refuses an attachment description over 1,024 characters', async () => {
    const send = channel().send({
      files: [{ attachment: Buffer.from('x'), name: 'a.txt', description: 'd'.repeat(1025) }],
      ...NO_PINGS,
    });
    await expect(send).rejects.toThrow(/Invalid Form Body/);
  });

  it('keeps, replaces or drops attachments on an edit as its attachments field says', async () => {
    const sent = await channel().send({ files: [{ attachment: Buffer.from('one'), name: 'one.txt' }], ...NO_PINGS });
    const kept = await sent.edit({ content: 'edited' });
    expect(kept.attachments.map((a) => a.name)).toEqual(['one.txt']);
    const replaced = await sent.edit({ files: [{ attachment: Buffer.from('two'), name: 'two.txt' }], attachments: [] });
    expect(replaced.attachments.map((a) => a.name)).toEqual(['two.txt']);
    const dropped = await sent.edit({ content: 'no files', attachments: [] });
    expect(dropped.attachments.size).toBe(0);
  });

  it('delivers a message that mentions the bot, content included, and takes the reply', async () => {
    const seen: Message[] = [];
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot) return;
      seen.push(message);
      if (message.mentions.users.has(client.user!.id))
        void message.reply({ content: `you said: ${message.content}`, ...NO_PINGS });
    });
    const exchange = emu.mentionBot('when does the pause end?');
    const reply = await exchange.reply();
    expect(reply.content).toBe(`you said: <@${emu.bot.id}> when does the pause end?`);
    expect(reply.message_reference?.message_id).toBe(exchange.message.id);

    // Without the Message Content intent, other messages arrive blank.
    emu.sendMessage('no mention here');
    await expect.poll(() => seen.length).toBe(2);
    expect(seen[1]!.content).toBe('');
  });

  it('says 404 Unknown Channel for a deleted channel and 403 Missing Permissions without send rights', async () => {
    const doomed = emu.addChannel('doomed');
    const locked = emu.addChannel('locked', { botCanSend: false });
    await expect.poll(() => client.channels.cache.has(locked.id)).toBe(true);
    emu.deleteChannel(doomed.id);
    await expect(
      client.rest.post(`/channels/${doomed.id}/messages`, { body: { content: 'hi' } }),
    ).rejects.toMatchObject({ status: 404, code: 10003 });
    await expect(
      (client.channels.cache.get(locked.id) as TextChannel).send({ content: 'hi', ...NO_PINGS }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
  });
});

describe('faults', () => {
  it('retries past a single 500, and surfaces persistent ones', async () => {
    let failure: unknown;
    onInteraction(async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'survived', ...NO_PINGS }).catch((e) => (failure = e));
    });
    emu.faults.serverError('/callback');
    const retried = emu.command('ping');
    expect((await retried.callback()).data.content).toBe('survived');
    expect(retried.attempts().map((r) => r.status)).toEqual([500, 204]);

    emu.faults.serverError('/callback', { times: Infinity });
    const doomed = emu.command('ping');
    await expect.poll(() => failure, { timeout: 5000 }).toBeDefined();
    expect(doomed.attempts().every((r) => r.status === 500 && r.faulted)).toBe(true);
  });

  it('takes a slow request at once and answers it late, or never', async () => {
    const post = (content: string, signal?: AbortSignal) =>
      client.rest.post(`/channels/${emu.defaults.channelId}/messages`, {
        body: { content, ...NO_PINGS },
        ...(signal ? { signal } : {}),
      });
    emu.faults.slow('/channels/', 100, { method: 'POST' });
    expect(await post('late')).toMatchObject({ content: 'late' });

    emu.faults.slow('/channels/', Infinity, { method: 'POST' });
    const abort = new AbortController();
    const unanswered = post('never answered', abort.signal);
    const request = await emu.waitForRequest((r) => r.body?.content === 'never answered');
    expect(request).toMatchObject({ status: 200, faulted: true });
    expect(emu.botMessages().filter((m) => m.content === 'never answered')).toHaveLength(1);
    abort.abort();
    await expect(unanswered).rejects.toThrow(/abort/i);
  });

  it('waits out a 429 for its retry-after, then succeeds', async () => {
    emu.faults.rateLimit('/channels/', 0.3, { method: 'POST' });
    const started = Date.now();
    const message = await (client.channels.cache.get(emu.defaults.channelId) as TextChannel).send({
      content: 'patient',
      ...NO_PINGS,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    const attempts = emu.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${emu.defaults.channelId}/messages` &&
        (r.status === 429 || (r.response && (r.response as { id?: string }).id === message.id)),
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
  });
});

describe('forget', () => {
  it('drops the record of past exchanges, keeping the world and the session', async () => {
    onInteraction((i) => (i.isChatInputCommand() ? i.reply({ content: 'before', ...NO_PINGS }) : Promise.resolve()));
    await emu.command('ping').callback();
    emu.forget();
    expect([emu.requests, emu.botMessages(), emu.gateway.received, [...emu.world.interactions.keys()]]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(emu.world.channels.has(emu.defaults.channelId)).toBe(true);
    expect((await emu.command('ping').callback()).data.content).toBe('before');
  });
});

describe('commands', () => {
  it('registers commands with a guild PUT, and types options from the definitions', async () => {
    await client.application!.commands.set(
      [
        {
          name: 'ask',
          description: 'Ask a question',
          options: [{ name: 'question', description: 'What to ask', type: 3, required: true }],
        },
        { name: 'rate', description: 'A tariff rate', options: [{ name: 'year', description: 'Year', type: 10 }] },
      ],
      emu.defaults.guildId,
    );
    const put = await emu.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${emu.applicationId}/guilds/${emu.defaults.guildId}/commands`);
    expect(emu.registeredCommands().map((c) => c.name)).toEqual(['ask', 'rate']);

    let year: number | null = null;
    onInteraction(async (i) => {
      if (!i.isChatInputCommand()) return;
      year = i.options.getNumber('year');
      await i.reply({ content: 'ok', ...NO_PINGS });
    });
    await emu.command('rate', { year: 2025 }).callback();
    expect(year).toBe(2025);
  });

  it('refuses invalid definitions as Discord does', async () => {
    const bad = client.application!.commands.set([{ name: 'Bad Name', description: 'x' }], emu.defaults.guildId);
    await expect(bad).rejects.toMatchObject({ status: 400, code: 50035 });
  });
});
