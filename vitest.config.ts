/**
 * Every test of the repository, in lanes by what a test needs (docs/testing.md says how to run each):
 * - `unit`: nothing but Node and this checkout — no root, no sandbox, no service (`npm run test:unit`,
 *   together with the web project);
 * - `pglite` and `postgres`: the server's integration tests (`*.int.test.ts`), run once on embedded
 *   PGlite with in-memory counters and once on the real PostgreSQL and Redis, so both adapters are held
 *   to the same behaviour (`npm run test:int`);
 * - `sandbox`: the judge on its host — the real sandbox (bubblewrap, cgroups, seccomp; needs root) and
 *   the languages' toolchains (`npm run test:sandbox`);
 * - `content`: every shipped problem package judged against its own reference solutions
 *   (`npm run test:content`; the sandbox, so root);
 * - `web`: the web app's unit and component tests (part of `test:unit`); `e2e`: the built app in a
 *   real browser (`npm run test:e2e`, after `npm run build`).
 *
 * The workspaces resolve each other from source (`sourceAliases`), so tests run on a fresh clone before
 * `npm run build`, and an edit to `judge/src` or `contract/src` is seen at once.
 * @see https://vitest.dev/guide/projects
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from './vitest.aliases.ts';

/**
 * Tests of the judge on its host: programs run in the real sandbox (root), or built and run with the
 * languages' own toolchains (gcc, javac, python3, node), which takes seconds per compile.
 */
const sandboxTests = [
  'judge/src/languages/registry.test.ts',
  'judge/src/function/harness.test.ts',
  'judge/src/suite/python-testing.test.ts',
  'judge/src/function/starter-code.test.ts',
  'judge/src/sandbox/run.*.test.ts',
  'judge/src/security/**/*.test.ts',
  'judge/src/conformance/**/*.test.ts',
  'judge/src/engine/judge-interactive.test.ts',
  'judge/src/engine/judge-class.test.ts',
  'judge/src/engine/judge-suite.test.ts',
  'judge/src/engine/run-custom.test.ts',
  'judge/src/engine/warm-pool.test.ts',
  'judge/src/engine/input-validation.test.ts',
];

/** The shipped problem packages' self-tests (reference solutions through the real judge). */
const contentTests = [
  'server/src/modules/problems/content-problems.test.ts',
  'server/src/modules/quizzes/content-quizzes.test.ts',
];

const resolve = { alias: sourceAliases(fileURLToPath(new URL('.', import.meta.url))) };

const integration = (name: 'pglite' | 'postgres') => ({
  resolve,
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
        resolve,
        test: {
          name: 'unit',
          include: [
            'contract/**/*.test.ts',
            'server/src/**/*.test.ts',
            'server/ops/**/*.test.ts',
            'judge/src/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', ...sandboxTests, ...contentTests],
          // Files share their worker's module cache instead of re-importing the server and the judge
          // each time: half the lane's time (120 s → 56 s on a loaded 2-core machine). None of these
          // files mocks modules or stubs globals; one that must, restores them in afterEach.
          isolate: false,
        },
      },
      integration('pglite'),
      integration('postgres'),
      { resolve, test: { name: 'sandbox', include: sandboxTests } },
      { resolve, test: { name: 'content', include: contentTests } },
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
