import type { Json, UploadedFile } from './http.ts';

/** Every REST request the emulator served, in order, with waiters for tests that expect one. */

/** Epoch milliseconds with sub-millisecond precision, for latency measurements. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

export interface RecordedRequest {
  seq: number;
  /** When the request arrived (`preciseNow()`). */
  at: number;
  method: string;
  /** Path below `/api/v10`, percent-decoded (`@original`, not `%40original`). */
  path: string;
  /** The matched route pattern, e.g. `/channels/:channelId/messages`; null when no route matched. */
  route: string | null;
  params: Record<string, string>;
  query: Record<string, string>;
  /** `Authorization` header, as sent. */
  authorization: string | undefined;
  /** Parsed JSON body (`payload_json` for multipart), or undefined. */
  body: Json;
  /** The files of a multipart body, bytes included; empty for JSON bodies. */
  files: UploadedFile[];
  status: number;
  response: unknown;
  /** True when a test-injected fault answered instead of the route, or held back the route's answer. */
  faulted: boolean;
}

export type RequestMatcher = (request: RecordedRequest) => boolean;

interface Waiter {
  match: RequestMatcher;
  resolve: (request: RecordedRequest) => void;
}

export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  private waiters = new Set<Waiter>();
  private nextSeq = 1;

  record(request: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const recorded = { ...request, seq: this.nextSeq++ };
    this.requests.push(recorded);
    for (const waiter of this.waiters) {
      if (waiter.match(recorded)) {
        this.waiters.delete(waiter);
        waiter.resolve(recorded);
      }
    }
    return recorded;
  }

  find(match: RequestMatcher): RecordedRequest[] {
    return this.requests.filter(match);
  }

  /** The first request (already recorded or still to come) that matches. */
  waitFor(match: RequestMatcher, timeoutMs: number, what = 'request'): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`emulator: no ${what} within ${timeoutMs} ms; saw: ${this.summary()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.requests.length = 0;
  }

  summary(): string {
    return this.requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join('; ') || 'nothing';
  }
}
