import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // A real PostgreSQL starts in the reproduction tests; Astro builds run in the content checks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
