import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // One PostgreSQL server for the run, started in the background (test/helpers/postgres.ts).
    globalSetup: ['test/helpers/postgres-global-setup.ts'],
    // Vitest's default is one worker per core but one (a single worker on these 2-core machines);
    // much of the suite's time is children (bots, shards, CLIs) starting while the worker waits.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Unhandled rejections fail the run (a malformed gateway dispatch surfaces only as one).
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
