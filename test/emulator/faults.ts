/** Test-injected REST failures: the next N matching requests get this answer instead of the route's. */

export interface Fault {
  method?: string;
  /** Matched against the decoded path below `/api/v10`; a string must be a substring. */
  path: string | RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers; default 1. Use Infinity to fail until `clear()`. */
  times?: number;
}

export interface FaultAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

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

  take(method: string, path: string): FaultAnswer | undefined {
    const fault = this.faults.find(
      (f) => f.left > 0 && (!f.method || f.method === method) && (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    this.faults = this.faults.filter((f) => f.left > 0);
    return { status: fault.status, body: fault.body ?? { message: 'injected fault', code: 0 }, headers: fault.headers ?? {} };
  }

  clear(): void {
    this.faults = [];
  }
}
