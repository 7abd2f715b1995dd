import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The folders the README's Layout block describes, one per line. */
function describedFolders(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const block = /### Layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((path) => path.endsWith('/') && !path.includes('<'));
}

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/`);

describe("the README's Layout", () => {
  it('describes every folder of src/, every test folder that is not a mirror of one, and only folders that exist', () => {
    const described = describedFolders();
    expect(described.length).toBeGreaterThan(20);
    for (const folder of described) expect(existsSync(folder), folder).toBe(true);
    // test/<concern>/ mirrors src/<concern>/ (one line says so); any other test folder has its own line.
    const ownTestFolders = folders('test').filter((f) => !existsSync(f.replace(/^test\//, 'src/')));
    const tracked = [...folders('src'), '.ci/', 'commands/', 'test/', ...ownTestFolders];
    expect(tracked.filter((f) => !described.includes(f))).toEqual([]);
  });
});
