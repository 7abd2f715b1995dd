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
  private readonly writes = new Map<number, () => void>();

  /** Stores a try's outcome, or keeps it for the next tick and fails this one. */
  store(deliveryId: number, write: () => void): void {
    this.writes.set(deliveryId, write);
    write();
    this.writes.delete(deliveryId);
  }

  /** Stores the kept outcomes; throws (failing the tick) while the database still cannot. */
  flush(): void {
    for (const [deliveryId, write] of this.writes) {
      write();
      this.writes.delete(deliveryId);
    }
  }
}
