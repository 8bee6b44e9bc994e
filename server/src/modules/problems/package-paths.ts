/**
 * The one rule for a path inside a stored problem package: relative, `/`-separated, no empty, `.` or
 * `..` segment, no NUL or backslash. Checked when a package comes in (import, zip) and again before a
 * stored path is written to disk, so a row or an archive can never steer a write outside its package.
 */
import path from 'node:path';

/** Why `relative` is not a safe package path, or `undefined` when it is. */
export function packagePathProblem(relative: string): string | undefined {
  if (relative === '') return 'is empty';
  if (relative.includes('\0')) return 'contains a NUL byte';
  if (relative.includes('\\')) return 'contains a backslash; use / between folders';
  if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative)) return 'is absolute';
  const segments = relative.split('/');
  if (segments.includes('..')) return 'climbs out of the package with ..';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or . segment';
  if (relative.length > 1024) return 'is longer than 1024 characters';
  return undefined;
}

/** `root` joined with a package path that has been checked; throws when it is not safe. */
export function resolveInsidePackage(root: string, relative: string): string {
  const problem = packagePathProblem(relative);
  if (problem !== undefined) throw new Error(`package path ${JSON.stringify(relative)} ${problem}`);
  return path.join(root, ...relative.split('/'));
}
