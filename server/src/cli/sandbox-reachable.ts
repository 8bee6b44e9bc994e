/**
 * The judge bind-mounts problem packages from its cache into sandboxes that run as unprivileged uids,
 * so every directory above the cache must be searchable (o+x) by them. Our own data directory is
 * created 0700; it is opened to o+x (search, not listing: its secrets stay 0600 and PGlite's files
 * 0700). Any other closed ancestor is the operator's, and is reported rather than changed.
 */
import { chmod, stat } from 'node:fs/promises';
import path from 'node:path';

export async function makeReachableBySandbox(
  cacheDir: string,
  ownDataDir: string,
  log: (message: string) => void,
): Promise<void> {
  let dir = path.resolve(cacheDir);
  const own = path.resolve(ownDataDir);
  for (;;) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      if (dir !== own) {
        throw new Error(
          `JUDGE_CACHE_DIR ${cacheDir} is not reachable by the sandbox's users: ${dir} is mode ${(mode & 0o777).toString(8)}. Allow search with \`chmod o+x ${dir}\`, or set JUDGE_CACHE_DIR elsewhere.`,
        );
      }
      await chmod(dir, (mode & 0o7777) | 0o001);
      log(`${dir} is now searchable (o+x) so sandboxes can reach the judge cache; its files stay private`);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
