import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Unhandled rejections fail the run (a malformed gateway dispatch surfaces only as one).
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
