import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
} from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { basicOptions, subcommandNames } from '../../src/dispatch/options.ts';
import type { OptionValues } from '../../src/emulator/payloads.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';
import { deployCommandsTo, sentMessages, startBot, type BotUnderTest } from './harness.ts';
import { PROBE_CHOICES, probeCommand, slowProbeCommand } from './probe-command.ts';

failOnUnhandledRejections();

const EPHEMERAL = 64;
const REGISTRY = [...commands, probeCommand, slowProbeCommand];
const RATES_CORPUS = 'test/fixtures/rates';
let t: BotUnderTest;

beforeAll(async () => {
  t = await startBot({ registry: REGISTRY, deferAfterMs: 150 });
  await deployCommandsTo(t.emu, REGISTRY);
});

afterEach(() => t.emu.faults.clear());

afterAll(async () => {
  // Whatever a test did, nothing the bot sent could ping, and Discord accepted all of it.
  const sent = sentMessages(t.emu.requests);
  expect(sent.length).toBeGreaterThan(10);
  for (const { message } of sent) expect(message.allowed_mentions).toMatchObject({ parse: [] });
  for (const stored of t.emu.botMessages()) {
    expect(stored.mention_everyone).toBe(false);
    expect(stored.mention_roles).toEqual([]);
    expect(stored.mentions).toEqual([]);
  }
  expect(t.emu.requests.filter((r) => r.status === 400 || r.status === 401 || r.status === 404)).toEqual([]);
  await t?.stop();
});

/** Option values a user would type, per command (and subcommand); others get values made from their definition. */
const SAMPLES: Record<string, OptionValues> = {
  ask: { question: 'why are the talks with China stalled?' },
  'deadline list': {},
  'remind list': {},
  'follow list': {},
};

const NOT_FOUND = /^This server has no (?:deadline|reminder)/;
const refusedTo = (usage: string) =>
  new RegExp(`^Only members with the Manage Server permission can use \`${usage}\`\\.$`);
/** What each invocation answers the default member (no Manage Server) with the sample options. */
const EXPECTED: Record<string, RegExp> = {
  ask: /passages?\*\* for “why are the talks with China stalled\?”/,
  tariff: /^\*\*Tariffs between the United States and China\*\*/,
  quote: /^\*\*\d+ speakers?\*\* quoted/,
  'sources list': /^\*\*\d+ articles?\*\*/,
  // This bot is started without links and feeds (no SourcesDesk); test/feeds has the one with them.
  'sources feeds': /^Feeds are not available here\.$/,
  'sources add': /^Only the bot's owners can use `\/sources add`\.$/,
  'sources feed': /^Only the bot's owners can use `\/sources feed`\.$/,
  'deadline list': /^\*\*\d+ deadlines?\*\*/,
  'deadline add': refusedTo('/deadline add'),
  'deadline remove': refusedTo('/deadline remove'),
  'remind add': refusedTo('/remind add'),
  'remind list': /^No reminders in this server\./,
  'remind remove': refusedTo('/remind remove'),
  'follow add': refusedTo('/follow add'),
  'follow list': /^No follows in this server\./,
  'follow remove': refusedTo('/follow remove'),
  reload: refusedTo('/reload'),
  help: /^Answers come only from the indexed news articles/,
};

/** Every command, and every subcommand of those that have them: `ask`, `deadline list`, `deadline add`… */
const INVOCATIONS = commands.flatMap((c) => {
  const subs = subcommandNames(c.definition);
  return subs.length ? subs.map((s) => `${c.definition.name} ${s}`) : [c.definition.name];
});

function sampleFor(invocation: string): OptionValues {
  const [name, subcommand] = invocation.split(' ');
  const definition = commands.find((c) => c.definition.name === name)!.definition;
  const options: OptionValues = {};
  for (const option of basicOptions(definition, subcommand).filter((o) => o.required))
    options[option.name] = sampleValue(option);
  return SAMPLES[invocation] ?? options;
}

function sampleValue(option: APIApplicationCommandBasicOption): string | number | boolean {
  if ('choices' in option && option.choices?.[0]) return option.choices[0].value;
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      return false;
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return ('min_value' in option ? option.min_value : undefined) ?? 1;
    case ApplicationCommandOptionType.Channel:
      return t.emu.defaults.channelId;
    case ApplicationCommandOptionType.User:
      return t.emu.defaults.userId;
    case ApplicationCommandOptionType.Role:
      return t.emu.defaults.guildId;
    default:
      return 'china';
  }
}

describe('every command of the registry', () => {
  it.each(INVOCATIONS)('/%s is answered through a real INTERACTION_CREATE, as expected', async (invocation) => {
    const [name, subcommand] = invocation.split(' ');
    const expected = EXPECTED[invocation];
    if (!expected) throw new Error(`say in EXPECTED what /${invocation} answers a member without Manage Server`);
    const message = await t.emu.command(name!, sampleFor(invocation), subcommand ? { subcommand } : {}).response();
    expect(message.content).toMatch(expected);
    // Answers are public; refusals and errors go only to whoever asked.
    const refused = /^\^(Only |Feeds are not)/.test(expected.source) || expected === NOT_FOUND;
    expect((message.flags ?? 0) & EPHEMERAL).toBe(refused ? EPHEMERAL : 0);
  });

  /** What a moderator typing one letter is offered first, per command that autocompletes. */
  const FIRST_CHOICE: Record<string, { subcommand?: string; option: string; typed: string; first?: string }> = {
    tariff: { option: 'country', typed: 'chi', first: 'China' },
    quote: { option: 'speaker', typed: 'bes', first: 'Scott Bessent' },
    deadline: { subcommand: 'list', option: 'name', typed: 'tru', first: 'us-china-tariffs' },
    // Only upcoming deadlines can be reminded of, and the seed truce has passed at the test's clock.
    remind: { subcommand: 'add', option: 'deadline', typed: 'tru' },
    follow: { subcommand: 'add', option: 'country', typed: 'chi', first: 'China' },
  };

  it.each(commands.filter((c) => c.autocomplete).map((c) => c.definition.name))(
    '/%s autocompletes with choices',
    async (name) => {
      const expected = FIRST_CHOICE[name];
      if (!expected) throw new Error(`say in FIRST_CHOICE what /${name} offers`);
      const moderators = t.emu.addRole(`Moderators of ${name}`, { permissions: PermissionFlagsBits.ManageGuild });
      const mod = t.emu.addMemberUser(`mod-${name}`, { roles: [moderators.id] });
      const { subcommand, option, typed, first } = expected;
      const callback = await t.emu
        .autocomplete(name, option, { [option]: typed }, { userId: mod.id, ...(subcommand ? { subcommand } : {}) })
        .callback();
      expect(callback.type).toBe(8);
      expect((callback.data.choices as { value: string }[])[0]?.value).toBe(first);
    },
  );
});

describe('answers', () => {
  it('answers /ask with citation embeds and Discord timestamps', async () => {
    const message = await t.emu.command('ask', { question: 'why are the talks with China stalled?' }).response();
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.content).toMatch(/<t:\d+:D> \(<t:\d+:R>\)/);
    expect(message.embeds[0]!.description).toMatch(/<t:\d+:D>, paragraph \d+/);
  });

  it("links each citation's title to the article's url", async () => {
    const rates = await startBot({ corpus: RATES_CORPUS });
    try {
      const message = await rates.emu.command('ask', { question: 'tariffs on Canadian goods' }).response();
      expect(message.embeds.length).toBeGreaterThan(0);
      for (const embed of message.embeds) {
        const article = knowledgeBaseOf(RATES_CORPUS).articles.find((a) => a.title === embed.title);
        expect(article?.url).toBeDefined();
        expect(embed.url).toBe(article!.url);
      }
    } finally {
      await rates.stop();
    }
  });

  it('hide:true answers only to the user, otherwise to the channel', async () => {
    expect(await t.emu.command('sources', { hide: true }, { subcommand: 'list' }).ephemeral()).toBe(true);
    expect(await t.emu.command('sources', {}, { subcommand: 'list' }).ephemeral()).toBe(false);
  });

  it('gives usage and unknown-command errors ephemerally', async () => {
    const unknown = await t.emu.command('nope').response();
    expect(unknown.content).toContain('Unknown command “/nope”');
    expect((unknown.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const missing = await t.emu.command('ask').response();
    expect(missing.content).toContain('Missing `question`');
    expect((missing.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('answers a 4,000-character input with a clear ephemeral error', async () => {
    const message = await t.emu.command('ask', { question: 'tariffs '.repeat(500) }).response();
    expect(message.content).toMatch(/too long: 4000 characters, at most \d+/);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('never pings: @everyone and role mentions in input are sent with allowed_mentions.parse empty', async () => {
    const role = t.emu.addRole('Traders');
    const question = `@everyone @here <@&${role.id}> <@${t.emu.defaults.userId}> tariffs on steel`;
    const exchange = t.emu.command('ask', { question });
    const message = await exchange.response();
    expect(message.content).toContain('@everyone');
    expect((await exchange.callback()).data.allowed_mentions).toEqual({ parse: [] });
    expect(message.mention_everyone).toBe(false);
    expect(message.mention_roles).toEqual([]);
    expect(message.mentions).toEqual([]);
  });

  it('fits every reply within Discord limits, cutting text with "…"', async () => {
    const exchange = t.emu.command('probe', { mode: 'huge' });
    const message = await exchange.response();
    expect(exchange.attempts().map((r) => r.status)).toEqual([204]);
    expect(message.content.length).toBeLessThanOrEqual(2000);
    expect(message.content.endsWith('…')).toBe(true);
    expect(message.embeds.length).toBeLessThanOrEqual(10);
  });

  it('passes whether the member has Manage Server', async () => {
    const moderators = t.emu.addRole('Moderators', { permissions: PermissionFlagsBits.ManageGuild });
    const mod = t.emu.addMemberUser('mod', { roles: [moderators.id] });
    const asMod = await t.emu.command('probe', { mode: 'whoami' }, { userId: mod.id }).response();
    expect(asMod.content).toBe(
      `manage:true user:${mod.id} guild:${t.emu.defaults.guildId} channel:${t.emu.defaults.channelId}`,
    );
    const asAlice = await t.emu.command('probe', { mode: 'whoami' }).response();
    expect(asAlice.content).toContain('manage:false');
  });
});

describe('autocomplete and buttons', () => {
  it('answers autocomplete with choices', async () => {
    const callback = await t.emu.autocomplete('probe', 'mode', { mode: 's' }).callback();
    expect(callback).toEqual({
      type: 8,
      data: { choices: PROBE_CHOICES.filter((c) => c.startsWith('s')).map((c) => ({ name: c, value: c })) },
    });
  });

  it('handles a button press by updating the message', async () => {
    const first = await t.emu.command('probe', { mode: 'page' }).response();
    const press = t.emu.pressButton(first, 'probe:page:2');
    expect((await press.callback()).type).toBe(7);
    const updated = await press.response();
    expect(updated.id).toBe(first.id);
    expect(updated.content).toBe('page 2');
  });

  it('answers a stale or failing button privately', async () => {
    const first = await t.emu.command('probe', { mode: 'page' }).response();
    const stale = await t.emu.pressButton(first, 'gone:1').response();
    expect(stale.content).toContain('no longer does anything');
    expect((stale.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const failing = await t.emu.pressButton(first, 'probe:boom').response();
    expect(failing.content).toMatch(/Something went wrong \(ref [0-9a-f]+\)/);
    expect((failing.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });
});

describe('slow handlers', () => {
  it('defers a handler that runs long, then edits in the answer', async () => {
    const exchange = t.emu.command('probe', { mode: 'slow' });
    expect((await exchange.callback()).type).toBe(5);
    expect((await exchange.response()).content).toBe('slow but done');
  });

  it('defers at once for a command marked slow, ephemeral when hidden', async () => {
    const exchange = t.emu.command('slowprobe', { hide: true });
    expect(await exchange.callback()).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect((await exchange.response()).content).toBe('deferred on purpose');
    expect(await exchange.ephemeral()).toBe(true);
  });

  it('keeps an error private even after a public deferral', async () => {
    const exchange = t.emu.command('probe', { mode: 'slow-error' });
    expect((await exchange.callback()).type).toBe(5);
    const followUp = await exchange.followUp();
    expect(followUp).toMatchObject({ content: 'slow and wrong', flags: EPHEMERAL });
    await t.emu.waitForRequest((r) => r.method === 'DELETE' && r.params.token === exchange.payload.token);
  });
});

describe('failures', () => {
  it('answers a throwing handler with an ephemeral error and a logged ref, then serves the next command', async () => {
    const message = await t.emu.command('probe', { mode: 'boom' }).response();
    const ref = /ref ([0-9a-f]+)/.exec(message.content)?.[1];
    expect(ref).toBeDefined();
    expect((message.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(t.logs.some((l) => l.ref === ref && l.level >= 50)).toBe(true);
    expect((await t.emu.command('probe', { mode: 'echo', text: 'next' }).response()).content).toBe('echo: next');
  });

  it('logs a 500 on the reply and survives it', async () => {
    t.emu.faults.serverError('/callback', { times: Infinity });
    const failing = t.emu.command('probe', { mode: 'echo', text: 'lost' });
    await expect
      .poll(() => t.logs.find((l) => l.msg === 'interaction failed' && (l.interaction as string) === failing.id), {
        timeout: 5000,
      })
      .toBeDefined();
    await expect.poll(() => t.logs.some((l) => l.msg === 'could not tell the user about the failure')).toBe(true);
    expect(failing.attempts().every((r) => r.status === 500)).toBe(true);
    t.emu.faults.clear();
    expect((await t.emu.command('probe', { mode: 'echo', text: 'after' }).response()).content).toBe('echo: after');
  });

  it('waits out a 429 on the reply and still answers', async () => {
    t.emu.faults.rateLimit('/callback', 0.2);
    const exchange = t.emu.command('probe', { mode: 'echo', text: 'patient' });
    expect((await exchange.response()).content).toBe('echo: patient');
    expect(exchange.attempts().map((r) => r.status)).toEqual([429, 204]);
  });

  it.each([
    ['the edit after a deferral', 'slow', { method: 'PATCH', path: '/messages/@original' }],
    ['the follow-up after a deferral', 'slow-error', { method: 'POST', path: /^\/webhooks\/\d+\/[^/]+$/ }],
  ])('logs 500s on %s, tells the user privately if it can, and serves the next command', async (_what, mode, where) => {
    t.emu.faults.serverError(where.path, { method: where.method, times: Infinity });
    const failing = t.emu.command('probe', { mode });
    const failureLog = () => t.logs.find((l) => l.msg === 'interaction failed' && l.interaction === failing.id);
    await expect.poll(failureLog, { timeout: 5000 }).toBeDefined();
    const failure = failureLog()!;
    const faulted = t.emu.requests.filter((r) => r.faulted && r.params.token === failing.payload.token);
    expect(faulted.length).toBeGreaterThan(1); // discord.js retried before giving up
    expect([...new Set(faulted.map((r) => r.status))]).toEqual([500]);
    if (where.method === 'PATCH') {
      // The public "thinking…" message gave way to a private error.
      const told = await failing.response();
      expect(told.content).toContain(`Something went wrong (ref ${String(failure.ref)})`);
      expect((told.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    } else {
      await expect
        .poll(() => t.logs.some((l) => l.msg === 'could not tell the user about the failure' && l.ref === failure.ref))
        .toBe(true);
    }
    t.emu.faults.clear();
    expect((await t.emu.command('probe', { mode: 'echo', text: 'after' }).response()).content).toBe('echo: after');
  });

  it('logs 500s on the reply to a mention and answers the next one', async () => {
    t.emu.faults.serverError('/channels/', { method: 'POST', times: Infinity });
    const failing = t.emu.mentionBot('tariffs on steel');
    await expect
      .poll(() => t.logs.some((l) => l.msg === 'interaction failed' && l.message === failing.message.id), {
        timeout: 5000,
      })
      .toBe(true);
    expect([...new Set(failing.replies().map((r) => r.status))]).toEqual([500]);
    t.emu.faults.clear();
    expect((await t.emu.mentionBot('tariffs on steel').reply()).embeds.length).toBeGreaterThan(0);
  });

  it.each([
    ['its reply', 'probe', { mode: 'echo', text: 'slow network' }, 4, 'echo: slow network'],
    ['its deferral', 'slowprobe', {}, 5, 'deferred on purpose'],
  ])(
    'answers once when Discord is slow to confirm %s, serving others meanwhile',
    async (_what, name, options, type, content) => {
      const slow = t.emu.command(name, options);
      // Discord acknowledges the interaction at once; its answer to the bot takes longer than the 3 s an interaction has.
      t.emu.faults.slow(`/interactions/${slow.id}/`, 3500);
      const answered = () => t.logs.some((l) => l.msg === 'command answered' && l.interaction === slow.id);
      expect((await t.emu.command('probe', { mode: 'echo', text: 'meanwhile' }).response()).content).toBe(
        'echo: meanwhile',
      );
      expect(answered()).toBe(false);
      await expect.poll(answered, { timeout: 10_000 }).toBe(true);
      expect((await slow.callback()).type).toBe(type);
      expect((await slow.response()).content).toBe(content);
      expect(slow.attempts().map((r) => r.status)).toEqual([204]);
    },
  );

  it('answers a command sent while its socket was down, once it has resumed', async () => {
    t.emu.gateway.drop();
    // Discord keeps the event in the session and replays it on RESUME.
    const exchange = t.emu.command('probe', { mode: 'echo', text: 'replayed' });
    expect((await exchange.response()).content).toBe('echo: replayed');
    expect(exchange.attempts().map((r) => r.status)).toEqual([204]);
  });

  it('resumes after the gateway drops the socket and answers the next command', async () => {
    expect(await t.emu.dropConnection()).toBe('resumed');
    expect((await t.emu.command('probe', { mode: 'echo', text: 'resumed' }).response()).content).toBe('echo: resumed');
    await expect.poll(() => t.logs.some((l) => l.msg === 'gateway resumed')).toBe(true);
  });
});

describe('/ask feedback buttons', () => {
  const customIds = (message: { components?: unknown[] }) =>
    JSON.stringify(message.components ?? []).match(/ask:vote:[^"]+/g) ?? [];

  it('thanks a voter privately, leaves the answer as it was, and keeps one vote per user', async () => {
    const answer = await t.emu.command('ask', { question: 'why are the talks with China stalled?' }).response();
    const [up, down] = customIds(answer);
    expect(up).toMatch(/^ask:vote:\d+:up:/);
    expect(down).toMatch(/^ask:vote:\d+:down:/);

    const press = t.emu.pressButton(answer, up!);
    expect((await press.callback()).type).toBe(4);
    const thanks = await press.response();
    expect(thanks.content).toMatch(/Thanks! Your 👍 is recorded/);
    expect((thanks.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(t.emu.botMessages().find((m) => m.id === answer.id)?.content).toBe(answer.content);

    expect((await t.emu.pressButton(answer, up!).response()).content).toMatch(/already gave this answer a 👍/);
    const id = Number(up!.split(':')[2]);
    expect((await t.store.askFeedback.voted()).find((a) => a.id === id)).toMatchObject({ up: 1, down: 0 });
  });

  it('puts the same buttons under an answer to a mention', async () => {
    const reply = await t.emu.mentionBot('what tariff does the US charge on Chinese goods now?').reply();
    expect(reply.content).toMatch(/^\*\*Answer:\*\* The United States charges/);
    expect(customIds(reply)).toHaveLength(2);
  });
});

describe('mentions', () => {
  it('answers "@bot question" as /ask, replying to the message in its channel', async () => {
    const exchange = t.emu.mentionBot('why are the talks with China stalled?');
    const reply = await exchange.reply();
    expect(reply.channel_id).toBe(t.emu.defaults.channelId);
    expect(reply.message_reference?.message_id).toBe(exchange.message.id);
    expect(reply.embeds.length).toBeGreaterThan(0);
    expect(exchange.replies()[0]!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('never pings through a mention either', async () => {
    const reply = await t.emu.mentionBot('@everyone @here tariffs on steel').reply();
    expect(reply.content).toContain('@everyone');
    expect(reply.mention_everyone).toBe(false);
  });

  it('answers a mention with no question, or a 4,000-character one, with guidance', async () => {
    expect((await t.emu.mentionBot('').reply()).content).toContain('Ask me something');
    expect((await t.emu.mentionBot('tariffs '.repeat(500)).reply()).content).toMatch(/too long/);
  });

  it('ignores messages that do not mention the bot, @everyone included', async () => {
    const plain = t.emu.sendMessage('when does the pause end?');
    const everyone = t.emu.sendMessage('@everyone when does the pause end?');
    await sleep(300);
    expect(plain.replies()).toEqual([]);
    expect(everyone.replies()).toEqual([]);
  });
});
