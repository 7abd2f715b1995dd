import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../src/build/build.mjs';

/** Issue #17: `npm start` runs compiled JavaScript, built when the build is missing or stale. */

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project of two entries that import a module of their own, as the bot's do. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-test-'));
  roots.push(root);
  mkdirSync(join(root, 'src', 'bench'), { recursive: true });
  mkdirSync(join(root, 'commands'));
  writeFileSync(join(root, 'src', 'greeting.ts'), "export const greeting: string = 'hello';\n");
  writeFileSync(join(root, 'src', 'main.ts'), "import { greeting } from './greeting.ts';\nconsole.log(greeting);\n");
  writeFileSync(join(root, 'src', 'bench', 'startup-probe.ts'), "console.log('probe');\n");
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

const runBuilt = (dir: string) => execFileSync(process.execPath, [join(dir, 'main.js')], { encoding: 'utf8' }).trim();

describe('the compiled build', () => {
  it('is built when missing, reused while the code is unchanged, rebuilt when a source changes', async () => {
    const root = project();
    const first = await ensureBuilt(root);
    expect(runBuilt(first)).toBe('hello');
    const builtAt = statSync(join(first, 'main.js')).mtimeMs;

    expect(await ensureBuilt(root)).toBe(first);
    expect(statSync(join(first, 'main.js')).mtimeMs).toBe(builtAt);

    writeFileSync(join(root, 'src', 'greeting.ts'), "export const greeting: string = 'hello again';\n");
    const second = await ensureBuilt(root);
    expect(second).not.toBe(first);
    expect(runBuilt(second)).toBe('hello again');
    // The stale build is gone; only the current one is left.
    expect(readdirSync(join(root, 'dist'))).toEqual([second.split('/').at(-1)]);
  });

  it('is one complete build when two starts build at once', async () => {
    const root = project();
    const [a, b] = await Promise.all([ensureBuilt(root), ensureBuilt(root)]);
    expect(a).toBe(b);
    expect(runBuilt(a)).toBe('hello');
    expect(readdirSync(join(root, 'dist'))).toEqual([a.split('/').at(-1)]);
  });
});
