import { Events, type Client } from 'discord.js';
import type { AnyCommand } from '../dispatch/command.ts';
import type { Config } from '../config/env.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../log/logger.ts';
import type { Every, RunningScheduler } from '../reminders/scheduler.ts';
import type { BotStore } from '../store/store.ts';
import { createClient } from './client.ts';
import { Cooldown } from './cooldown.ts';
import type { FrontEnd } from './front-end.ts';
import { handleInteraction } from './interactions.ts';
import { handleMention } from './mentions.ts';
import { startDiscordReminders } from './reminder-scheduler.ts';
import { startDiscordFollows } from './follow-delivery.ts';
import { DiscordRefusal, REFUSED_EXIT_CODE, refusalOfClose, refusalOfError } from './refusal.ts';
import { reportFailure } from './respond.ts';
import type { ShardSet } from './sharding.ts';
import { exitSoon, runUntilStopped, SHUTDOWN_DEADLINE_MS } from './shutdown.ts';
import type { ReloadKnowledge } from '../knowledge/reload.ts';
import type { SourcesDesk } from '../feeds/sources-desk.ts';

export interface DiscordBotOptions {
  config: Pick<Config, 'DISCORD_API_URL' | 'COOLDOWN_SECONDS' | 'REMINDER_POLL_SECONDS'> &
    Partial<Pick<Config, 'BOT_OWNER_IDS'>>;
  token: string;
  kb: KnowledgeBase;
  /** The bot's database; the bot closes it when it stops. */
  store: BotStore;
  log: Logger;
  registry: readonly AnyCommand[];
  /** The clock of commands and reminders. */
  now?: () => Date;
  /** Defer a reply once its handler has run this long (default 2 s; Discord allows 3). */
  deferAfterMs?: number;
  /** `/reload` (absent: the command says it is not available). */
  reloadKnowledge?: ReloadKnowledge;
  /** Links and feeds (`/sources add`, `/sources feed`). */
  sources?: SourcesDesk;
  /** Shards this process runs (discord.js internal sharding); absent: the one shard, or those the ShardingManager gave it. */
  shards?: ShardSet;
  /** The reminder poll's timer (default `setInterval` every `REMINDER_POLL_SECONDS`); tests fire it by hand. */
  every?: Every;
}

export interface DiscordBot {
  client: Client;
  /** Resolves if Discord closes the gateway for good (the token was reset, say): the bot can no longer serve. */
  refused: Promise<DiscordRefusal>;
  /**
   * Stops the reminder and follow loops (a delivery under way finishes and is recorded), destroys the
   * client (a clean gateway close), closes the database. Safe to call twice.
   */
  stop(): Promise<void>;
}

/** Logs in, waits for READY and the guilds, starts the reminders, and serves the registry until `stop()`. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<DiscordBot> {
  const client = createClient(options.config.DISCORD_API_URL, options.shards);
  // A sharded process tags its lines with its shards (a ShardingManager's shard process: its own).
  const shardIds = client.shard?.ids ?? options.shards?.ids;
  const log = options.log.child({ transport: 'discord', ...(shardIds ? { shards: shardIds } : {}) });
  const now = options.now ?? (() => new Date());
  const frontEnd: FrontEnd = {
    registry: options.registry,
    kb: options.kb,
    store: options.store,
    now,
    log,
    cooldown: new Cooldown(options.config.COOLDOWN_SECONDS),
    deferAfterMs: options.deferAfterMs ?? 2000,
    ownerIds: new Set(options.config.BOT_OWNER_IDS ?? []),
    ...(options.reloadKnowledge ? { reloadKnowledge: options.reloadKnowledge } : {}),
    ...(options.sources ? { sources: options.sources } : {}),
  };

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, frontEnd).catch((error) =>
      reportFailure(interaction.isRepliable() ? interaction : null, error, log, {
        interaction: interaction.id,
        type: interaction.type,
      }),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMention(message, frontEnd).catch((error) => reportFailure(null, error, log, { message: message.id }));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  let refusal: DiscordRefusal | undefined;
  const refused = new Promise<DiscordRefusal>((resolve) =>
    client.on(Events.ShardDisconnect, (event, shard) => {
      refusal ??= refusalOfClose(event.code);
      log.error({ shard, code: event.code }, `gateway closed for good: ${refusal.message}`);
      resolve(refusal);
    }),
  );
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited'),
  );

  let stopped: Promise<void> | undefined;
  const stop = (loops: RunningScheduler[] = []) =>
    (stopped ??= (async () => {
      try {
        await Promise.all(loops.map((l) => l.stop()));
        await client.destroy();
      } finally {
        await options.store.close();
        log.info('stopped');
      }
    })());

  let ready: Client<true>;
  try {
    // Not events.once: it would reject, unobserved, on an `error` event if login fails first.
    const readyEvent = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(options.token);
    ready = await readyEvent;
  } catch (error) {
    await stop();
    // A close for good fails the login with a bare "Authentication failed"; its code says more.
    throw refusal ?? refusalOfError(error) ?? error;
  }
  log.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, commands: options.registry.length },
    'connected to Discord',
  );
  const reminders = startDiscordReminders(ready, {
    store: options.store,
    corpusDeadlines: () => options.kb.deadlines,
    now,
    log,
    pollSeconds: options.config.REMINDER_POLL_SECONDS,
    every: options.every,
  });
  const follows = startDiscordFollows(ready, {
    store: options.store,
    kb: options.kb,
    now,
    log,
    pollMs: options.config.REMINDER_POLL_SECONDS * 1000,
    every: options.every,
  });
  return { client, refused, stop: () => stop([reminders, follows]) };
}

/**
 * `npm start` on Discord (or one shard process of it): runs until asked to stop, then shuts down
 * cleanly; resolves to the exit code. When Discord refuses the bot, at start-up or later, it says
 * why and exits with `REFUSED_EXIT_CODE` rather than retrying.
 */
export async function runDiscordBot(options: DiscordBotOptions): Promise<number> {
  let bot: DiscordBot;
  try {
    bot = await startDiscordBot(options);
  } catch (error) {
    if (!(error instanceof DiscordRefusal)) throw error;
    // Plain text on stderr, as for a bad configuration or database: it is printed whatever LOG_LEVEL says.
    console.error(`The bot cannot start: ${error.message}.`);
    exitSoon();
    return REFUSED_EXIT_CODE;
  }
  let refusal: DiscordRefusal | undefined;
  await runUntilStopped(options.log, bot.stop, {
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    forceOnSecondSignal: true,
    stopWhen: bot.refused.then((refused) => {
      refusal = refused;
      return refused.message;
    }),
  });
  return refusal ? REFUSED_EXIT_CODE : 0;
}
