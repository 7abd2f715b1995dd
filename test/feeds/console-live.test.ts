import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv } from '../helpers/subprocess.ts';
import type { WebServer } from '../helpers/web-server.ts';
import { newsPage } from '../helpers/web-server.ts';
import { juiceSite, publishJuice, TARIFF_STORY } from './fixtures.ts';
import { newCorpus } from '../follows/articles.ts';

const run = promisify(execFile);

let web: WebServer;
beforeAll(async () => {
  web = await juiceSite();
});
afterAll(() => web.stop());

function corpusWithFeed(): string {
  const corpus = newCorpus('live-corpus-');
  writeFileSync(join(corpus, 'feeds.yaml'), `feeds:\n  - url: ${web.url('/rss.xml')}\n    outlet: Maple Desk\n`);
  return corpus;
}

const fetchEnv = { FETCH_CONTACT: 'ops@example.org', FETCH_ALLOW_HOSTS: '127.0.0.1' };

describe('following a feed from the console', () => {
  it('a new feed item becomes an answer to /ask without a restart', async () => {
    const corpus = corpusWithFeed();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console/cli.ts', '--corpus', corpus, '--json'], {
      env: isolatedEnv({ ...fetchEnv, FEED_POLL_MINUTES: '0.02' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const replies: Record<string, unknown>[] = [];
    createInterface({ input: child.stdout }).on('line', (line) =>
      replies.push(JSON.parse(line) as Record<string, unknown>),
    );
    const ask = async () => {
      const before = replies.length;
      child.stdin.write('/ask orange juice retaliatory levies\n');
      while (replies.length === before) await new Promise((r) => setTimeout(r, 50));
      return replies.at(-1) as { data: { passages: { article: { title: string } }[] } };
    };
    try {
      expect((await ask()).data.passages).toEqual([]);
      const appeared = Date.now();
      publishJuice(web);
      let answer = await ask();
      while (answer.data.passages.length === 0 && Date.now() - appeared < 30_000) {
        await new Promise((r) => setTimeout(r, 250));
        answer = await ask();
      }
      expect(answer.data.passages[0]?.article.title).toBe('Canada to lift orange juice levies');
      child.stdin.write('/sources\n');
      await new Promise((r) => setTimeout(r, 500));
      const sources = replies.at(-1) as { data: { articles: { origin: string; feed?: string }[] } };
      expect(sources.data.articles).toEqual([expect.objectContaining({ origin: 'feed', feed: web.url('/rss.xml') })]);
    } finally {
      child.stdin.end();
      await new Promise((r) => child.on('close', r));
    }
  }, 60_000);
});

describe('the command-line tools', () => {
  it('npm run ingest -- URL fetches the page; a page without a date is refused with the reason', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'ingest-url-'));
    web.serve('/undated', newsPage({ title: 'Undated story', paragraphs: TARIFF_STORY }), {
      'content-type': 'text/html',
    });
    const env = isolatedEnv(fetchEnv);
    const ok = await run(
      process.execPath,
      ['--import', 'tsx', 'src/corpus/ingest-cli.ts', '--corpus', corpus, web.url('/juice')],
      { env },
    );
    expect(ok.stdout.trim()).toBe(join(corpus, 'articles', '2025-08-07-canada-to-lift-orange-juice-levies.md'));
    const file = readFileSync(ok.stdout.trim(), 'utf8');
    expect(file).toContain('outlet: Maple Desk');
    expect(file).toContain('origin: link');
    const refused = await run(
      process.execPath,
      ['--import', 'tsx', 'src/corpus/ingest-cli.ts', '--corpus', corpus, web.url('/undated')],
      { env },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('the page states no publication date') });
    const noContact = await run(
      process.execPath,
      ['--import', 'tsx', 'src/corpus/ingest-cli.ts', '--corpus', corpus, web.url('/juice')],
      { env: isolatedEnv({ FETCH_ALLOW_HOSTS: '127.0.0.1' }) },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(noContact).toMatchObject({ code: 1, stderr: expect.stringContaining('set FETCH_CONTACT') });
  }, 60_000);

  it('a raw text file without a headline gets its first sentence as the title, with a warning', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'ingest-text-'));
    const text = join(corpus, 'raw.txt');
    writeFileSync(text, `${TARIFF_STORY.join('\n\n')}\n`);
    const result = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/corpus/ingest-cli.ts',
        '--corpus',
        corpus,
        '--outlet',
        'Maple Desk',
        '--date',
        '2025-08-07',
        text,
      ],
      { env: isolatedEnv() },
    );
    expect(result.stderr).toContain(
      'no headline line; the title is the first sentence: “Canada will lift its retaliatory levies on American orange juice and peanut butter next…”',
    );
    expect(readdirSync(join(corpus, 'articles'))).toEqual(['2025-08-07-canada-will-lift-its-retaliatory-levies-on.md']);
  }, 30_000);

  it('npm run feeds -- --once polls each feed once, one line per new article', async () => {
    const corpus = corpusWithFeed();
    publishJuice(web);
    const env = isolatedEnv(fetchEnv);
    const first = await run(
      process.execPath,
      ['--import', 'tsx', 'src/feeds/feeds-cli.ts', '--once', '--corpus', corpus],
      { env },
    );
    expect(first.stdout.trim().split('\n')).toEqual([
      `${join(corpus, 'articles', '2025-08-07-canada-to-lift-orange-juice-levies.md')} — Canada to lift orange juice levies (Maple Desk)`,
    ]);
    const second = await run(
      process.execPath,
      ['--import', 'tsx', 'src/feeds/feeds-cli.ts', '--once', '--corpus', corpus],
      { env },
    );
    expect(second.stdout).toBe('');
  }, 60_000);
});
