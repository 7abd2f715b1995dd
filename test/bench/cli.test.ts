import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, TSX, tsxArgs } from '../helpers/subprocess.ts';

/** `npm run bench` takes minutes: a wrong option must stop it at once, with the usage, before any corpus is written. */
const bench = (...args: string[]) =>
  spawnSync(TSX, tsxArgs('src/bench/bench.ts', args), { env: isolatedEnv(), encoding: 'utf8' });

describe('npm run bench, asked wrongly', () => {
  it('prints its usage for --help and exits 0', () => {
    const run = bench('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run bench -- [--json] [--sizes');
    expect(run.stderr).not.toContain('writing the corpus');
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--sizes', '10x'], '--seed, --shards-at and --sizes take whole numbers'],
  ])('%j: says why, shows the usage, exits 2 without measuring', (args, why) => {
    const run = bench(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain('Usage: npm run bench');
    expect(run.stderr).not.toContain('writing the corpus');
  });
});
