/**
 * Test-injected REST faults: the next N matching requests get a canned answer instead of the
 * route's, or the route's own answer late (or never).
 */

interface FaultMatch {
  method?: string;
  /** Matched against the decoded path below `/api/v10`; a string must be a substring. */
  path: string | RegExp;
  /** How many requests it applies to; default 1. Use Infinity to keep going until `clear()`. */
  times?: number;
}

/** Answers instead of the route: the route does not run. */
export interface AnswerFault extends FaultMatch {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The route runs at once (a message is stored, an interaction acknowledged), but its answer is held
 * back this long; Infinity: never sent, the request hangs until the client gives up or goes away.
 */
export interface DelayFault extends FaultMatch {
  delayMs: number;
}

export type Fault = AnswerFault | DelayFault;

export interface FaultAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** What to do with one request: answer it instead of the route, or delay the route's answer. */
export type FaultAction = { answer: FaultAnswer } | { delayMs: number };

export class FaultInjector {
  private faults: (Fault & { left: number })[] = [];

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** A 5xx, answered with Discord's bare error shape. */
  serverError(path: string | RegExp, options: { method?: string; status?: number; times?: number } = {}): void {
    const status = options.status ?? 500;
    this.inject({ ...options, path, status, body: { message: `${status}: Internal Server Error`, code: 0 } });
  }

  /** A 429 with `Retry-After` (seconds, may be fractional), as a per-route limit. */
  rateLimit(path: string | RegExp, retryAfterSeconds: number, options: { method?: string; times?: number } = {}): void {
    this.inject({
      ...options,
      path,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    });
  }

  /** A slow network or Discord: the request takes effect at once, its answer arrives `delayMs` later (Infinity: never). */
  slow(path: string | RegExp, delayMs: number, options: { method?: string; times?: number } = {}): void {
    this.inject({ ...options, path, delayMs });
  }

  take(method: string, path: string): FaultAction | undefined {
    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method === method) &&
        (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    this.faults = this.faults.filter((f) => f.left > 0);
    if ('delayMs' in fault) return { delayMs: fault.delayMs };
    return {
      answer: {
        status: fault.status,
        body: fault.body ?? { message: 'injected fault', code: 0 },
        headers: fault.headers ?? {},
      },
    };
  }

  clear(): void {
    this.faults = [];
  }
}
