/**
 * The workspaces' packages resolved to their TypeScript sources, for the tests (root and web
 * configs): no build is needed first, and an edit to `judge/src` or `contract/src` is seen at once.
 * Production keeps importing the built `dist/` through each package's `exports`.
 */
import path from 'node:path';

/** Vite aliases from each workspace package entry point to its source file under `root`. */
export function sourceAliases(root: string) {
  const entry = (specifier: string, file: string) => ({
    // Exact match, so `@winterarc/contract` does not also capture `@winterarc/contract/openapi`.
    find: new RegExp(`^${specifier.replaceAll('/', '\\/')}$`),
    replacement: path.join(root, file),
  });
  return [
    entry('@winterarc/contract', 'contract/src/index.ts'),
    entry('@winterarc/contract/live-events', 'contract/src/live-events.ts'),
    entry('@winterarc/contract/openapi', 'contract/src/openapi.ts'),
    entry('@winterarc/judge', 'judge/src/index.ts'),
  ];
}
