import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 200_000,
    // PGlite databases are large in memory; two workers suit these 2-core machines.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
