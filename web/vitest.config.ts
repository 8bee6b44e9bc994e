/**
 * Unit tests of the web app: pure logic (API client, roadmap helpers) in Node, and components in
 * jsdom — a `.test.tsx` file opts in with a `// @vitest-environment jsdom` comment. The contract
 * workspace is read from source, so no build is needed first.
 */
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { sourceAliases } from '../vitest.aliases.ts';

export default defineProject({
  resolve: { alias: sourceAliases(fileURLToPath(new URL('..', import.meta.url))) },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Files share their worker's module cache (60 s → 36 s on a loaded 2-core machine). Each file
    // cleans up what it renders and restores real timers in afterEach; a new one must too.
    isolate: false,
  },
});
