/**
 * One test command for the whole repository. Server integration tests (`*.int.test.ts`) run twice:
 * once on embedded PGlite with in-memory counters, once on the real PostgreSQL and Redis, so both
 * adapters are held to the same behaviour.
 * @see https://vitest.dev/guide/projects
 */
import { defineConfig } from 'vitest/config';

const integration = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/src/**/*.int.test.ts'],
    env: { WINTERARC_TEST_BACKEND: name },
    globalSetup: ['server/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'judge/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts'],
        },
      },
      integration('pglite'),
      integration('postgres'),
      'web/vitest.config.ts',
      // Browser tests of the built app: they need `npm run build` first (scripts/test.sh does it).
      {
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // A real browser on a loaded CI machine: a page may take seconds to show what it saved.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
