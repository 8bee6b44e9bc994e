/**
 * Unit tests of the web app: pure logic (API client, roadmap helpers) in Node, and components in
 * jsdom — a `.test.tsx` file opts in with a `// @vitest-environment jsdom` comment.
 */
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
