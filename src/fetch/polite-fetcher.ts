import robotsParserModule from 'robots-parser';
import type { AddressPolicy } from './address-policy.ts';
import { FetchError, httpGet, type HttpResponse, type PermanentRedirects } from './http-get.ts';

/** Size limits: no news page or feed is near them, and they bound what a hostile server can make us hold. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
const MAX_ROBOTS_BYTES = 512 * 1024;
const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;

export interface FetcherOptions {
  policy: AddressPolicy;
  /** FETCH_CONTACT: who to write to about the bot's crawling (an address or a URL). */
  contact: string;
  /** Per request, redirects included (default 20 s). */
  timeoutMs?: number;
  /** The least time between two requests to one host (default 1 s; a larger robots.txt crawl-delay wins). */
  minSpacingMs?: number;
  permanent?: PermanentRedirects;
  now?: () => number;
}

export type FetchOutcome =
  | { ok: true; response: HttpResponse }
  /** `retryAt`: not before then (a Retry-After, or robots.txt unreachable); `gone`: 410, stop asking. */
  | { ok: false; error: string; status?: number; retryAt?: number; gone?: boolean };

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

interface Host {
  /** The end of the last request queued for this host: requests to one host run one at a time. */
  queue: Promise<void>;
  nextAt: number;
  /** A Retry-After the host gave: nothing is asked before it. */
  notBefore: number;
}

/** A CommonJS module whose types claim an ES default export: its `module.exports` is the parser. */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;
const ALLOW_ALL: Robots = { isAllowed: () => true, getCrawlDelay: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads Retry-After (seconds or an HTTP date) into an instant; a missing or bad one means a minute. */
export function retryAfter(value: string | string[] | undefined, now: number): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (text && /^\d+$/.test(text.trim())) return now + Number(text.trim()) * 1000;
  const date = text ? Date.parse(text) : NaN;
  return Number.isFinite(date) && date > now ? date : now + 60_000;
}

/**
 * Fetches the way a well-behaved crawler does: it names itself and a contact, honours robots.txt
 * (cached a day; a 4xx robots.txt allows everything, a 5xx or network failure means "not now"),
 * asks one host one thing at a time with its crawl-delay (at least a second) between requests, and
 * waits out a Retry-After.
 */
export class PoliteFetcher {
  readonly userAgent: string;
  private readonly hosts = new Map<string, Host>();
  private readonly robots = new Map<string, { robots: Robots; until: number }>();
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private readonly minSpacingMs: number;

  constructor(private readonly options: FetcherOptions) {
    this.userAgent = `TradeDeskBot/0.1 (+${options.contact})`;
    this.now = options.now ?? Date.now;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.minSpacingMs = options.minSpacingMs ?? 1000;
  }

  /** GET `url` politely; `maxBytes` is MAX_PAGE_BYTES or MAX_FEED_BYTES. */
  async get(url: string, maxBytes: number, headers: Record<string, string> = {}): Promise<FetchOutcome> {
    let parsed: URL;
    try {
      parsed = new URL((await this.options.permanent?.get(url)) ?? url);
    } catch {
      return { ok: false, error: `not a URL: ${url}` };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      return { ok: false, error: `refused: ${parsed.protocol.replace(':', '')} is not http or https` };
    const host = this.host(parsed.host);
    if (host.notBefore > this.now())
      return { ok: false, error: `${parsed.host} asked us to wait`, retryAt: host.notBefore };
    const robots = await this.robotsFor(parsed);
    if ('error' in robots) return { ok: false, error: robots.error, retryAt: this.now() + 15 * 60_000 };
    if (robots.robots.isAllowed(parsed.href, 'TradeDeskBot') === false)
      return { ok: false, error: `robots.txt of ${parsed.host} disallows ${parsed.pathname}` };
    const delay = Math.max(this.minSpacingMs, (robots.robots.getCrawlDelay('TradeDeskBot') ?? 0) * 1000);
    try {
      const response = await this.queued(parsed.host, delay, () => this.request(parsed.href, maxBytes, headers));
      return this.judge(parsed.host, response);
    } catch (error) {
      if (error instanceof FetchError) return { ok: false, error: error.message };
      throw error;
    }
  }

  private judge(hostName: string, response: HttpResponse): FetchOutcome {
    const { status } = response;
    if (status === 200 || status === 304) return { ok: true, response };
    if (status === 429 || status === 503) {
      const at = retryAfter(response.headers['retry-after'], this.now());
      this.host(hostName).notBefore = at;
      return { ok: false, status, error: `HTTP ${status}: retry after ${new Date(at).toISOString()}`, retryAt: at };
    }
    if (status === 410) return { ok: false, status, gone: true, error: 'HTTP 410 Gone: removed for good' };
    return { ok: false, status, error: `HTTP ${status}` };
  }

  private request(url: string, maxBytes: number, headers: Record<string, string>): Promise<HttpResponse> {
    return httpGet(url, {
      policy: this.options.policy,
      userAgent: this.userAgent,
      timeoutMs: this.timeoutMs,
      maxBytes,
      headers,
      ...(this.options.permanent ? { permanent: this.options.permanent } : {}),
    });
  }

  private host(name: string): Host {
    let host = this.hosts.get(name);
    if (!host) this.hosts.set(name, (host = { queue: Promise.resolve(), nextAt: 0, notBefore: 0 }));
    return host;
  }

  /** Runs `work` after every earlier request to the host, and no sooner than `spacingMs` after the last one ended. */
  private queued<T>(hostName: string, spacingMs: number, work: () => Promise<T>): Promise<T> {
    const host = this.host(hostName);
    const run = host.queue.then(async () => {
      const wait = host.nextAt - this.now();
      if (wait > 0) await sleep(wait);
      try {
        return await work();
      } finally {
        host.nextAt = this.now() + spacingMs;
      }
    });
    host.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async robotsFor(url: URL): Promise<{ robots: Robots } | { error: string }> {
    const cached = this.robots.get(url.origin);
    if (cached && cached.until > this.now()) return cached;
    const robotsUrl = `${url.origin}/robots.txt`;
    let response: HttpResponse;
    try {
      response = await this.queued(url.host, this.minSpacingMs, () => this.request(robotsUrl, MAX_ROBOTS_BYTES, {}));
    } catch (error) {
      if (error instanceof FetchError && (error.kind === 'refused' || error.kind === 'scheme'))
        return { error: error.message };
      return { error: `robots.txt of ${url.host} could not be read (${(error as Error).message}); trying later` };
    }
    let robots: Robots;
    if (response.status >= 200 && response.status < 300)
      robots = robotsParser(robotsUrl, response.body.toString('utf8'));
    else if (response.status >= 400 && response.status < 500) robots = ALLOW_ALL;
    else return { error: `robots.txt of ${url.host} answered HTTP ${response.status}; trying later` };
    const entry = { robots, until: this.now() + ROBOTS_TTL_MS };
    this.robots.set(url.origin, entry);
    return entry;
  }
}
