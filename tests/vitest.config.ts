import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every database test runs on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
// Browser and process tests run once, in the PGlite project.
const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    globalSetup: ['./helpers/global-setup.ts'],
    // A worker keeps the modules it loaded for its next file instead of loading the API, GraphQL and
    // PGlite again (seconds per file); each file still builds its own app on its own database.
    isolate: false,
    // Vitest leaves a core to its own process by default: one worker on a two-core machine, so the
    // files ran one after another. That process does little while files run, and a file spends much
    // of its time waiting on a server, a browser or a socket: one worker per core, and at least two.
    maxWorkers: Math.max(2, availableParallelism()),
    // A browser test that takes ten seconds on a quiet machine takes three times that on a busy one;
    // a limit is there to end a hung test, not to time a slow one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page or a mail can take seconds to arrive on a loaded machine; a poll's default second was
    // too short there. A poll still stops as soon as what it waits for is there.
    expect: { poll: { timeout: 30_000 } },
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
