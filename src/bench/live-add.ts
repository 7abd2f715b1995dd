import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SourcesDesk } from '../feeds/sources-desk.ts';
import { writeFeeds } from '../feeds/feeds-file.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { LiveCorpus } from '../knowledge/live-corpus.ts';
import { createLogger } from '../log/logger.ts';
import { openStore } from '../store/store.ts';
import { articleFile, generateArticles, type SyntheticArticle } from './synthetic-corpus.ts';

export interface LiveAddResult {
  /** Adding one article to the running index and knowledge base: median of the runs, and the slowest. */
  addMs: { median: number; max: number; runs: number };
  /** Saving the index cache afterwards (once per batch of new articles). */
  saveCacheMs: number;
  /** A feed item appearing on a local server → its article answered by the index: one poll (robots.txt, feed, page). */
  feedToAnswerMs: number;
}

/** New articles for a corpus of `size`: the synthetic generator's next ones, renamed so they are new files. */
function newArticles(seed: number, size: number, count: number): SyntheticArticle[] {
  return generateArticles({ seed, articles: size + count })
    .slice(size)
    .map((a, i) => ({ ...a, slug: `${a.slug}-live-${i}` }));
}

const html = (a: SyntheticArticle) =>
  `<!doctype html><html><head><title>${a.title}</title><meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.published}"></head><body><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** Adds articles to `kb` (which serves `corpusDir`) the way a feed poll does, and times it. */
export async function measureLiveAdd(
  kb: KnowledgeBase,
  corpusDir: string,
  cacheDir: string,
  seed: number,
): Promise<LiveAddResult> {
  const log = createLogger('silent');
  const live = new LiveCorpus(kb, cacheDir, log);
  const runs: number[] = [];
  for (const a of newArticles(seed, kb.articles.length, 5)) {
    const path = join(corpusDir, 'articles', `${a.slug}.md`);
    writeFileSync(path, articleFile(a));
    const start = performance.now();
    live.addFiles([path]);
    runs.push(performance.now() - start);
  }
  const saveStart = performance.now();
  live.saveCache();
  const saveCacheMs = performance.now() - saveStart;

  // The feed: empty at first, then one item, served from 127.0.0.1 as an outlet would.
  const [story] = newArticles(seed + 1, kb.articles.length, 1);
  if (!story) throw new Error('no article to publish');
  let items = '';
  const server = createServer((req, res) => {
    if (req.url === '/feed.xml')
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items}</channel></rss>`);
    else if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html' }).end(html(story));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFeeds(corpusDir, [{ url: `${origin}/feed.xml` }]);
  const store = openStore(':memory:');
  const desk = new SourcesDesk(
    live,
    store.feeds,
    { FETCH_CONTACT: 'bench@localhost', FETCH_ALLOW_HOSTS: '127.0.0.1', FETCH_TIMEOUT_SECONDS: 20 },
    log,
  );
  try {
    await desk.poll();
    items = `<item><title>${story.title}</title><link>${origin}/story</link><guid>story</guid><pubDate>${new Date(`${story.published}T12:00:00Z`).toUTCString()}</pubDate></item>`;
    const appeared = performance.now();
    await desk.poll();
    const question = story.paragraphs[1] ?? story.title;
    const found = kb.index
      .search(question, { limit: 10 })
      .some((h) => kb.articleById.get(h.passage.articleId)?.title === story.title);
    if (!found) throw new Error('the feed item was not answerable after the poll');
    const feedToAnswerMs = performance.now() - appeared;
    const sorted = [...runs].sort((a, b) => a - b);
    return {
      addMs: { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0, runs: runs.length },
      saveCacheMs,
      feedToAnswerMs,
    };
  } finally {
    await store.close();
    server.close();
  }
}
