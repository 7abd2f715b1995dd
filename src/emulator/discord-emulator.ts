import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIApplicationCommand, APIInteraction, APIMessage, ChannelType } from 'discord-api-types/v10';
import { InteractionExchange, MessageExchange } from './exchanges.ts';
import { FaultInjector } from './faults.ts';
import { Gateway, type GatewaySession } from './gateway.ts';
import { readBody, Router, type RestResponse } from './http.ts';
import {
  autocompleteInteraction,
  buttonInteraction,
  channelPayload,
  chatInputInteraction,
  guildCreatePayload,
  messagePayload,
  type CommandInvocation,
  type InteractionContext,
  type OptionValues,
} from './payloads.ts';
import { preciseNow, RequestRecorder, type RecordedRequest, type RequestMatcher } from './recorder.ts';
import { applicationRoutes } from './routes/application.ts';
import { channelRoutes } from './routes/channels.ts';
import type { EmulatorSettings, RouteContext } from './routes/context.ts';
import { interactionRoutes } from './routes/interactions.ts';
import { snowflake } from './snowflake.ts';
import { World, type EmuChannel, type EmuGuild, type EmuRole, type EmuUser } from './world.ts';

/**
 * A local Discord: REST v10 under `apiUrl` and a gateway at the URL GET /gateway/bot gives, on
 * 127.0.0.1 and a random port. Drive a real discord.js client with `new Client({ rest: { api: emu.apiUrl } })`
 * and `client.login(emu.token)`.
 */

export interface EmulatorOptions extends Partial<EmulatorSettings> {
  token?: string;
  botName?: string;
  heartbeatIntervalMs?: number;
  /** Privileged intents enabled for the application (default none, as for a new application). */
  privilegedIntents?: number;
  /** How long `callback()`, `reply()` and friends wait by default. */
  waitTimeoutMs?: number;
}

/** Who does what by default: a guild with #general and one member, alice. */
export interface EmulatorDefaults {
  guildId: string;
  channelId: string;
  userId: string;
}

/** Where an interaction or message comes from; each field falls back to `defaults`. */
export type Origin = Partial<InteractionContext>;

const API_PREFIX = '/api/v10';

export class DiscordEmulator {
  readonly world: World;
  readonly gateway: Gateway;
  readonly recorder = new RequestRecorder();
  readonly faults = new FaultInjector();
  readonly settings: EmulatorSettings;
  readonly token: string;
  readonly defaults: EmulatorDefaults;
  private readonly router = new Router();
  private readonly server: Server;
  private readonly waitTimeoutMs: number;
  private port = 0;

  private constructor(options: EmulatorOptions) {
    this.token = options.token ?? 'emulator.bot.token';
    this.waitTimeoutMs = options.waitTimeoutMs ?? 5000;
    this.settings = {
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
      echoBotMessages: options.echoBotMessages ?? true,
    };
    const botId = snowflake();
    this.world = new World({ id: botId, username: options.botName ?? 'Trade Desk', bot: true }, botId);
    this.gateway = new Gateway({
      world: this.world,
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      privilegedIntents: options.privilegedIntents ?? 0,
      url: () => this.gatewayUrl,
    });
    const ctx: RouteContext = {
      world: this.world,
      gateway: this.gateway,
      settings: this.settings,
      gatewayUrl: () => this.gatewayUrl,
    };
    applicationRoutes(this.router, ctx);
    interactionRoutes(this.router, ctx);
    channelRoutes(this.router, ctx);

    const guild = this.world.addGuild({ name: 'Trade Desk Test' });
    const channel = this.world.addChannel(guild.id, { name: 'general' });
    const alice = this.world.addUser({ username: 'alice' });
    this.world.addMember(guild.id, alice.id);
    this.defaults = { guildId: guild.id, channelId: channel.id, userId: alice.id };

    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/gateway')) this.gateway.upgrade(req, socket, head);
      else socket.destroy();
    });
  }

  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(options);
    emulator.server.listen(0, '127.0.0.1');
    await once(emulator.server, 'listening');
    emulator.port = (emulator.server.address() as AddressInfo).port;
    return emulator;
  }

  /** The REST base to give discord.js (`rest.api`); the client appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get bot(): EmuUser {
    return this.world.bot;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── The world ────────────────────────────────────────────────────────────

  addUser(username: string, options: Partial<EmuUser> = {}): EmuUser {
    return this.world.addUser({ ...options, username });
  }

  /** A member of a guild (default guild unless given); `permissions` overrides what roles would give. */
  addMember(userId: string, options: { guildId?: string; roles?: string[]; permissions?: bigint } = {}): void {
    this.world.addMember(options.guildId ?? this.defaults.guildId, userId, options);
  }

  /** A user who is a member of the default guild, in one step. */
  addMemberUser(username: string, options: { roles?: string[]; permissions?: bigint } = {}): EmuUser {
    const user = this.addUser(username);
    this.addMember(user.id, options);
    return user;
  }

  addRole(name: string, options: { guildId?: string; permissions?: bigint } = {}): EmuRole {
    return this.world.addRole(options.guildId ?? this.defaults.guildId, { name, ...options });
  }

  /** A guild; if a bot is connected on its shard it gets GUILD_CREATE, as when the bot is invited. */
  addGuild(options: { id?: string; name?: string } = {}): EmuGuild {
    const guild = this.world.addGuild(options);
    this.gateway.dispatch('GUILD_CREATE', guildCreatePayload(this.world, guild.id), guild.id);
    return guild;
  }

  addChannel(
    name: string,
    options: { guildId?: string; botCanSend?: boolean; type?: ChannelType.GuildText | ChannelType.GuildForum } = {},
  ): EmuChannel {
    const { guildId = this.defaults.guildId, ...rest } = options;
    const channel = this.world.addChannel(guildId, { name, ...rest });
    this.gateway.dispatch('CHANNEL_CREATE', channelPayload(channel), guildId);
    return channel;
  }

  /** Deletes a channel: later posts to it get 404 Unknown Channel (10003). */
  deleteChannel(channelId: string): void {
    const channel = this.world.channel(channelId);
    this.world.channels.delete(channelId);
    this.gateway.dispatch('CHANNEL_DELETE', channelPayload(channel), channel.guildId);
  }

  /** Whether the bot may post in a channel; when not, posts get 403 Missing Permissions (50013). */
  setBotCanSend(channelId: string, allowed: boolean): void {
    this.world.channel(channelId).botCanSend = allowed;
  }

  /** Commands the bot registered (guild ones first, then global). */
  registeredCommands(guildId = this.defaults.guildId): APIApplicationCommand[] {
    return [...(this.world.guildCommands.get(guildId) ?? []), ...this.world.globalCommands];
  }

  // ── Talking to the bot ───────────────────────────────────────────────────

  /** Dispatches any INTERACTION_CREATE payload (see the factories in payloads.ts). */
  interact(payload: APIInteraction, sourceMessageId?: string): InteractionExchange {
    const ctx = {
      guildId: payload.guild_id!,
      channelId: payload.channel!.id,
      userId: payload.member?.user.id ?? payload.user!.id,
    };
    this.world.interactions.set(payload.id, {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      ...ctx,
      dispatchedAt: preciseNow(),
      acknowledged: false,
      ...(sourceMessageId ? { sourceMessageId } : {}),
    });
    this.dispatch('INTERACTION_CREATE', payload, ctx.guildId);
    return new InteractionExchange(payload, this.recorder, this.world, this.waitTimeoutMs);
  }

  /** A user runs `/name` with these options (types come from the registered definition when there is one). */
  command(
    name: string,
    options: OptionValues = {},
    origin: Origin & { subcommand?: string } = {},
  ): InteractionExchange {
    const ctx = this.context(origin);
    return this.interact(chatInputInteraction(this.world, ctx, this.invocation(name, options, ctx, origin.subcommand)));
  }

  /** A user types in option `focused` of `/name`. */
  autocomplete(
    name: string,
    focused: string,
    options: OptionValues,
    origin: Origin & { subcommand?: string } = {},
  ): InteractionExchange {
    const ctx = this.context(origin);
    return this.interact(
      autocompleteInteraction(this.world, ctx, { ...this.invocation(name, options, ctx, origin.subcommand), focused }),
    );
  }

  /** A user presses the button `customId` on a message the bot sent. */
  pressButton(
    message: APIMessage | string,
    customId: string,
    origin: Omit<Origin, 'channelId'> = {},
  ): InteractionExchange {
    const stored = this.world.messages.get(typeof message === 'string' ? message : message.id);
    if (!stored) throw new Error('emulator: no such message');
    const ctx = this.context({ ...origin, channelId: stored.channel_id });
    return this.interact(buttonInteraction(this.world, ctx, stored, customId), stored.id);
  }

  /** A user posts a message (MESSAGE_CREATE); `<@id>` mentions are parsed as Discord does. */
  sendMessage(content: string, origin: Omit<Origin, 'guildId'> = {}): MessageExchange {
    const { channelId, userId } = this.context(origin);
    const message = messagePayload(this.world, { channelId, authorId: userId, content });
    this.world.messages.set(message.id, message);
    this.dispatch('MESSAGE_CREATE', message, this.world.channel(channelId).guildId);
    return new MessageExchange(message, this.recorder, this.waitTimeoutMs);
  }

  /** A user posts "@bot text". */
  mentionBot(text: string, origin: Omit<Origin, 'guildId'> = {}): MessageExchange {
    return this.sendMessage(`<@${this.bot.id}> ${text}`, origin);
  }

  // ── What the bot did ─────────────────────────────────────────────────────

  get requests(): readonly RecordedRequest[] {
    return this.recorder.requests;
  }

  waitForRequest(match: RequestMatcher, timeoutMs = this.waitTimeoutMs): Promise<RecordedRequest> {
    return this.recorder.waitFor(match, timeoutMs);
  }

  /**
   * Drops what was recorded (requests, gateway frames received, interactions, messages) and keeps
   * the world (users, guilds, channels, commands) and the live sessions: for long runs, so that the
   * emulator's memory does not grow with them. Call it between exchanges: an interaction forgotten
   * before it is answered gets 10062.
   */
  forget(): void {
    this.recorder.clear();
    this.gateway.received.length = 0;
    this.world.interactions.clear();
    this.world.messages.clear();
  }

  /** Every message the bot has posted (interaction answers included), as currently stored. */
  botMessages(): APIMessage[] {
    return [...this.world.messages.values()].filter((m) => m.author.id === this.bot.id);
  }

  // ── The gateway ──────────────────────────────────────────────────────────

  /** Resolves when a bot has identified or resumed (now, if one is connected). */
  async waitForConnection(timeoutMs = this.waitTimeoutMs): Promise<GatewaySession> {
    const live = this.gateway.connected()[0];
    return live ?? (await this.nextSession(timeoutMs)).session;
  }

  /** Cuts the bot's socket(s); resolves once it is back, by `resumed` or a fresh `identified` session. */
  async dropConnection(
    options: { shardId?: number; code?: number } = {},
    timeoutMs = 10_000,
  ): Promise<'resumed' | 'identified'> {
    const next = this.nextSession(timeoutMs);
    if (this.gateway.drop(options) === 0) throw new Error('emulator: no live gateway connection to drop');
    return (await next).how;
  }

  private nextSession(timeoutMs: number): Promise<{ session: GatewaySession; how: 'resumed' | 'identified' }> {
    return new Promise((resolve, reject) => {
      const done = (how: 'resumed' | 'identified') => (session: GatewaySession) => {
        clearTimeout(timer);
        this.gateway.off('identify', onIdentify).off('resume', onResume);
        resolve({ session, how });
      };
      const onIdentify = done('identified');
      const onResume = done('resumed');
      const timer = setTimeout(() => {
        this.gateway.off('identify', onIdentify).off('resume', onResume);
        reject(new Error(`emulator: no gateway session within ${timeoutMs} ms`));
      }, timeoutMs);
      this.gateway.on('identify', onIdentify).on('resume', onResume);
    });
  }

  private dispatch(t: string, d: unknown, guildId: string): void {
    if (this.gateway.dispatch(t, d, guildId) === 0)
      throw new Error(`emulator: no bot session on the shard of guild ${guildId} to receive ${t}`);
  }

  private context(origin: Origin): InteractionContext {
    const channelId = origin.channelId ?? this.defaults.channelId;
    return {
      channelId,
      guildId: origin.guildId ?? this.world.channel(channelId).guildId,
      userId: origin.userId ?? this.defaults.userId,
    };
  }

  private invocation(
    name: string,
    options: OptionValues,
    ctx: InteractionContext,
    subcommand?: string,
  ): CommandInvocation {
    const definition = this.registeredCommands(ctx.guildId).find((c) => c.name === name);
    return { name, options, ...(subcommand ? { subcommand } : {}), ...(definition ? { definition } : {}) };
  }

  // ── HTTP ─────────────────────────────────────────────────────────────────

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = preciseNow();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length).split('/').map(decodeURIComponent).join('/')
      : url.pathname;
    const { body, files } = await readBody(req);
    const match = url.pathname.startsWith(API_PREFIX) ? this.router.match(method, path) : undefined;
    const query = Object.fromEntries(url.searchParams);
    const authorization = req.headers.authorization;
    const fault = this.faults.take(method, path);
    let response: RestResponse;
    if (fault && 'answer' in fault) response = fault.answer;
    else if (!match) response = { status: 404, body: { message: '404: Not Found', code: 0 } };
    else if (match.route.auth && authorization !== `Bot ${this.token}`)
      response = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    else {
      try {
        response = await match.route.handler({ method, path, params: match.params, query, body, files });
      } catch (error) {
        console.error('emulator route failed', method, path, error);
        response = { status: 500, body: { message: 'emulator error', code: 0 } };
      }
    }
    this.recorder.record({
      at,
      method,
      path,
      route: match?.route.pattern ?? null,
      params: match?.params ?? {},
      query,
      authorization,
      body,
      files,
      status: response.status,
      response: response.body,
      faulted: Boolean(fault),
    });
    if (fault && 'delayMs' in fault) await answerDelay(res, fault.delayMs);
    if (res.destroyed) return;
    res.writeHead(response.status, {
      ...(response.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...response.headers,
    });
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
  }
}

/** Holds a response back `ms` (Infinity: until the client hangs up); resolves early when the client goes away. */
function answerDelay(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
    function done() {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    }
    res.once('close', done);
  });
}
