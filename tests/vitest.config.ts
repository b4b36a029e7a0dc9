import { defineConfig } from 'vitest/config';

// Every database test runs on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
// Browser and process tests run once, in the PGlite project.
const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    globalSetup: ['./helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true as const,
        test: { name: 'pglite', include: ['**/*.test.ts'], exclude: ['node_modules/**'], env: { MUSTER_TEST_DB: 'pglite' } },
      },
      ...(postgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['api/**/*.test.ts', 'db/**/*.test.ts', 'search/**/*.test.ts'],
                env: { MUSTER_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
