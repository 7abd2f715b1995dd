import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { asDatabaseError, DatabaseError } from './errors.ts';
import { newerSchema } from './migrations.ts';
import { POSTGRES_MIGRATIONS } from './postgres-schema.ts';
import type { Sql, SqlValue } from './sql.ts';

export interface PostgresOptions {
  /** Connections this process may hold (each shard's scheduler, commands and feeds share them). */
  maxConnections?: number;
  /** Waits before each new try to connect while the server is unreachable (default 0.2, 1 and 3 s). */
  retryDelaysMs?: readonly number[];
}

/** The URL as logs and messages show it: without its password. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2…` (the stores' SQL has no `?` inside its strings). */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** BIGINT (ids, Unix ms) and COUNT(*) as numbers, as SQLite gives them: every value fits in 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** An advisory lock key of this bot's: migrations run under it, one host at a time. */
const MIGRATION_LOCK = 7_318_046_251;

/**
 * Applies the migrations this database has not seen, under `pg_advisory_lock`: two hosts starting
 * together take turns, and the second finds the work done. Refuses a database that is newer.
 */
async function migrate(client: pg.PoolClient, where: string): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    const version = rows[0]?.version ?? 0;
    if (version > POSTGRES_MIGRATIONS.length) throw newerSchema(where, version, POSTGRES_MIGRATIONS.length);
    for (const [i, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (i < version) continue;
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('DELETE FROM schema_version');
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [i + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/**
 * `Sql` over a pool of PostgreSQL connections at `url`. A transaction holds one connection for its
 * statements (found again through AsyncLocalStorage, so the stores need not pass it around); other
 * statements take any free one.
 *
 * Connection loss: getting a connection is retried with backoff (nothing was sent yet, so a retry
 * cannot apply anything twice). A statement or transaction cut off midway is not retried here: it
 * fails with a `DatabaseError` ('unreachable'), its transaction rolled back by the server, and the
 * caller's own rule applies (the scheduler tries again next tick; a command tells the user to try
 * again). A connection that failed is discarded rather than handed out again.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Sql> {
  const where = redactedUrl(url);
  const retryDelaysMs = options.retryDelaysMs ?? [200, 1000, 3000];
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    types,
  });
  // An idle connection the server closed (a restart) is reported here; the pool drops it.
  pool.on('error', () => undefined);
  // A connection in use when the server closes it emits 'error' on itself, which with no listener
  // kills the process; the statement under way fails anyway (an 'unreachable' DatabaseError).
  pool.on('connect', (client) => client.on('error', () => undefined));
  const fail = (error: unknown) => asDatabaseError(error, where);

  async function connect(): Promise<pg.PoolClient> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await pool.connect();
      } catch (error) {
        const known = fail(error);
        const delay = retryDelaysMs[attempt];
        if (!(known instanceof DatabaseError) || known.problem !== 'unreachable' || delay === undefined) throw known;
        await sleep(delay);
      }
    }
  }

  const inside = new AsyncLocalStorage<pg.PoolClient>();
  async function query<R>(text: string, params: readonly SqlValue[]): Promise<pg.QueryResult<R & pg.QueryResultRow>> {
    const own = inside.getStore();
    if (own)
      return own.query<R & pg.QueryResultRow>(numbered(text), [...params]).catch((error: unknown) => {
        throw fail(error);
      });
    const client = await connect();
    try {
      const result = await client.query<R & pg.QueryResultRow>(numbered(text), [...params]);
      client.release();
      return result;
    } catch (error) {
      const known = fail(error);
      client.release(known instanceof DatabaseError && known.problem === 'unreachable');
      throw known;
    }
  }

  const first = await connect();
  try {
    await migrate(first, where);
    first.release();
  } catch (error) {
    first.release(true);
    await pool.end();
    throw fail(error);
  }

  return {
    dialect: 'postgres',
    all: async <R>(text: string, params: readonly SqlValue[] = []) => (await query<R>(text, params)).rows,
    get: async <R>(text: string, params: readonly SqlValue[] = []) => (await query<R>(text, params)).rows[0],
    run: async (text, params = []) => (await query(text, params)).rowCount ?? 0,
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (inside.getStore()) return fn();
      const client = await connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await inside.run(client, fn);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        const known = fail(error);
        broken = known instanceof DatabaseError && known.problem === 'unreachable';
        if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
        throw known;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
