import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{services,pipelines,shared,config}/**/*.test.ts', 'test/*.test.ts'],
          // A bound, not a wait: some unit tests spawn npm or build thousands of documents, which on a busy
          // two-core machine takes longer than vitest's default of 5 s.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts its own redis-server and Meilisearch; two cores cannot run many at once.
          fileParallelism: false,
        },
      },
    ],
  },
});
