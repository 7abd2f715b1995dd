/**
 * A real PostgreSQL server for tests (Debian's `postgresql` package, never a mock): `initdb` into a
 * temporary folder, started on a free 127.0.0.1 port with its unix socket in that folder, trust
 * authentication, durability off (a test's data dies with it). Tests run as root and PostgreSQL
 * refuses to, so as root every server command runs as the `postgres` OS user (`runuser`).
 *
 * - `sharedPostgres()`: the test run's one server (started in the background by
 *   test/helpers/postgres-global-setup.ts, so runs that never ask for it never wait for it), or,
 *   outside that setup, one started lazily for this process. Take a fresh database from it with
 *   `createDatabase()`; never stop or restart it (other test files use it at the same time).
 * - `startPostgres()`: a server of the caller's own, for tests that stop or restart it.
 * - `postgresAvailable` / `postgresUnavailableReason`: without the binaries, tests skip with the
 *   reason in their name (`describe.skipIf`); with `REQUIRE_POSTGRES=1` (CI) that is an error instead.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface PostgresLocation {
  /** Folder of the PostgreSQL binaries (initdb, pg_ctl, psql). */
  bindir: string;
  /** The temp folder: data/, the socket and the log. */
  dir: string;
  port: number;
  /** Commits reach the disk as in production (for measurements); false: fsync off, faster. */
  durable?: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared server (test/helpers/postgres-global-setup.ts), or why there is none. */
    postgres: { location: PostgresLocation } | { unavailable: string };
  }
}

const OS_USER = 'postgres';
const HOST = '127.0.0.1';
const READY = 'ready';
const FAILED = 'failed';

/** Where the binaries are, or why they are not usable. */
function findPostgres(): { bindir: string } | { reason: string } {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  try {
    candidates.push(
      execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
  } catch {
    // pg_config is in libpq-dev, which a server install need not have: look in Debian's folders.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  const bindir = candidates.find((dir) =>
    ['initdb', 'pg_ctl', 'postgres', 'psql'].every((b) => existsSync(join(dir, b))),
  );
  if (!bindir) return { reason: 'PostgreSQL server binaries not found (apt-get install postgresql; or set PG_BINDIR)' };
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['-u', OS_USER], { stdio: 'ignore' });
    } catch {
      return { reason: `running as root and there is no '${OS_USER}' OS user to run PostgreSQL as` };
    }
  }
  return { bindir };
}

const found = findPostgres();
export const postgresAvailable = 'bindir' in found;
export const postgresUnavailableReason = 'reason' in found ? found.reason : undefined;
if (!postgresAvailable && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL cannot run: ${postgresUnavailableReason}`);
}

/** A server command, as the postgres OS user when we are root (PostgreSQL refuses to run as root). */
function asServerUser(bin: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', OS_USER, '--', bin, ...args]] : [bin, args];
}

function run(command: [string, string[]], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const [file, args] = command;
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${file} ${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

/** A port nobody listens on now (another process may take it before the server does: start retries). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A temp folder the postgres OS user owns, removed when this process exits. */
function serverFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-test-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', OS_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', OS_USER], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  return dir;
}

// Room for a few bot processes' pools; quiet logs.
const SETTINGS = ['max_connections=200', 'shared_buffers=32MB', 'log_min_messages=warning'];
// A throwaway server needs no durability (a test's data dies with it), unless it measures.
const NOT_DURABLE = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];

export class PostgresServer {
  private running = false;
  private readonly onExit = (): void => this.destroySync();

  constructor(
    readonly location: PostgresLocation,
    /** False for the shared server: other files use it, so it is neither stopped nor restarted here. */
    private readonly owned: boolean,
  ) {
    if (owned) process.on('exit', this.onExit);
  }

  get port(): number {
    return this.location.port;
  }

  /** A connection URL for database `database` (default `postgres`). */
  url(database = 'postgres'): string {
    return `postgres://${OS_USER}@${HOST}:${this.location.port}/${database}`;
  }

  /** Runs SQL through psql (no client library needed); returns its unaligned, tuples-only output. */
  async psql(sql: string, database = 'postgres'): Promise<string> {
    const { bindir, port } = this.location;
    const args = [
      '-X',
      '-q',
      '-A',
      '-t',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      HOST,
      '-p',
      String(port),
      '-U',
      OS_USER,
      '-d',
      database,
      '-c',
      sql,
    ];
    return (await run([join(bindir, 'psql'), args])).trim();
  }

  /**
   * A new empty database (cheap: a copy of `template`, default `template1`); returns its URL. Pass a
   * database you prepared (e.g. migrated) as `template` to start many tests from it; it must have
   * no open connections while it is copied.
   */
  async createDatabase(template = 'template1'): Promise<string> {
    const name = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await this.psql(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    return this.url(name);
  }

  /** Starts the server on its data folder and port (after `stop`, for a restart). */
  async start(): Promise<void> {
    const { bindir, dir, port, durable } = this.location;
    const settings = durable ? SETTINGS : [...SETTINGS, ...NOT_DURABLE];
    const options = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=${HOST}`, ...settings.map((s) => `-c ${s}`)].join(
      ' ',
    );
    await run(
      asServerUser(join(bindir, 'pg_ctl'), [
        '-D',
        join(dir, 'data'),
        '-l',
        join(dir, 'server.log'),
        '-o',
        options,
        '-w',
        '-t',
        '60',
        'start',
      ]),
    );
    this.running = true;
  }

  /**
   * Stops the server: `fast` closes every connection and shuts down cleanly (what a restart does);
   * `immediate` is a crash (recovery runs at the next start).
   */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    this.assertOwned('stop');
    if (!this.running) return;
    const { bindir, dir } = this.location;
    await run(asServerUser(join(bindir, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', mode, '-w', 'stop']));
    this.running = false;
  }

  async restart(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.stop(mode);
    await this.start();
  }

  /** Stops the server and removes its folder. */
  async destroy(): Promise<void> {
    this.assertOwned('destroy');
    await this.stop('immediate');
    rmSync(this.location.dir, { recursive: true, force: true });
    process.off('exit', this.onExit);
  }

  /** The server log (for a failing test's message). */
  log(): string {
    const file = join(this.location.dir, 'server.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  /** For the exit handler and the global teardown: synchronous, so it runs even while exiting. */
  destroySync(): void {
    if (this.running) {
      const { bindir, dir } = this.location;
      const [file, args] = asServerUser(join(bindir, 'pg_ctl'), [
        '-D',
        join(dir, 'data'),
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
      try {
        execFileSync(file, args, { stdio: 'ignore', timeout: 30_000 });
      } catch {
        // Already gone: nothing to stop.
      }
      this.running = false;
    }
    rmSync(this.location.dir, { recursive: true, force: true });
  }

  private assertOwned(what: string): void {
    if (!this.owned)
      throw new Error(
        `the shared PostgreSQL server is used by other test files: ${what} a server of your own (startPostgres())`,
      );
  }

  /** Marks a server someone else started as running (so the owner's teardown stops it). */
  adoptRunning(): void {
    this.running = true;
  }
}

function requireBindir(): string {
  if ('bindir' in found) return found.bindir;
  throw new Error(`PostgreSQL is not available: ${found.reason}`);
}

/**
 * Initialises a data folder and starts a server of the caller's own; stopped and removed at exit.
 * `durable`: commits are flushed to disk as in production (for a test that reports figures).
 */
export async function startPostgres({ durable = false } = {}): Promise<PostgresServer> {
  const bindir = requireBindir();
  const dir = serverFolder();
  const server = new PostgresServer({ bindir, dir, port: 0, durable }, true);
  await run(
    asServerUser(join(bindir, 'initdb'), [
      '-D',
      join(dir, 'data'),
      '-U',
      OS_USER,
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--no-locale',
    ]),
  );
  // A port found free can be taken before the server binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    server.location.port = await freePort();
    try {
      await server.start();
      return server;
    } catch (error) {
      if (attempt === 3) {
        const log = server.log();
        server.destroySync();
        throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
      }
    }
  }
}

/**
 * For the global setup: starts a server without waiting for it, and marks the folder `ready` or
 * `failed` (with the reason) when done, so the workers wait only when they need it.
 */
export function startPostgresInBackground(): {
  location: PostgresLocation;
  started: Promise<PostgresServer | undefined>;
} {
  const bindir = requireBindir();
  const marker = mkdtempSync(join(tmpdir(), 'pg-shared-'));
  const location: PostgresLocation = { bindir, dir: marker, port: 0 };
  const started = startPostgres().then(
    (server) => {
      writeFileSync(join(marker, READY), JSON.stringify(server.location));
      return server;
    },
    (error: unknown) => {
      writeFileSync(join(marker, FAILED), String((error as Error).message));
      return undefined;
    },
  );
  return { location, started };
}

let shared: Promise<PostgresServer> | undefined;

/** The run's shared server (waits for the global setup's start if needed); see the file's comment. */
export function sharedPostgres(): Promise<PostgresServer> {
  shared ??= connectShared();
  return shared;
}

async function connectShared(): Promise<PostgresServer> {
  let provided: ReturnType<typeof inject<'postgres'>> | undefined;
  try {
    provided = inject('postgres');
  } catch {
    provided = undefined; // not under Vitest's runner with the setup
  }
  if (provided && 'unavailable' in provided) throw new Error(`PostgreSQL is not available: ${provided.unavailable}`);
  if (!provided) {
    // No global setup (a config without it): this process's own server.
    const server = await startPostgres();
    return new PostgresServer(server.location, false);
  }
  const marker = provided.location.dir;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (existsSync(join(marker, READY))) {
      const location = JSON.parse(readFileSync(join(marker, READY), 'utf8')) as PostgresLocation;
      return new PostgresServer(location, false);
    }
    if (existsSync(join(marker, FAILED)))
      throw new Error(`the shared PostgreSQL server did not start: ${readFileSync(join(marker, FAILED), 'utf8')}`);
    if (Date.now() > deadline) throw new Error('the shared PostgreSQL server did not start within 90 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
