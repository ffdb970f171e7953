import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // A real PostgreSQL starts in the reproduction tests; Astro builds run in the content checks.
    // Scenarios start servers of their own; on a busy machine one takes more than a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The reproductions file runs for minutes while mostly waiting on its servers; a second worker
    // runs every other file beside it instead of after it.
    maxWorkers: 2,
  },
});
