import { Events, type Client } from 'discord.js';
import type { Command } from '../commands/command.ts';
import type { Config } from '../config/env.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../log/logger.ts';
import type { BotStore } from '../store/store.ts';
import { createClient } from './client.ts';
import { Cooldown } from './cooldown.ts';
import type { FrontEnd } from './front-end.ts';
import { handleInteraction } from './interactions.ts';
import { handleMention } from './mentions.ts';
import { reportFailure } from './respond.ts';

export interface DiscordBotOptions {
  config: Pick<Config, 'DISCORD_API_URL' | 'COOLDOWN_SECONDS'>;
  token: string;
  kb: KnowledgeBase;
  /** The bot's database; the bot closes it when it stops. */
  store: BotStore;
  log: Logger;
  registry: readonly Command[];
  now?: () => Date;
  /** Defer a reply once its handler has run this long (default 2 s; Discord allows 3). */
  deferAfterMs?: number;
  /** Stops what else runs with the bot (the reminder scheduler), after the client and before the database closes. */
  onStop?: () => void | Promise<void>;
}

export interface DiscordBot {
  client: Client;
  /** Destroys the client (a clean gateway close), runs `onStop`, closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

/** Logs in, waits for READY and the guilds, and serves the registry until `stop()`. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<DiscordBot> {
  const log = options.log.child({ transport: 'discord' });
  const client = createClient(options.config.DISCORD_API_URL);
  const frontEnd: FrontEnd = {
    registry: options.registry,
    kb: options.kb,
    store: options.store,
    now: options.now ?? (() => new Date()),
    log,
    cooldown: new Cooldown(options.config.COOLDOWN_SECONDS),
    deferAfterMs: options.deferAfterMs ?? 2000,
  };

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, frontEnd).catch((error) =>
      reportFailure(interaction.isRepliable() ? interaction : null, error, log, { interaction: interaction.id, type: interaction.type }),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMention(message, frontEnd).catch((error) => reportFailure(null, error, log, { message: message.id }));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway closed for good'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited'));

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        await client.destroy();
        await options.onStop?.();
      } finally {
        options.store.close();
        log.info('stopped');
      }
    })());

  try {
    // Not events.once: it would reject, unobserved, on an `error` event if login fails first.
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(options.token);
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, commands: options.registry.length }, 'connected to Discord');
  return { client, stop };
}

const SHUTDOWN_DEADLINE_MS = 10_000;
/** After a clean stop, how long the process may linger before it is ended anyway. */
const EXIT_GRACE_MS = 1000;

/** `npm start` on Discord: runs until SIGINT or SIGTERM, then shuts down cleanly; resolves to the exit code. */
export async function runDiscordBot(options: DiscordBotOptions): Promise<number> {
  const bot = await startDiscordBot(options);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  options.log.info({ signal }, 'shutting down');
  // A second signal, or a stop that hangs, ends the process rather than leaving it half-closed.
  const force = (why: string) => {
    options.log.error(why);
    process.exit(1);
  };
  process.once('SIGINT', () => force('second signal: exiting now'));
  process.once('SIGTERM', () => force('second signal: exiting now'));
  const deadline = setTimeout(() => force(`shutdown took over ${SHUTDOWN_DEADLINE_MS} ms: exiting now`), SHUTDOWN_DEADLINE_MS).unref();
  await bot.stop();
  clearTimeout(deadline);
  // discord.js keeps retrying the gateway after destroy() when Discord was unreachable; don't wait on it.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  return 0;
}
