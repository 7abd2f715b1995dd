import type { Logger } from '../log/logger.ts';

/** How long a clean stop may take before the process is ended anyway. */
export const SHUTDOWN_DEADLINE_MS = 10_000;
/** After a clean stop, how long the process may linger before it is ended anyway. */
const EXIT_GRACE_MS = 1000;
/** What the ShardingManager process sends its shard processes to stop them. */
export const STOP_SHARD = 'stop';

export interface ShutdownOptions {
  deadlineMs: number;
  /** Whether a second signal ends the process at once (else only the deadline does). */
  forceOnSecondSignal: boolean;
  /** Runs just before a forced exit. */
  beforeForce?: () => void;
  /** Another reason to stop, once it resolves (Discord refusing the bot, say). */
  stopWhen?: Promise<string>;
}

/**
 * Waits for a stop request, then runs `stop`. A request is SIGINT or SIGTERM, `stopWhen`, or in a
 * shard process `STOP_SHARD` from its ShardingManager, or the manager's death (the IPC channel
 * closes): a shard does not run on as an orphan holding its gateway session. A stop still running
 * after `deadlineMs`, or a second signal if so chosen, ends the process at once rather than leaving
 * it half-closed.
 */
export async function runUntilStopped(log: Logger, stop: () => Promise<void>, options: ShutdownOptions): Promise<void> {
  const force = (why: string) => {
    log.error(why);
    options.beforeForce?.();
    process.exit(1);
  };
  let signals = 0;
  const reason = await new Promise<string>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (++signals === 1) resolve(signal);
      else if (options.forceOnSecondSignal) force('second signal: exiting now');
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    void options.stopWhen?.then(resolve);
    if (process.send) {
      process.on('message', (message) => message === STOP_SHARD && resolve('asked by the shard manager'));
      process.once('disconnect', () => {
        // discord.js's ShardClientUtil still reports the gateway closing to the manager; with no one to tell, that is no error.
        process.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ERR_IPC_CHANNEL_CLOSED') throw error;
        });
        resolve('shard manager gone');
      });
    }
  });
  log.info({ reason }, 'shutting down');
  const deadline = setTimeout(
    () => force(`shutdown took over ${options.deadlineMs} ms: exiting now`),
    options.deadlineMs,
  ).unref();
  await stop();
  clearTimeout(deadline);
  exitSoon();
}

/**
 * Ends the process shortly, with the `process.exitCode` its caller sets meanwhile, should anything
 * keep it alive: discord.js retrying the gateway after destroy() when Discord was unreachable, or a
 * shard process's channel to its manager.
 */
export function exitSoon(): void {
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
