/** Unit tests of the web app's pure logic (API client, roadmap helpers); no DOM needed. */
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
