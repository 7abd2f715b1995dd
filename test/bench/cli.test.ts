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

describe('npm run bench on a small corpus', () => {
  // One real run, the smallest that has rates to chart: its figures are not checked, only that each
  // size is reported as soon as it is measured and that the latencies ran on the cached knowledge base.
  it('writes each size to stderr when measured, then the JSON array', () => {
    const run = bench('--json', '--sizes', '40', '--shards-at', '0', '--no-discord');
    expect(run.status).toBe(0);
    const measured = /bench: 40 articles measured: (\{.*\})\n/u.exec(run.stderr);
    expect(measured).not.toBeNull();
    const [row] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(JSON.parse(measured?.[1] ?? '{}')).toEqual(row);
    expect(row).toMatchObject({ articles: 40, cacheHit: true, shards: null, discord: null });
    expect(row?.chart).toMatchObject({ samples: expect.any(Number) });
  }, 180_000);
});
