import { defineConfig } from 'vitest/config';

/**
 * One vitest run, three projects. `shared` and `client` are pure unit tests; `server` holds
 * the integration tests that need a real MongoDB-compatible server, which the global setup
 * provides (MONGODB_URI, or a local engine it starts itself: see scripts/db).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'client',
          root: './client',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./src/test/global-setup.ts'],
          // The memory test measures the heap after explicit garbage collection.
          execArgv: ['--expose-gc'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
