import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PARAGRAPHS,
  generateArticles,
  writeSyntheticCorpus,
  type SyntheticCorpus,
} from '../../src/bench/synthetic-corpus.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extract } from '../../src/knowledge/extract.ts';

const written: SyntheticCorpus[] = [];
function write(seed: number, articles: number): SyntheticCorpus {
  const corpus = writeSyntheticCorpus({ seed, articles });
  written.push(corpus);
  return corpus;
}

afterEach(() => {
  for (const corpus of written.splice(0)) corpus.remove();
});

/** Every file of a corpus folder, by name. */
function files(corpus: SyntheticCorpus): Map<string, string> {
  const dir = join(corpus.dir, 'articles');
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

describe('the synthetic corpus', () => {
  it('is byte-identical for the same seed, and different for another', () => {
    const first = files(write(7, 20));
    expect(files(write(7, 20))).toEqual(first);
    expect([...files(write(8, 20)).values()]).not.toEqual([...first.values()]);
  });

  it('has the requested number of articles, each of about ten paragraphs', () => {
    const articles = generateArticles({ seed: 7, articles: 20 });
    expect(articles).toHaveLength(20);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(20);
    for (const a of articles) {
      expect(a.paragraphs.length).toBeGreaterThanOrEqual(PARAGRAPHS.min);
      expect(a.paragraphs.length).toBeLessThanOrEqual(PARAGRAPHS.max);
    }
  });

  it('grows by appending: the first articles of a larger corpus are the smaller corpus', () => {
    expect(generateArticles({ seed: 7, articles: 40 }).slice(0, 20)).toEqual(
      generateArticles({ seed: 7, articles: 20 }),
    );
  });

  it('loads with no problems, one passage per paragraph', () => {
    const corpus = write(7, 20);
    const loaded = loadCorpus(corpus.dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles).toHaveLength(20);
    const bySlug = new Map(corpus.articles.map((a) => [a.slug, a]));
    for (const article of loaded.articles) {
      const source = bySlug.get(article.id);
      expect(article.title).toBe(source?.title);
      expect(article.published).toBe(source?.published);
      expect(article.passages.map((p) => p.text)).toEqual(source?.paragraphs);
    }
  });

  it('reads like trade news: attributed quotations, rates and pause deadlines the extractors find', () => {
    const corpus = write(7, 20);
    const text = corpus.articles.flatMap((a) => a.paragraphs).join('\n');
    expect(text).toMatch(/[“"][^”"]+,[”"] (?:said )?[A-Z][\w-]+/);
    expect(text).toMatch(/ said: [“"]/);
    expect(text).toMatch(/\d+(?:\.\d+)?%/);
    expect(extract(loadCorpus(corpus.dir).articles).deadlines.length).toBeGreaterThan(0);
  });
});
