import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { Config } from '../config/env.ts';
import type { Logger } from '../log/logger.ts';
import { REFUSED_EXIT_CODE, refusalOfError } from './refusal.ts';
import { isArticlesAdded } from './shard-relay.ts';
import { runUntilStopped, SHUTDOWN_DEADLINE_MS, STOP_SHARD } from './shutdown.ts';

/**
 * `npm start` with `DISCORD_SHARDS` (or this host's share: `DISCORD_SHARD_IDS` of
 * `DISCORD_SHARD_COUNT`): by default one process runs every shard (discord.js internal
 * sharding, one Client given the list of shard ids), so the knowledge base, the largest share of
 * the memory, is loaded once per host. With `DISCORD_SHARDS_PER_PROCESS=1`, discord.js's
 * ShardingManager runs one process per shard instead, each the ordinary bot entry: discord.js
 * gives each its `SHARDS` and `SHARD_COUNT`, which its Client reads, so a shard process connects
 * only its own shard and answers only its own servers.
 */

/** True in a process the ShardingManager spawned (the variables discord.js's Client picks its shards from). */
export const isShardProcess = (): boolean => process.env.SHARDS !== undefined && process.env.SHARD_COUNT !== undefined;

/** Discord allows `max_concurrency` IDENTIFYs every 5 seconds; shards are spawned that far apart, with a margin. */
const IDENTIFY_WINDOW_MS = 5500;
/** A shard's first start may build the index cache before it logs in. */
const READY_TIMEOUT_MS = 120_000;
/** Shard processes stop within their own deadline; the manager gives them a little longer. */
const MANAGER_DEADLINE_MS = SHUTDOWN_DEADLINE_MS + 5000;

/**
 * What this host runs: every shard (`DISCORD_SHARDS`: how many, or `auto` for Discord's
 * recommendation), or its share (`DISCORD_SHARD_IDS` of `DISCORD_SHARD_COUNT`; other hosts run
 * the rest); undefined: no sharding.
 */
export type ShardChoice = number | 'auto' | ShardSet;

export function configuredShards(
  config: Pick<Config, 'DISCORD_SHARDS' | 'DISCORD_SHARD_IDS' | 'DISCORD_SHARD_COUNT'>,
): ShardChoice | undefined {
  if (config.DISCORD_SHARD_IDS && config.DISCORD_SHARD_COUNT)
    return { ids: config.DISCORD_SHARD_IDS, count: config.DISCORD_SHARD_COUNT };
  return config.DISCORD_SHARDS;
}

const isShare = (shards: ShardChoice): shards is ShardSet => typeof shards === 'object';
/** How many shards Discord routes servers over: the total over all hosts for a share. */
const totalOf = (shards: ShardChoice): number | 'auto' => (isShare(shards) ? shards.count : shards);

export interface ShardManagerOptions {
  config: Pick<Config, 'DISCORD_API_URL'>;
  shards: ShardChoice;
  token: string;
  log: Logger;
  /** The bot entry each shard runs; with this process's Node flags (tsx's loader), so a `.ts` entry works. */
  entry: string;
}

/** The shards one process runs: their ids and the total Discord routes servers by. */
export interface ShardSet {
  ids: number[];
  count: number;
}

/** Every shard of `count`, for one process running them all. */
const allShards = (count: number): ShardSet => ({ ids: Array.from({ length: count }, (_, i) => i), count });

/**
 * The shards this one process runs (discord.js internal sharding): all of them, as many as asked
 * or as Discord recommends, or this host's share. Asks Discord either way, so a refused token
 * stops the start here; answers with the exit code then.
 */
export async function shardsInOneProcess(
  config: Pick<Config, 'DISCORD_API_URL'>,
  shards: ShardChoice,
  token: string,
  log: Logger,
): Promise<ShardSet | { exitCode: number }> {
  const answer = await askGateway(config, totalOf(shards), token, log);
  if ('exitCode' in answer) return answer;
  const { totalShards, gateway } = answer;
  const set = isShare(shards) ? shards : allShards(totalShards);
  log.info(
    { shards: set.ids, shardCount: set.count, recommended: gateway.shards },
    set.ids.length === set.count
      ? `running ${set.count} shard${set.count === 1 ? '' : 's'} in one process`
      : `running ${set.ids.length} of ${set.count} shards in one process (other hosts run the rest)`,
  );
  return set;
}

type GatewayAnswer = { gateway: RESTGetAPIGatewayBotResult; totalShards: number } | { exitCode: number };

/**
 * Discord's gateway information and the number of shards to run (`auto`: as many as it recommends).
 * Asked here rather than by discord.js's `'auto'`, which ignores the REST base (DISCORD_API_URL).
 * When Discord refuses the token, says why on stderr and answers with the exit code.
 */
export async function askGateway(
  config: Pick<Config, 'DISCORD_API_URL'>,
  shards: number | 'auto',
  token: string,
  log: Logger,
): Promise<GatewayAnswer> {
  try {
    const gateway = (await new REST({ api: config.DISCORD_API_URL })
      .setToken(token)
      .get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return { gateway, totalShards: shards === 'auto' ? gateway.shards : shards };
  } catch (error) {
    const refusal = refusalOfError(error);
    if (refusal) console.error(`The bot cannot start: ${refusal.message}.`);
    else log.error({ err: error }, 'could not get the shard count from Discord');
    return { exitCode: refusal ? REFUSED_EXIT_CODE : 1 };
  }
}

/** Spawns the shards, keeps them running (discord.js respawns one that dies) until asked to stop; resolves to the exit code. */
export async function runShardManager({ config, shards, token, log, entry }: ShardManagerOptions): Promise<number> {
  const answer = await askGateway(config, totalOf(shards), token, log);
  if ('exitCode' in answer) return answer.exitCode;
  const { gateway, totalShards } = answer;
  // A share: only its ids are spawned, each told the total (discord.js passes SHARDS and SHARD_COUNT).
  const shardList = isShare(shards) ? shards.ids : allShards(totalShards).ids;
  const manager = new ShardingManager(entry, {
    totalShards,
    shardList,
    token,
    execArgv: process.execArgv,
    respawn: true,
  });
  // A shard Discord refused (it said why on stderr) is not restarted, and the others are stopped.
  let refused = false;
  const shardRefused = new Promise<string>((resolve) =>
    manager.on('shardCreate', (shard) =>
      watch(shard, log, () => {
        refused = true;
        resolve(`Discord refused shard ${shard.id}`);
      }),
    ),
  );
  log.info(
    { shards: totalShards, shardList, recommended: gateway.shards, pid: process.pid },
    shardList.length === totalShards
      ? `starting ${totalShards} shard processes`
      : `starting ${shardList.length} of ${totalShards} shard processes (other hosts run the rest)`,
  );
  try {
    const delay = Math.ceil(IDENTIFY_WINDOW_MS / gateway.session_start_limit.max_concurrency);
    await manager.spawn({ amount: totalShards, delay, timeout: READY_TIMEOUT_MS });
  } catch (error) {
    log.error({ err: error }, 'a shard did not start');
    // Whether Discord refused it is known once it has exited, which stopShards waits for.
    await stopShards(manager);
    return refused ? REFUSED_EXIT_CODE : 1;
  }
  log.info({ shards: totalShards, shardList }, 'all shards connected');
  // A second signal is not "exit now" here: tsx relays the terminal's signal to this process once more
  // whenever it is slow to acknowledge it; a real second Ctrl-C reaches the shards, which force-exit.
  await runUntilStopped(log, () => stopShards(manager), {
    deadlineMs: MANAGER_DEADLINE_MS,
    forceOnSecondSignal: false,
    beforeForce: () => killShards(manager),
    stopWhen: shardRefused,
  });
  log.info('stopped');
  return refused ? REFUSED_EXIT_CODE : 0;
}

function watch(shard: Shard, log: Logger, onRefused: () => void): void {
  // An article one shard added is added by every other shard too.
  shard.on('message', (message) => {
    if (!isArticlesAdded(message)) return;
    for (const other of shard.manager.shards.values())
      if (other !== shard) void other.send(message).catch(() => undefined);
  });
  shard.on('spawn', (child) => {
    log.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'shard process started');
    // Ahead of discord.js's own exit listener, which respawns the shard if `manager.respawn` is still true by then.
    (child as ChildProcess).prependOnceListener('exit', (code) => {
      if (code !== REFUSED_EXIT_CODE) return;
      shard.manager.respawn = false;
      onRefused();
    });
  });
  shard.on('death', (child) => {
    const { exitCode, signalCode } = child as ChildProcess;
    const respawning = shard.manager.respawn;
    log[respawning ? 'warn' : 'info'](
      { shard: shard.id, exitCode, signalCode },
      respawning ? 'shard process died; starting it again' : 'shard process exited',
    );
  });
  shard.on('error', (error) => log.error({ err: error, shard: shard.id }, 'shard process failed'));
}

const isRunning = (child: ChildProcess | null): child is ChildProcess =>
  child !== null && child.exitCode === null && child.signalCode === null;

/**
 * Asks every shard process to stop, by message rather than by signal: one that got the terminal's
 * Ctrl-C as well would take a second signal as "exit now". Waits until all have exited.
 */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    manager.shards.map(async (shard) => {
      if (!isRunning(shard.process)) return;
      const exited = once(shard.process, 'exit');
      // A shard whose channel is already closed is on its way out: nothing to ask.
      await shard.send(STOP_SHARD).catch(() => undefined);
      await exited;
    }),
  );
}

function killShards(manager: ShardingManager): void {
  for (const shard of manager.shards.values()) if (isRunning(shard.process)) shard.process.kill('SIGKILL');
}
