import { defineConfig } from 'vitest/config';

const dbTest = (engine: 'embedded' | 'postgres') => ({
  test: {
    name: `db:${engine}`,
    include: ['{server,dashboard}/src/**/*.db.test.ts'],
    env: { MATTHAN_TEST_ENGINE: engine },
    globalSetup: ['server/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

// Projects: pure unit tests; the database suite once per engine (embedded PGlite+PostGIS and a
// real PostgreSQL+PostGIS); end-to-end and browser tests that start the server as a user would.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{geo,server,dashboard}/src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      dbTest('embedded'),
      dbTest('postgres'),
      {
        test: {
          name: 'e2e',
          include: ['{server,dashboard}/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
