import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { AddressPolicy } from '../../src/fetch/address-policy.ts';
import { PoliteFetcher } from '../../src/fetch/polite-fetcher.ts';
import type { Feed } from '../../src/feeds/feeds-file.ts';
import { pollFeeds, type PollDeps } from '../../src/feeds/poll.ts';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { LiveCorpus } from '../../src/knowledge/live-corpus.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';
import { newsPage, WebServer } from '../helpers/web-server.ts';
import { newCorpus } from '../follows/articles.ts';

const WIRE = [
  'Beijing said on Friday it would suspend the extra tariffs on soybeans for ninety days while negotiators meet in Geneva, a gesture that traders welcomed.',
  '“This is a window, not a deal,” a commerce ministry spokesperson said, adding that the suspension could end early if talks break down.',
];
const STEEL = [
  'The European Commission proposed quotas on imported steel on Monday, cutting the volume that can enter duty-free by nearly half from next year.',
  'Steelmakers in Germany and Italy welcomed the plan, while importers warned that prices for coil would climb before the summer.',
];
const PORTS = [
  'Freight volumes at the port of Rotterdam fell in the third quarter as shippers front-loaded cargo ahead of the new duties, the port authority said.',
  'Container bookings from Asia dropped by a tenth, though officials expect a rebound once the tariff schedule is settled.',
];
const SHRIMP = [
  'India asked the World Trade Organization to review the anti-dumping duties on frozen shrimp, arguing that the margins were calculated on outdated prices.',
  'Exporters in Andhra Pradesh said orders had already slowed and that some processing plants had cut shifts this month.',
];

let web: WebServer;
beforeAll(async () => {
  web = await WebServer.start();
  const html = { 'content-type': 'text/html; charset=utf-8' };
  web.serve(
    '/news/steel-quotas',
    newsPage({
      title: 'EU proposes steel quotas',
      paragraphs: STEEL,
      site: 'Continental Ledger',
      jsonLdDate: '2025-09-15T09:00:00+02:00',
      canonical: '/news/steel-quotas',
    }),
    html,
  );
  // A Windows-1252 page served with a header that says UTF-8, curly quotes in its text.
  web.serve(
    '/wire/soybeans',
    iconv.encode(
      newsPage({
        title: 'China suspends soybean tariffs',
        paragraphs: WIRE,
        site: 'Harbour Wire',
        metaDate: '2025-09-12',
      }),
      'windows-1252',
    ),
    html,
  );
  web.serve(
    '/other/soybeans',
    newsPage({
      title: 'Beijing pauses soybean duties',
      paragraphs: WIRE,
      site: 'Prairie Times',
      jsonLdDate: '2025-09-12',
    }),
    html,
  );
  // Mojibake already in the page's text: UTF-8 that someone read as Windows-1252 before publishing.
  const garbled = PORTS.map((p) => p.replace('authority said', 'authorityâ€™s statement said'));
  web.serve(
    '/ports',
    newsPage({ title: 'Rotterdam volumes fall', paragraphs: garbled, site: 'Dock Report', timeDate: '2025-10-02' }),
    html,
  );
  web.serve(
    '/shrimp',
    newsPage({
      title: 'India challenges shrimp duties',
      paragraphs: SHRIMP,
      site: 'Gulf Monitor',
      jsonLdDate: '2025-10-05',
    }),
    html,
  );

  let rssHits = 0;
  web.route('/rss.xml', (req, res) => {
    rssHits++;
    if (req.headers['if-none-match'] === '"rss-v1"') return res.writeHead(304).end();
    // A bare & and an HTML entity, which XML does not define; one item without a date.
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"rss-v1"' }).end(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Ledger & Wire</title>
<item><title>EU proposes steel quotas &nbsp;&mdash; first read</title><link>${web.url('/news/steel-quotas?utm_source=rss')}</link><guid>steel-1</guid><pubDate>Mon, 15 Sep 2025 07:00:00 GMT</pubDate></item>
<item><title>China suspends soybean tariffs</title><link>${web.url('/wire/soybeans')}</link><guid isPermaLink="false">wire-77</guid></item>
</channel></rss>`);
  });
  void rssHits;
  web.serve(
    '/atom.xml',
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Docks</title>
<entry><id>urn:docks:1</id><title>Rotterdam volumes fall</title><link rel="alternate" href="${web.url('/ports')}"/><updated>2025-10-02T10:00:00Z</updated></entry>
<entry><id>urn:docks:2</id><title>Beijing pauses soybean duties</title><link href="${web.url('/other/soybeans')}"/><updated>2025-09-12T10:00:00Z</updated></entry>
</feed>`,
    { 'content-type': 'application/atom+xml' },
  );
  web.serve(
    '/feed.json',
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Gulf Monitor',
      items: [
        {
          id: 'shrimp-1',
          url: web.url('/shrimp'),
          title: 'India challenges shrimp duties',
          date_published: '2025-10-05T06:00:00Z',
        },
        // The steel story again, under its canonical URL: the same article.
        { id: 'steel-again', url: web.url('/news/steel-quotas'), title: 'EU proposes steel quotas' },
        {
          id: 'football',
          url: web.url('/sport'),
          title: 'Cup final tonight',
          content_text: 'A football story the filter keeps out.',
        },
      ],
    }),
    { 'content-type': 'application/feed+json' },
  );
  web.serve('/gone.xml', 'gone', {}, 410).serve('/broken.xml', 'oops', {}, 500);
});
afterAll(() => web.stop());

function setUp() {
  const corpus = newCorpus('feeds-');
  const kb = loadKnowledgeBase(corpus);
  const log = createLogger('silent');
  const live = new LiveCorpus(kb, join(corpus, '.cache'), log);
  const store = openStore(':memory:');
  const deps: PollDeps = {
    corpusDir: corpus,
    fetcher: new PoliteFetcher({
      policy: new AddressPolicy(['127.0.0.1']),
      contact: 'ops@example.org',
      minSpacingMs: 0,
    }),
    feeds: store.feeds,
    identity: () => live.identity(),
    onWritten: (path) => void live.addFiles([path]),
    now: Date.now,
  };
  return { corpus, kb, store, deps };
}

const FEEDS = (): Feed[] => [
  { url: web.url('/rss.xml'), include: ['steel', 'soybean', 'soybeans'] },
  { url: web.url('/atom.xml') },
  { url: web.url('/feed.json'), exclude: ['football'] },
  { url: web.url('/gone.xml') },
  { url: web.url('/broken.xml') },
  { url: web.url('/missing.xml') },
];

describe('polling feeds', () => {
  it('ingests RSS, Atom and JSON Feed items once each, keeps a wire story as one article, reports each failure on one line', async () => {
    const { corpus, kb, store, deps } = setUp();
    const lines = await pollFeeds(FEEDS(), deps);
    const news = lines.filter((l) => l.kind === 'new').map((l) => l.text.replace(/^.*? — /, ''));
    expect(news.sort()).toEqual([
      'China suspends soybean tariffs (Harbour Wire)',
      'EU proposes steel quotas (Continental Ledger)',
      'India challenges shrimp duties (Gulf Monitor)',
      'Rotterdam volumes fall (Dock Report)',
    ]);
    expect(lines.filter((l) => l.kind === 'also').map((l) => l.text)).toEqual([
      expect.stringMatching(/now also from Prairie Times/),
    ]);
    expect(lines.filter((l) => l.kind === 'error').map((l) => [l.feed.replace(web.origin, ''), l.text])).toEqual([
      ['/gone.xml', 'HTTP 410 Gone: removed for good; the feed is no longer polled (remove it from feeds.yaml)'],
      ['/broken.xml', 'HTTP 500'],
      ['/missing.xml', 'HTTP 404'],
    ]);

    const { articles, problems } = loadCorpus(corpus);
    expect(problems).toEqual([]);
    expect(readdirSync(join(corpus, 'articles'))).toHaveLength(4);
    const wire = articles.find((a) => a.outlet === 'Harbour Wire');
    expect(wire?.passages.map((p) => p.text)).toEqual(WIRE);
    expect(wire).toMatchObject({
      origin: 'feed',
      feed: web.url('/rss.xml'),
      published: '2025-09-12',
      also: [{ outlet: 'Prairie Times', url: web.url('/other/soybeans') }],
    });
    expect(articles.find((a) => a.outlet === 'Dock Report')?.passages[0]?.text).toContain('authority’s statement said');
    expect(articles.find((a) => a.outlet === 'Continental Ledger')?.url).toBe(web.url('/news/steel-quotas'));

    // Served at once: the running index and the extracted knowledge have them.
    expect(kb.articles).toHaveLength(4);
    expect(kb.index.search('shrimp anti-dumping WTO review')[0]?.passage.articleId).toMatch(
      /india-challenges-shrimp-duties/,
    );
    expect(kb.articleById.get(wire?.id ?? '')?.also).toHaveLength(1);

    // Again: a 304 for the RSS feed (its ETag sent back), nothing new, the 410 feed not asked.
    const goneHits = web.hits('/gone.xml').length;
    const again = await pollFeeds(FEEDS(), deps);
    expect(again.filter((l) => l.kind !== 'error')).toEqual([]);
    expect(web.hits('/rss.xml').at(-1)?.headers['if-none-match']).toBe('"rss-v1"');
    expect(web.hits('/gone.xml')).toHaveLength(goneHits);
    expect((await store.feeds.state(web.url('/gone.xml'))).gone).toBe(true);
    expect(await store.feeds.state(web.url('/rss.xml'))).toMatchObject({ quietPolls: 1, etag: '"rss-v1"' });
    expect(readdirSync(join(corpus, 'articles'))).toHaveLength(4);
    expect(web.hits('/sport')).toHaveLength(0);
  });

  it('backs off a feed that has nothing new', async () => {
    const { deps, store } = setUp();
    const feed = { url: web.url('/atom.xml') };
    await pollFeeds([feed], deps);
    const interval = 60_000;
    const state = await store.feeds.state(feed.url);
    await store.feeds.saveState({ ...state, quietPolls: 3, lastPoll: Date.now() - 2 * interval });
    const backedOff = (await store.feeds.state(feed.url)).lastPoll;
    expect(await pollFeeds([feed], deps, interval)).toEqual([]);
    expect((await store.feeds.state(feed.url)).lastPoll).toBe(backedOff);
    // Without an interval (`--once`), it is polled anyway.
    await pollFeeds([feed], deps);
    expect((await store.feeds.state(feed.url)).lastPoll).toBeGreaterThan(backedOff ?? 0);
  });
});

describe('feeds.yaml', () => {
  it('is read from the corpus folder', async () => {
    const { readFeeds } = await import('../../src/feeds/feeds-file.ts');
    const dir = mkdtempSync(join(tmpdir(), 'feeds-yaml-'));
    expect(readFeeds(dir)).toEqual({ feeds: [] });
    writeFileSync(
      join(dir, 'feeds.yaml'),
      'feeds:\n  - url: https://example.com/feed.xml\n    outlet: Example\n    include: [tariff]\n  - url: ftp://x\n',
    );
    expect(readFeeds(dir)).toEqual({ error: expect.stringMatching(/feeds\.1\.url: url must be an http or https URL/) });
    writeFileSync(
      join(dir, 'feeds.yaml'),
      'feeds:\n  - url: https://example.com/feed.xml\n    outlet: Example\n    include: [tariff]\n',
    );
    expect(readFeeds(dir)).toEqual({
      feeds: [{ url: 'https://example.com/feed.xml', outlet: 'Example', include: ['tariff'] }],
    });
    void readFileSync;
  });
});
