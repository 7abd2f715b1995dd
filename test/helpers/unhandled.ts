import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * Fails the running test on an unhandled rejection: discord.js reports a malformed dispatch that
 * way, not as an `error` event, so an emulator payload the client chokes on must not pass silently.
 * Call once at the top of a test file.
 */
export function failOnUnhandledRejections(): void {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  beforeAll(() => void process.on('unhandledRejection', listener));
  afterAll(() => void process.off('unhandledRejection', listener));
  afterEach(() => {
    const reasons = seen.splice(0);
    if (reasons.length) {
      throw new AggregateError(
        reasons as Error[],
        `unhandled rejection(s): ${reasons.map((r) => (r instanceof Error ? r.stack : String(r))).join('\n')}`,
      );
    }
  });
}
