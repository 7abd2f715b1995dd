import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressPolicy } from '../../src/fetch/address-policy.ts';
import { FetchError, httpGet, type HttpGetOptions } from '../../src/fetch/http-get.ts';
import { MAX_PAGE_BYTES, PoliteFetcher } from '../../src/fetch/polite-fetcher.ts';
import { WebServer } from '../helpers/web-server.ts';

let web: WebServer;
beforeAll(async () => {
  web = await WebServer.start();
});
afterAll(() => web.stop());

const allowLocal = new AddressPolicy(['127.0.0.1']);
const options = (policy = allowLocal, extra: Partial<HttpGetOptions> = {}): HttpGetOptions => ({
  policy,
  userAgent: 'test',
  timeoutMs: 2000,
  maxBytes: 1024 * 1024,
  ...extra,
});
const failure = async (work: Promise<unknown>): Promise<FetchError> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('the fetch did not fail');
};

describe('which addresses a fetch may reach', () => {
  const policy = new AddressPolicy();
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['10.0.0.8', 'private'],
    ['172.16.4.1', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00::1', 'private (unique local)'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
  ])('refuses %s (%s)', (address, range) => {
    expect(policy.refusal('host', address)).toContain(`a ${range} address`);
  });

  it('allows public unicast addresses, and named hosts of FETCH_ALLOW_HOSTS whatever they resolve to', () => {
    expect(policy.refusal('example.com', '93.184.216.34')).toBeUndefined();
    expect(policy.refusal('example.com', '2606:2800:220:1:248:1893:25c8:1946')).toBeUndefined();
    expect(new AddressPolicy(['intranet.local']).refusal('intranet.local', '10.0.0.8')).toBeUndefined();
    expect(new AddressPolicy(['127.0.0.1']).refusal('127.0.0.1', '127.0.0.1')).toBeUndefined();
  });

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f.0.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost/',
  ])('never connects to %s without FETCH_ALLOW_HOSTS', async (url) => {
    const error = await failure(httpGet(url, options(new AddressPolicy())));
    expect(error.kind).toBe('refused');
  });

  it('refuses schemes other than http and https', async () => {
    expect((await failure(httpGet('file:///etc/passwd', options()))).message).toBe(
      'refused: file is not http or https',
    );
    expect((await failure(httpGet('ftp://127.0.0.1/x', options()))).kind).toBe('scheme');
  });

  it('refuses a redirect to 127.0.0.2, checking the address again after the redirect', async () => {
    web.serve('/to-private', '', { location: 'http://127.0.0.2:9/secret' }, 302);
    const error = await failure(httpGet(web.url('/to-private'), options()));
    expect(error.message).toBe(
      'refused: 127.0.0.2 resolves to 127.0.0.2, a loopback address (set FETCH_ALLOW_HOSTS to allow it)',
    );
  });
});

describe('redirects, time and size', () => {
  it('follows at most 5 redirects, and stops a loop', async () => {
    for (let i = 0; i < 7; i++) web.serve(`/hop${i}`, '', { location: `/hop${i + 1}` }, 302);
    web.serve('/hop7', 'arrived');
    expect((await failure(httpGet(web.url('/hop0'), options()))).kind).toBe('redirects');
    expect((await httpGet(web.url('/hop3'), options())).body.toString()).toBe('arrived');
    web.serve('/loop-a', '', { location: '/loop-b' }, 302).serve('/loop-b', '', { location: '/loop-a' }, 302);
    expect((await failure(httpGet(web.url('/loop-a'), options()))).message).toMatch(/too many redirects/);
  });

  it('remembers a 301: the old address is not asked again', async () => {
    web.serve('/old-feed', '', { location: '/new-feed' }, 301).serve('/new-feed', 'feed');
    const moved = new Map<string, string>();
    const permanent = {
      get: async (u: string) => moved.get(u),
      set: async (a: string, b: string) => void moved.set(a, b),
    };
    await httpGet(web.url('/old-feed'), options(allowLocal, { permanent }));
    await httpGet(web.url('/old-feed'), options(allowLocal, { permanent }));
    expect(web.hits('/old-feed')).toHaveLength(1);
    expect(web.hits('/new-feed')).toHaveLength(2);
  });

  it('gives up on a slow drip at the timeout', async () => {
    web.route('/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const error = await failure(httpGet(web.url('/drip'), options(allowLocal, { timeoutMs: 800 })));
    expect(error.message).toBe('timed out after 0.8 s');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses a 50 MB body, declared or not, without holding it', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    web.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * chunk.length) });
      for (let i = 0; i < 50; i++) if (!res.write(chunk)) break;
    });
    web.route('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const more = () => {
        while (sent < 50 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    expect((await failure(httpGet(web.url('/huge'), options(allowLocal, { maxBytes: MAX_PAGE_BYTES })))).message).toBe(
      'too large: over 5 MB',
    );
    expect(
      (await failure(httpGet(web.url('/huge-chunked'), options(allowLocal, { maxBytes: MAX_PAGE_BYTES })))).kind,
    ).toBe('too-large');
  });
});

describe('a polite fetcher', () => {
  const fetcher = (minSpacingMs = 0) =>
    new PoliteFetcher({ policy: allowLocal, contact: 'ops@example.org', minSpacingMs, timeoutMs: 2000 });

  it('names the bot and its contact in the User-Agent', async () => {
    web.serve('/ua', 'ok');
    await fetcher().get(web.url('/ua'), MAX_PAGE_BYTES);
    expect(web.hits('/ua')[0]?.headers['user-agent']).toBe('TradeDeskBot/0.1 (+ops@example.org)');
  });

  it('honours robots.txt: a disallowed path is not fetched; robots is read once', async () => {
    web.serve('/robots.txt', 'User-agent: *\nDisallow: /private/\n');
    web.serve('/private/page', 'secret').serve('/public/page', 'hello');
    const before = web.hits('/robots.txt').length;
    const f = fetcher();
    const refused = await f.get(web.url('/private/page'), MAX_PAGE_BYTES);
    expect(refused).toEqual({ ok: false, error: `robots.txt of ${new URL(web.origin).host} disallows /private/page` });
    expect((await f.get(web.url('/public/page'), MAX_PAGE_BYTES)).ok).toBe(true);
    expect(web.hits('/private/page')).toHaveLength(0);
    expect(web.hits('/robots.txt')).toHaveLength(before + 1);
  });

  it('asks one host one thing at a time, spaced', async () => {
    web.serve('/a', 'a').serve('/b', 'b');
    const f = fetcher(300);
    await Promise.all([f.get(web.url('/a'), MAX_PAGE_BYTES), f.get(web.url('/b'), MAX_PAGE_BYTES)]);
    const [a, b] = [web.hits('/a').at(-1)?.at ?? 0, web.hits('/b').at(-1)?.at ?? 0];
    expect(Math.abs(b - a)).toBeGreaterThanOrEqual(290);
  });

  it('waits out a 429 Retry-After without asking again meanwhile', async () => {
    web.serve('/busy', 'slow down', { 'retry-after': '120' }, 429);
    const f = fetcher();
    const first = await f.get(web.url('/busy'), MAX_PAGE_BYTES);
    expect(first).toMatchObject({ ok: false, status: 429 });
    expect(first.ok === false && first.retryAt! - Date.now()).toBeGreaterThan(100_000);
    const second = await f.get(web.url('/busy'), MAX_PAGE_BYTES);
    expect(second).toMatchObject({ ok: false, error: expect.stringMatching(/asked us to wait/) });
    expect(web.hits('/busy')).toHaveLength(1);
  });

  it('says what a 404, a 500 and a 410 are', async () => {
    web.serve('/err', 'boom', {}, 500).serve('/gone', 'gone', {}, 410);
    const f = fetcher();
    expect(await f.get(web.url('/missing'), MAX_PAGE_BYTES)).toMatchObject({
      ok: false,
      status: 404,
      error: 'HTTP 404',
    });
    expect(await f.get(web.url('/err'), MAX_PAGE_BYTES)).toMatchObject({ ok: false, status: 500, error: 'HTTP 500' });
    expect(await f.get(web.url('/gone'), MAX_PAGE_BYTES)).toMatchObject({ ok: false, gone: true });
  });
});
