import type { Logger } from '../log/logger.ts';
import type { BotStore } from '../store/store.ts';

/** What the reminder scheduler and the follow watcher share about a try's outcome (see `scheduler.ts`). */

const MAX_BACKOFF_MS = 3_600_000;

/** The wait before the next try of a message tried `tries` times: doubling from the poll interval, at most an hour, never less than Discord asked. */
export function retryDelay(pollMs: number, tries: number, retryAfterMs = 0): number {
  return Math.max(Math.min(pollMs * 2 ** (tries - 1), MAX_BACKOFF_MS), retryAfterMs);
}

/**
 * Outcomes of tries that went out but could not be stored (the database failed right then), by
 * delivery id: kept in memory and stored before anything else on later ticks, so this process
 * never posts that message again.
 */
export class PendingOutcomes {
  private readonly writes = new Map<number, () => Promise<void>>();

  /** Stores a try's outcome, or keeps it for the next tick and fails this one. */
  async store(deliveryId: number, write: () => Promise<void>): Promise<void> {
    this.writes.set(deliveryId, write);
    await write();
    this.writes.delete(deliveryId);
  }

  /** Stores the kept outcomes; throws (failing the tick) while the database still cannot. */
  async flush(): Promise<void> {
    for (const [deliveryId, write] of this.writes) {
      await write();
      this.writes.delete(deliveryId);
    }
  }
}

/** A try that threw (network, a bug in the transport): worth another try later. */
export function thrownOutcome(error: unknown): { transient: string } {
  return { transient: error instanceof Error ? error.message : String(error) };
}

export type FailedTry = { permanent: string } | { transient: string; retryAfterMs?: number };

/** Where a failed try is stored and told, and what it disables when it will never work. */
export interface FailureContext {
  store: Pick<BotStore, 'deliveries' | 'transaction'>;
  outcomes: PendingOutcomes;
  log: Logger;
  pollMs: number;
  now: number;
  /** Log fields naming the delivery. */
  where: Record<string, unknown>;
  /** Disables the reminder or follow that sent it (inside the transaction that marks it failed). */
  disable: (reason: string) => Promise<void>;
  /** The log messages: when it is disabled, and when it will be tried again. */
  messages: { disabled: string; retrying: string };
}

/**
 * Stores a failed try: a permanent failure marks the delivery failed and disables its sender in
 * one transaction; a transient one waits `retryDelay` before the next try.
 */
export async function storeFailedTry(
  failure: FailedTry,
  delivery: { id: number; attempts: number },
  c: FailureContext,
): Promise<'failed' | 'retried'> {
  if ('permanent' in failure) {
    const reason = failure.permanent;
    c.log.warn({ ...c.where, reason }, c.messages.disabled);
    await c.outcomes.store(delivery.id, () =>
      c.store.transaction(async () => {
        await c.store.deliveries.failed(delivery.id, reason);
        await c.disable(reason);
      }),
    );
    return 'failed';
  }
  const tries = delivery.attempts + 1;
  const wait = retryDelay(c.pollMs, tries, failure.retryAfterMs);
  const reason = failure.transient;
  c.log.warn({ ...c.where, reason, tries, retryInMs: wait }, c.messages.retrying);
  await c.outcomes.store(delivery.id, () => c.store.deliveries.retry(delivery.id, c.now + wait, reason));
  return 'retried';
}
