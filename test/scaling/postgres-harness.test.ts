import { afterAll, describe, expect, it } from 'vitest';
import {
  postgresAvailable,
  postgresUnavailableReason,
  sharedPostgres,
  startPostgres,
  type PostgresServer,
} from '../helpers/postgres.ts';

// The harness the PostgreSQL tests stand on: a real server, fresh databases, a restart that keeps the data.
describe.skipIf(!postgresAvailable)(
  `PostgreSQL test server${postgresAvailable ? '' : ` (skipped: ${postgresUnavailableReason})`}`,
  () => {
    let own: PostgresServer | undefined;
    afterAll(async () => {
      await own?.destroy();
    });

    it('gives each caller a fresh database on the shared server', async () => {
      const server = await sharedPostgres();
      const first = await server.createDatabase();
      const second = await server.createDatabase();
      expect(first).not.toBe(second);
      expect(first).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/t_/);
      const database = first.slice(first.lastIndexOf('/') + 1);
      await server.psql('CREATE TABLE t (n int); INSERT INTO t VALUES (7)', database);
      expect(await server.psql('SELECT n FROM t', database)).toBe('7');
      await expect(server.psql('SELECT n FROM t', second.slice(second.lastIndexOf('/') + 1))).rejects.toThrow(
        /does not exist/,
      );
      await expect(server.stop()).rejects.toThrow(/used by other test files/);
    });

    it('restarts its own server on the same port with the data kept', async () => {
      own = await startPostgres({ durable: true });
      const url = await own.createDatabase();
      const database = url.slice(url.lastIndexOf('/') + 1);
      await own.psql('CREATE TABLE t (n int); INSERT INTO t VALUES (1), (2)', database);
      const port = own.port;
      await own.stop();
      await expect(own.psql('SELECT 1')).rejects.toThrow();
      await own.start();
      expect(own.port).toBe(port);
      expect(await own.psql('SELECT sum(n) FROM t', database)).toBe('3');
    });
  },
);
