import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { postgresAvailable, postgresUnavailableReason, startPostgresInBackground } from './postgres.ts';

/**
 * Vitest global setup: one PostgreSQL server for the whole run, started in the background (initdb
 * takes a couple of seconds) so that runs which never use it do not wait; `sharedPostgres()` waits.
 */
export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  if (!postgresAvailable) {
    project.provide('postgres', { unavailable: postgresUnavailableReason ?? 'unknown' });
    return undefined;
  }
  const { location, started } = startPostgresInBackground();
  project.provide('postgres', { location });
  return async () => {
    const server = await started;
    server?.destroySync();
    rmSync(location.dir, { recursive: true, force: true });
  };
}
