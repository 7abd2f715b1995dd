/* global URL */
/**
 * The compiled build `npm start` runs: esbuild bundles the bot (and the benchmark's start-up probe)
 * into plain JavaScript, so a start loads one file instead of transpiling hundreds with tsx. Plain
 * JavaScript itself, as it runs before anything is compiled.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the build holds: the bot, and the probe the benchmark times a start with. */
const ENTRIES = { main: 'src/main.ts', 'startup-probe': 'src/bench/startup-probe.ts' };
/** What the build is made of: the code, and the locked library versions (esbuild's among them). */
const INPUTS = ['src', 'commands'];

function sourceFiles(root) {
  const files = INPUTS.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(ts|mjs)$/.test(f))
          .map((f) => join(root, dir, f))
      : [],
  );
  const lock = join(root, 'package-lock.json');
  return (existsSync(lock) ? [...files, lock] : files).sort();
}

/** A hash of every input's name and bytes: the build is stale when any of them changed, whatever their dates. */
export function sourceKey(root = ROOT) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder of the build of the current code, building it first when it is missing or stale.
 * Each build has a folder named after its key, written under a temporary name and renamed: a
 * process already running an older build keeps its files, and two starts building at once both
 * end with the same complete folder. Older builds are removed.
 */
export async function ensureBuilt(root = ROOT) {
  const key = sourceKey(root);
  const dist = join(root, 'dist');
  const dir = join(dist, key);
  if (existsSync(join(dir, 'main.js'))) return dir;
  const { build } = await import('esbuild');
  const temporary = join(dist, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Libraries stay in node_modules, loaded as Node loads them (native ones included).
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  mkdirSync(dist, { recursive: true });
  try {
    renameSync(temporary, dir);
  } catch {
    // Another start built the same key first.
    rmSync(temporary, { recursive: true, force: true });
  }
  for (const other of readdirSync(dist))
    if (other !== key && !other.endsWith('.tmp')) rmSync(join(dist, other), { recursive: true, force: true });
  return dir;
}
