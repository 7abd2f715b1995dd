import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath, dependencyVersions, openKnowledgeBase } from '../../src/knowledge/cache.ts';
import { createLogger } from '../../src/log/logger.ts';

const log = createLogger('silent');

function freshCorpus(): { corpus: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'kb-cache-'));
  cpSync('corpus', join(root, 'corpus'), { recursive: true });
  return { corpus: join(root, 'corpus'), cache: join(root, 'cache') };
}

const answer = (kb: ReturnType<typeof openKnowledgeBase>['kb']) =>
  kb.index.search('why are the talks with China stalled', { limit: 3 }).map((h) => [h.passage.id, h.score]);

describe('the index cache', () => {
  it('is built on the first start and hit on the next, serving the same answers and extracted data', () => {
    const { corpus, cache } = freshCorpus();
    const first = openKnowledgeBase(corpus, cache, log);
    expect(first.cache).toEqual({ status: 'built', reason: 'no cache yet' });
    const second = openKnowledgeBase(corpus, cache, log);
    expect(second.cache).toEqual({ status: 'hit' });
    expect(answer(second.kb)).toEqual(answer(first.kb));
    expect(second.kb.articles).toEqual(first.kb.articles);
    expect(second.kb.deadlines).toEqual(first.kb.deadlines);
    expect(second.kb.deadlineSources).toEqual(first.kb.deadlineSources);
    expect(second.kb.rates.length).toBeGreaterThan(0);
    expect(second.kb.rates).toEqual(first.kb.rates);
    expect(second.kb.quotes).toEqual(first.kb.quotes);
  });

  it('is rebuilt when an article is added, and the new article is served', () => {
    const { corpus, cache } = freshCorpus();
    openKnowledgeBase(corpus, cache, log);
    writeFileSync(
      join(corpus, 'articles', 'new.md'),
      '---\ntitle: Canada and tariffs\noutlet: Reuters\npublished: 2025-07-01\n---\n\nOttawa imposed counter-tariffs on US steel.\n',
    );
    const reopened = openKnowledgeBase(corpus, cache, log);
    expect(reopened.cache).toEqual({ status: 'built', reason: 'corpus or indexing code changed' });
    expect(reopened.kb.index.search('Ottawa counter-tariffs steel')[0]?.passage.id).toBe('new#1');
  });

  it('is rebuilt, never trusted, when the file is corrupt or tampered with', () => {
    const { corpus, cache } = freshCorpus();
    openKnowledgeBase(corpus, cache, log);
    const path = cachePath(cache, corpus);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, good.length / 2));
    expect(openKnowledgeBase(corpus, cache, log).cache).toEqual({ status: 'built', reason: 'cache file is corrupt' });
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { index: unknown };
    writeFileSync(path, JSON.stringify({ ...saved, index: { miniSearch: { nonsense: true }, terms: [] } }));
    const reopened = openKnowledgeBase(corpus, cache, log);
    expect(reopened.cache.status).toBe('built');
    expect(reopened.kb.index.search('stalled talks').length).toBeGreaterThan(0);
  });

  it('serves from memory when the cache cannot be written', () => {
    const { corpus } = freshCorpus();
    const blocked = join(corpus, 'articles', '2025-05-30-bessent-says-us-china-trade-talks-are-a-bit.md', 'cache');
    const { kb, cache } = openKnowledgeBase(corpus, blocked, log);
    expect(cache.status).toBe('built');
    expect(kb.articles).toHaveLength(2);
  });
});

describe('the cache key covers the libraries', () => {
  const lock = (chrono: string, vitest: string) => ({
    packages: {
      '': { version: '0.1.0' },
      'node_modules/chrono-node': { version: chrono },
      'node_modules/chrono-node/node_modules/dayjs': { version: '1.11.0' },
      'node_modules/vitest': { version: vitest, dev: true },
    },
  });

  it('changes with the resolved version of a runtime dependency, not with a dev tool', () => {
    expect(dependencyVersions(lock('2.10.3', '4.1.0'))).toBe('chrono-node@2.10.3\ndayjs@1.11.0');
    expect(dependencyVersions(lock('2.11.0', '4.1.0'))).not.toBe(dependencyVersions(lock('2.10.3', '4.1.0')));
    expect(dependencyVersions(lock('2.10.3', '4.2.0'))).toBe(dependencyVersions(lock('2.10.3', '4.1.0')));
  });

  it('reads the repository lockfile, which names the libraries that shape the index', () => {
    const versions = dependencyVersions(JSON.parse(readFileSync('package-lock.json', 'utf8')));
    for (const name of ['chrono-node', 'minisearch', 'stemmer'])
      expect(versions).toMatch(new RegExp(`^${name}@\\d`, 'm'));
  });
});
