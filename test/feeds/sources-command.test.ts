import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { consoleContext, runConsoleLine, toConsoleJson } from '../../src/console/session.ts';
import { SourcesDesk } from '../../src/feeds/sources-desk.ts';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { LiveCorpus } from '../../src/knowledge/live-corpus.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';
import { newCorpus } from '../follows/articles.ts';

const log = createLogger('silent');

function console_() {
  const corpus = newCorpus('sources-cmd-');
  const kb = loadKnowledgeBase(corpus);
  const store = openStore(':memory:');
  // No FETCH_CONTACT: nothing is fetched, but the feeds file is managed.
  const desk = new SourcesDesk(
    new LiveCorpus(kb, join(corpus, '.cache'), log),
    store.feeds,
    { FETCH_TIMEOUT_SECONDS: 5 },
    log,
  );
  const ctx = consoleContext(kb, () => new Date('2026-01-01T00:00:00Z'), store, undefined, desk);
  const run = async (line: string) => {
    const outcome = await runConsoleLine(line, commands, ctx, log);
    if (!outcome.reply) throw new Error('no reply');
    return toConsoleJson({ ...outcome, reply: outcome.reply });
  };
  return { corpus, run };
}

describe('/sources in the console', () => {
  it('follows and stops following a feed in feeds.yaml; bad input changes nothing', async () => {
    const { corpus, run } = console_();
    expect((await run('/sources feeds')).reply.content).toMatch(/^No feeds are followed/);
    const added = await run(
      '/sources feed add url:https://example.com/feed.xml outlet:"Example News" include:tariff,trade',
    );
    expect(added.ok).toBe(true);
    expect(readFileSync(join(corpus, 'feeds.yaml'), 'utf8')).toContain(
      '- url: https://example.com/feed.xml\n    outlet: Example News\n    include:\n      - tariff\n      - trade',
    );
    expect((await run('/sources feed add url:https://example.com/feed.xml')).error).toBe(
      'Could not add the feed: https://example.com/feed.xml is already followed.',
    );
    expect((await run('/sources feed add url:ftp://example.com/feed')).error).toBe(
      'Could not add the feed: url must be an http or https URL',
    );
    const listed = await run('/sources feeds');
    expect(listed.data).toMatchObject({
      feeds: [{ url: 'https://example.com/feed.xml', outlet: 'Example News', state: { gone: false } }],
    });
    expect((await run('/sources feed remove url:https://example.com/other.xml')).ok).toBe(false);
    expect((await run('/sources feed remove url:https://example.com/feed.xml')).ok).toBe(true);
    expect((await run('/sources feeds')).data).toEqual({ feeds: [] });
  });

  it('a link is refused with the reason when fetching is not configured', async () => {
    const { run } = console_();
    const reply = await run('/sources add url:https://example.com/news/story');
    expect(reply.error).toMatch(/^Could not add it: fetching is off: set FETCH_CONTACT/);
  });
});
