import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.ts';
import { runConsoleJson } from '../helpers/console.ts';

const GOOD = '---\ntitle: Tariffs rise\noutlet: Reuters\npublished: 2025-06-02\nurl: https://example.com/a\n---\n\nFirst paragraph. It has two sentences.\n\nSecond\nparagraph wraps.\n';

function corpusWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'articles', name), body);
  return dir;
}

describe('loading the corpus', () => {
  it('reads front matter, paragraphs (1-based, lines folded) and sentence boundaries', () => {
    const { articles, problems } = loadCorpus(corpusWith({ 'good.md': GOOD }));
    expect(problems).toEqual([]);
    const [article] = articles;
    expect(article).toMatchObject({ id: 'good', title: 'Tariffs rise', outlet: 'Reuters', published: '2025-06-02', url: 'https://example.com/a' });
    expect(article?.passages.map((p) => [p.id, p.paragraph, p.text])).toEqual([
      ['good#1', 1, 'First paragraph. It has two sentences.'],
      ['good#2', 2, 'Second paragraph wraps.'],
    ]);
    const first = article?.passages[0];
    expect(first?.sentences.map((s) => first.text.slice(s.start, s.end))).toEqual(['First paragraph.', 'It has two sentences.']);
  });

  it('reports each broken file with its path and line, and still serves the good ones', () => {
    const dir = corpusWith({
      'good.md': GOOD,
      'no-front-matter.md': 'Just text.\n',
      'bad-date.md': '---\ntitle: T\noutlet: O\npublished: 2025-02-30\n---\n\nText.\n',
      'no-outlet.md': '---\ntitle: T\npublished: 2025-02-03\n---\n\nText.\n',
      'bad-yaml.md': '---\ntitle: [unclosed\noutlet: O\n---\n\nText.\n',
      'empty-body.md': '---\ntitle: T\noutlet: O\npublished: 2025-02-03\n---\n\n   \n',
      'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]),
      'huge.md': `${GOOD}${'x'.repeat(MAX_ARTICLE_BYTES)}`,
      'Good.MD': GOOD,
    });
    const { articles, problems } = loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    const byFile = Object.fromEntries(problems.map((p) => [p.file.split('/').pop(), `${p.line}: ${p.message}`]));
    expect(byFile['no-front-matter.md']).toMatch(/^1: missing front matter/);
    expect(byFile['bad-date.md']).toMatch(/^4: `published`: published must be a real date/);
    expect(byFile['no-outlet.md']).toMatch(/^1: front matter has no `outlet`/);
    expect(byFile['bad-yaml.md']).toMatch(/^\d: front matter is not valid YAML/);
    expect(byFile['empty-body.md']).toMatch(/^6: the article has no text/);
    expect(byFile['binary.md']).toMatch(/not a text file/);
    expect(byFile['huge.md']).toMatch(/too large/);
    expect(byFile['good.md'] ?? byFile['Good.MD']).toMatch(/same article id "good"/);
    expect(problems.every((p) => p.file.includes(dir.split('/').pop() ?? ''))).toBe(true);
  });

  it('serves the good articles of a corpus with broken files through the console', async () => {
    const dir = corpusWith({ 'good.md': GOOD, 'broken.md': 'no front matter' });
    const reply = await runConsoleJson('/sources', { corpus: dir });
    expect(reply.data.articles).toEqual([{ id: 'good', title: 'Tariffs rise', outlet: 'Reuters', published: '2025-06-02', url: 'https://example.com/a', passages: 2, origin: 'file' }]);
  });
});
