/** Per-user cooldown: at most one command or mention per user every `seconds`, so no one can flood a channel. */
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(private readonly seconds: number) {}

  /** Takes a slot for the user now; returns when the next one opens if they are still cooling down. */
  take(userId: string, now: number): { ok: true } | { ok: false; retryAt: number } {
    if (this.seconds <= 0) return { ok: true };
    const retryAt = (this.last.get(userId) ?? -Infinity) + this.seconds * 1000;
    if (now < retryAt) return { ok: false, retryAt };
    this.last.set(userId, now);
    this.sweep(now);
    return { ok: true };
  }

  /** Gives the slot back (the command was a usage mistake, not a use). */
  release(userId: string): void {
    this.last.delete(userId);
  }

  private sweep(now: number): void {
    if (this.last.size < 10_000) return;
    for (const [user, at] of this.last) if (now - at >= this.seconds * 1000) this.last.delete(user);
  }
}
