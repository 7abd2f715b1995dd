import { writeArticle } from '../corpus/ingest.ts';
import type { Config } from '../config/env.ts';
import { fetcherFromConfig } from '../fetch/from-config.ts';
import type { PoliteFetcher } from '../fetch/polite-fetcher.ts';
import type { LiveCorpus } from '../knowledge/live-corpus.ts';
import type { Logger } from '../log/logger.ts';
import type { FeedState, FeedStore } from '../store/feeds.ts';
import { FeedSchema, readFeeds, writeFeeds, type Feed } from './feeds-file.ts';
import { movedUrls } from './moved-urls.ts';
import type { PollLine } from './poll.ts';

/**
 * Reading pages and feeds needs a DOM, Readability and a feed parser: loaded on first use, so a
 * console or bot that follows no feed starts as fast as before.
 */
const webModules = () => Promise.all([import('../web/fetch-article.ts'), import('./poll.ts')]);

export type AddLinkResult =
  | {
      ok: true;
      path: string;
      articleId?: string;
      title: string;
      outlet: string;
      duplicate: boolean;
      alsoAdded: boolean;
    }
  | { ok: false; error: string };

export interface FeedListing {
  feeds: (Feed & { state: FeedState })[];
  error?: string;
}

/**
 * Links and feeds for a running bot: adds a link's article, adds and removes feeds in
 * `feeds.yaml`, polls the feeds on a timer. New articles go straight into the live corpus.
 */
export class SourcesDesk {
  private readonly fetcher: PoliteFetcher | { error: string };
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<PollLine[]> | undefined;

  constructor(
    private readonly live: LiveCorpus,
    private readonly feedStore: FeedStore,
    config: Pick<Config, 'FETCH_CONTACT' | 'FETCH_ALLOW_HOSTS' | 'FETCH_TIMEOUT_SECONDS'>,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.fetcher = fetcherFromConfig(config, movedUrls(feedStore, now));
  }

  /** Fetches a page and adds its article to the corpus and the running index. */
  async addLink(url: string): Promise<AddLinkResult> {
    if ('error' in this.fetcher) return { ok: false, error: this.fetcher.error };
    const known = this.live.identity().withUrl(url);
    if (known) {
      const article = this.live.kb.articleById.get(known.id);
      return {
        ok: true,
        path: known.file,
        articleId: known.id,
        title: article?.title ?? known.id,
        outlet: article?.outlet ?? '',
        duplicate: true,
        alsoAdded: false,
      };
    }
    const [{ fetchArticle }] = await webModules();
    const prepared = await fetchArticle(
      url,
      this.fetcher,
      {},
      { origin: 'link', added: new Date(this.now()).toISOString() },
    );
    if (!prepared.ok) return prepared;
    const result = writeArticle(this.live.corpusDir, prepared.article, this.live.identity());
    const { title, outlet } = prepared.article.frontMatter;
    if (!result.duplicate || result.alsoAdded) {
      const [article] = this.live.addFiles([result.path]);
      this.live.saveCache();
      return {
        ok: true,
        path: result.path,
        ...(article ? { articleId: article.id } : {}),
        title,
        outlet,
        duplicate: result.duplicate,
        alsoAdded: result.alsoAdded ?? false,
      };
    }
    return { ok: true, path: result.path, title, outlet, duplicate: true, alsoAdded: false };
  }

  async listFeeds(): Promise<FeedListing> {
    const read = readFeeds(this.live.corpusDir);
    if ('error' in read) return { feeds: [], error: read.error };
    return {
      feeds: await Promise.all(read.feeds.map(async (f) => ({ ...f, state: await this.feedStore.state(f.url) }))),
    };
  }

  /** Adds a feed to `feeds.yaml` (validated; a URL listed already is refused). */
  addFeed(input: Feed): { ok: true; feed: Feed } | { ok: false; error: string } {
    const parsed = FeedSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join('; ') };
    const read = readFeeds(this.live.corpusDir);
    if ('error' in read) return { ok: false, error: read.error };
    if (read.feeds.some((f) => f.url === parsed.data.url))
      return { ok: false, error: `${parsed.data.url} is already followed.` };
    writeFeeds(this.live.corpusDir, [...read.feeds, parsed.data]);
    return { ok: true, feed: parsed.data };
  }

  removeFeed(url: string): { ok: true } | { ok: false; error: string } {
    const read = readFeeds(this.live.corpusDir);
    if ('error' in read) return { ok: false, error: read.error };
    if (!read.feeds.some((f) => f.url === url))
      return { ok: false, error: `${url} is not one of the feeds (\`/sources feeds\` lists them).` };
    writeFeeds(
      this.live.corpusDir,
      read.feeds.filter((f) => f.url !== url),
    );
    return { ok: true };
  }

  /** Polls the due feeds once (a poll already running is joined, not doubled); new articles are served at once. */
  poll(intervalMs?: number): Promise<PollLine[]> {
    this.polling ??= this.pollNow(intervalMs).finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async pollNow(intervalMs?: number): Promise<PollLine[]> {
    if ('error' in this.fetcher) return [];
    const read = readFeeds(this.live.corpusDir);
    if ('error' in read) {
      this.log.error(read.error);
      return [];
    }
    if (read.feeds.length === 0) return [];
    const [, { pollFeeds }] = await webModules();
    let written = 0;
    const lines = await pollFeeds(
      read.feeds,
      {
        corpusDir: this.live.corpusDir,
        fetcher: this.fetcher,
        feeds: this.feedStore,
        identity: () => this.live.identity(),
        onWritten: (path) => {
          written++;
          this.live.addFiles([path]);
        },
        now: this.now,
      },
      intervalMs,
    );
    if (written > 0) this.live.saveCache();
    for (const line of lines) {
      if (line.kind === 'error') this.log.warn({ feed: line.feed }, `feed: ${line.text}`);
      else this.log.info({ feed: line.feed }, `feed: ${line.text}`);
    }
    return lines;
  }

  /** Polls every `minutes` (each feed backs off on its own when it has nothing new); 0 turns polling off. */
  start(minutes: number): void {
    if (minutes <= 0) return;
    if ('error' in this.fetcher) {
      this.log.warn(`feeds are not polled: ${this.fetcher.error}`);
      return;
    }
    const intervalMs = minutes * 60_000;
    const tick = () =>
      void this.poll(intervalMs).catch((error: unknown) =>
        this.log.error({ err: error }, 'feed poll failed; the next one tries again'),
      );
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    setImmediate(tick);
  }

  /** Stops the timer and waits for a poll under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.polling?.catch(() => undefined);
  }
}
