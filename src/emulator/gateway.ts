import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import { guildCreatePayload, userPayload } from './payloads.ts';
import { shardOf, snowflake } from './snowflake.ts';
import type { World } from './world.ts';
import type { Json } from './http.ts';

/**
 * The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACK, RESUME with replay, and
 * dispatches routed per shard as Discord does ((guild_id >> 22) % shard_count). Sessions outlive
 * their socket, so events sent while the bot is disconnected are replayed when it resumes.
 */

export interface GatewayOptions {
  world: World;
  token: string;
  heartbeatIntervalMs: number;
  /** Privileged intents enabled for the application in the (emulated) developer portal. */
  privilegedIntents: number;
  /** The `resume_gateway_url` sent in READY. */
  url: () => string;
}

export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  backlog: { op: 0; t: string; s: number; d: unknown }[];
  socket: WebSocket | null;
}

/** What the gateway received, for tests asserting on IDENTIFY and heartbeats. */
export interface ReceivedFrame {
  at: number;
  op: number;
  d: unknown;
}

const PRIVILEGED = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const BACKLOG_LIMIT = 1000;

/** Intent a dispatch needs; events not listed are always sent. */
const REQUIRED_INTENT: Record<string, number> = {
  GUILD_CREATE: GatewayIntentBits.Guilds,
  GUILD_DELETE: GatewayIntentBits.Guilds,
  CHANNEL_CREATE: GatewayIntentBits.Guilds,
  CHANNEL_UPDATE: GatewayIntentBits.Guilds,
  CHANNEL_DELETE: GatewayIntentBits.Guilds,
  MESSAGE_CREATE: GatewayIntentBits.GuildMessages,
  MESSAGE_UPDATE: GatewayIntentBits.GuildMessages,
  MESSAGE_DELETE: GatewayIntentBits.GuildMessages,
};

export class Gateway extends EventEmitter<{
  identify: [GatewaySession];
  resume: [GatewaySession];
  disconnect: [GatewaySession, number];
}> {
  readonly sessions = new Map<string, GatewaySession>();
  readonly received: ReceivedFrame[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private refusal: number | null = null;

  constructor(private readonly options: GatewayOptions) {
    super();
    this.server.on('connection', (socket) => this.accept(socket));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  /** Sends a dispatch to every session of the guild's shard (shard 0 without a guild); returns how many. */
  dispatch(t: string, d: unknown, guildId?: string): number {
    const targets = [...this.sessions.values()].filter(
      (s) => s.shard[0] === (guildId ? shardOf(guildId, s.shard[1]) : 0),
    );
    for (const session of targets) {
      const required = REQUIRED_INTENT[t];
      if (required === undefined || session.intents & required) this.send(session, t, this.gateContent(session, t, d));
    }
    return targets.length;
  }

  /** Cuts live sockets: abruptly (the client sees 1006) or with a close code; sessions stay resumable. */
  drop(options: { shardId?: number; code?: number } = {}): number {
    const live = [...this.sessions.values()].filter(
      (s) => s.socket && (options.shardId === undefined || s.shard[0] === options.shardId),
    );
    for (const session of live) {
      if (options.code) session.socket!.close(options.code, 'emulator drop');
      else session.socket!.terminate();
    }
    return live.length;
  }

  /**
   * Closes every later IDENTIFY with `code` whatever it holds (null: accept them again), as Discord
   * does when the token was reset after the bot fetched /gateway/bot (4004), or when the application
   * lost an intent in the developer portal (4014).
   */
  refuseIdentify(code: GatewayCloseCodes | null): void {
    this.refusal = code;
  }

  /** Op 7: asks the bot to reconnect and resume. */
  requestReconnect(shardId?: number): void {
    for (const session of this.sessions.values()) {
      if (session.socket && (shardId === undefined || session.shard[0] === shardId))
        this.sendRaw(session.socket, { op: GatewayOpcodes.Reconnect, d: null });
    }
  }

  connected(): GatewaySession[] {
    return [...this.sessions.values()].filter((s) => s.socket?.readyState === WebSocket.OPEN);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    let session: GatewaySession | null = null;
    this.sendRaw(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    socket.on('message', (data, isBinary) => {
      let frame: { op: number; d: Json };
      try {
        if (isBinary) throw new Error('binary frame');
        frame = JSON.parse(String(data));
      } catch {
        socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      this.received.push({ at: Date.now(), op: frame.op, d: frame.d });
      switch (frame.op) {
        case GatewayOpcodes.Heartbeat:
          this.sendRaw(socket, { op: GatewayOpcodes.HeartbeatAck });
          break;
        case GatewayOpcodes.Identify:
          if (session) return socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          session = this.identify(socket, frame.d);
          break;
        case GatewayOpcodes.Resume:
          if (session) return socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          session = this.resume(socket, frame.d);
          break;
        case GatewayOpcodes.PresenceUpdate:
        case GatewayOpcodes.RequestGuildMembers:
          break;
        default:
          socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
      }
    });
    socket.on('close', (code) => {
      if (!session || session.socket !== socket) return;
      session.socket = null;
      // A clean close ends the session, as on Discord; anything else leaves it resumable.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
      this.emit('disconnect', session, code);
    });
  }

  private identify(socket: WebSocket, d: Json): GatewaySession | null {
    if (this.refusal !== null) {
      socket.close(this.refusal, GatewayCloseCodes[this.refusal] ?? 'Refused.');
      return null;
    }
    if (d?.token !== this.options.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const intents = Number(d.intents);
    if (!Number.isInteger(intents)) {
      socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return null;
    }
    if (intents & PRIVILEGED & ~this.options.privilegedIntents) {
      socket.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return null;
    }
    const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return null;
    }
    const session: GatewaySession = { id: snowflake(), shard, intents, seq: 0, backlog: [], socket };
    this.sessions.set(session.id, session);
    const { world } = this.options;
    const guildIds = [...world.guilds.keys()].filter((id) => shardOf(id, shard[1]) === shard[0]);
    this.send(session, 'READY', {
      v: 10,
      user: { ...userPayload(world.bot), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      auth: {},
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const id of guildIds) {
      if (intents & GatewayIntentBits.Guilds) this.send(session, 'GUILD_CREATE', guildCreatePayload(world, id));
    }
    this.emit('identify', session);
    return session;
  }

  private resume(socket: WebSocket, d: Json): GatewaySession | null {
    const session = this.sessions.get(String(d?.session_id));
    if (!session || d?.token !== this.options.token) {
      this.sendRaw(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return null;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    for (const event of session.backlog) if (event.s > Number(d.seq ?? 0)) this.sendRaw(socket, event);
    this.send(session, 'RESUMED', {});
    this.emit('resume', session);
    return session;
  }

  /** Without the Message Content intent, Discord blanks messages that neither mention the bot nor come from it. */
  private gateContent(session: GatewaySession, t: string, d: Json): unknown {
    if (t !== 'MESSAGE_CREATE' && t !== 'MESSAGE_UPDATE') return d;
    if (session.intents & GatewayIntentBits.MessageContent) return d;
    const botId = this.options.world.bot.id;
    if (d.author?.id === botId || d.mentions?.some((u: { id: string }) => u.id === botId)) return d;
    return { ...d, content: '', embeds: [], attachments: [], components: [] };
  }

  private send(session: GatewaySession, t: string, d: unknown): void {
    const event = { op: 0 as const, t, s: ++session.seq, d };
    session.backlog.push(event);
    if (session.backlog.length > BACKLOG_LIMIT) session.backlog.shift();
    if (session.socket) this.sendRaw(session.socket, event);
  }

  /** Always a text frame: discord.js takes binary frames as zlib data and drops them. */
  private sendRaw(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload), { binary: false });
  }
}
