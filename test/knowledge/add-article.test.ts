import { cpSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdOf, loadArticle } from '../../src/corpus/load.ts';
import { openKnowledgeBase } from '../../src/knowledge/cache.ts';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { LiveCorpus } from '../../src/knowledge/live-corpus.ts';
import { createLogger } from '../../src/log/logger.ts';

const log = createLogger('silent');

/** A copy of a fixture corpus with one article held back (moved out of the folder), to be added live. */
function holdBack(fixture: string, name: string) {
  const corpus = mkdtempSync(join(tmpdir(), 'live-add-'));
  cpSync(fixture, corpus, { recursive: true });
  const held = join(corpus, name);
  renameSync(join(corpus, 'articles', name), held);
  return { corpus, held, target: join(corpus, 'articles', name) };
}

const extracted = (kb: ReturnType<typeof loadKnowledgeBase>) => ({
  articles: kb.articles.map((a) => a.id),
  deadlines: kb.deadlines,
  deadlineSources: kb.deadlineSources,
  rates: kb.rates,
  quotes: kb.quotes,
});

describe('adding an article to the running knowledge base', () => {
  it.each([
    ['test/fixtures/deadlines', '2025-08-11-us-china-truce-extended.md'],
    ['test/fixtures/deadlines', '2025-03-01-canada-pause-extended.md'],
    ['test/fixtures/quotes', '2025-05-12-ap-geneva-truce-markets-rally.md'],
  ])('gives what a rebuild gives (%s, %s)', (fixture, name) => {
    const { corpus, held, target } = holdBack(fixture, name);
    const kb = loadKnowledgeBase(corpus);
    renameSync(held, target);
    new LiveCorpus(kb, join(corpus, '.cache'), log).addFiles([target]);
    const rebuilt = loadKnowledgeBase(corpus);
    expect(extracted(kb)).toEqual(extracted(rebuilt));
    for (const question of ['when does the truce end', 'steel tariffs retaliation', 'markets rally after Geneva'])
      expect(kb.index.search(question).map((h) => h.passage.id)).toEqual(
        rebuilt.index.search(question).map((h) => h.passage.id),
      );
  });

  it('moves a deadline when a later article extends it, and the saved cache has the article', () => {
    const { corpus, held, target } = holdBack('test/fixtures/deadlines', '2025-08-11-us-china-truce-extended.md');
    const cache = join(corpus, '.cache');
    const { kb } = openKnowledgeBase(corpus, cache, log);
    const before = kb.deadlines.find((d) => d.id === 'us-china-tariffs');
    renameSync(held, target);
    const live = new LiveCorpus(kb, cache, log);
    live.addFiles([target]);
    const after = kb.deadlines.find((d) => d.id === 'us-china-tariffs');
    expect(after?.date).not.toBe(before?.date);
    expect(after?.history.length).toBeGreaterThan(before?.history.length ?? 0);
    live.saveCache();
    const reopened = openKnowledgeBase(corpus, cache, log);
    expect(reopened.cache).toEqual({ status: 'hit' });
    expect(reopened.kb.articles.map((a) => a.id)).toContain(articleIdOf(target));
    expect(reopened.kb.index.search('truce extended').length).toBeGreaterThan(0);
  });

  it('every shard adds what one shard added: the relay carries the file, the others add it without saving', () => {
    const { corpus, held, target } = holdBack('test/fixtures/deadlines', '2025-11-20-mexico-reprieve.md');
    const relayed: string[][] = [];
    const first = new LiveCorpus(loadKnowledgeBase(corpus), join(corpus, '.cache'), log, (paths) =>
      relayed.push(paths),
    );
    const second = new LiveCorpus(loadKnowledgeBase(corpus), join(corpus, '.cache'), log, () => {
      throw new Error('a relayed article is not relayed again');
    });
    renameSync(held, target);
    first.addFiles([target]);
    expect(relayed).toHaveLength(1);
    for (const paths of relayed) second.addFiles(paths, { relay: false });
    expect(second.kb.articles.map((a) => a.id)).toEqual(first.kb.articles.map((a) => a.id));
    expect(second.kb.deadlines).toEqual(first.kb.deadlines);
    expect(readdirSync(join(corpus, 'articles'))).toContain('2025-11-20-mexico-reprieve.md');
    void loadArticle;
  });
});
