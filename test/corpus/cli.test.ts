import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, TSX, tsxArgs } from '../helpers/subprocess.ts';

const run = promisify(execFile);
const tsx = (script: string, args: string[]) =>
  run(TSX, tsxArgs(script, args), { env: isolatedEnv() }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('corpus scripts, as an operator runs them', () => {
  it('npm run ingest writes the article and prints its path; a second run writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
    const args = ['--corpus', dir, '--outlet', 'CNBC', '--title', 'Talks stalled', 'test/fixtures/seeds/004_b6e73fb1f3aa604a.txt'];
    const first = await tsx('src/corpus/ingest-cli.ts', args);
    expect(first).toMatchObject({ code: 0, stdout: `${join(dir, 'articles', '2025-05-30-talks-stalled.md')}\n` });
    const second = await tsx('src/corpus/ingest-cli.ts', args);
    expect(second.stdout).toMatch(/already in the corpus, nothing written/);
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(1);
    const noDate = await tsx('src/corpus/ingest-cli.ts', ['--corpus', dir, '--outlet', 'FT', 'test/fixtures/seeds/000_41950a9f906d4723.txt']);
    expect(noDate.code).toBe(1);
    expect(noDate.stderr).toMatch(/000_41950a9f906d4723\.txt: no publication date/);
  });

  it('npm run corpus:check lists every problem with file and line and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    cpSync('corpus', dir, { recursive: true });
    expect((await tsx('src/corpus/check-cli.ts', ['--corpus', dir])).code).toBe(0);
    writeFileSync(join(dir, 'articles', 'broken.md'), '---\ntitle: T\noutlet: O\npublished: 2025-13-01\n---\n\nText.\n');
    const result = await tsx('src/corpus/check-cli.ts', ['--corpus', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/broken\.md:4: `published`/);
    expect(result.stdout).toMatch(/2 articles, 22 passages, 1 problem/);
  });
});
