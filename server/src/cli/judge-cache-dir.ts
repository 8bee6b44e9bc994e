/**
 * The judge cache holds hidden answers, so it is the judge's user's alone: no sandbox reads it (inputs
 * reach a program through a pipe, a custom validator gets copies of one test's files). Earlier
 * versions opened the cache (0755) and our own data directory (o+x, 0701) to the sandbox users; a
 * start closes both again.
 */
import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Creates `cacheDir` if needed and makes it 0700, whatever the umask; closes our 0701 data dir. */
export async function prepareJudgeCacheDir(
  cacheDir: string,
  ownDataDir: string,
  log: (message: string) => void,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const cacheMode = (await stat(cacheDir)).mode & 0o777;
  if (cacheMode !== 0o700) {
    await chmod(cacheDir, 0o700);
    log(`${cacheDir} was mode ${cacheMode.toString(8)}; now 0700: hidden answers are the judge's only`);
  }
  const own = path.resolve(ownDataDir);
  const dataMode = await stat(own).then(
    (s) => s.mode & 0o777,
    () => undefined,
  );
  // Only the exact mode an earlier version set: an operator's own choice is left alone.
  if (dataMode === 0o701 && path.resolve(cacheDir).startsWith(`${own}${path.sep}`)) {
    await chmod(own, 0o700);
    log(`${own} is 0700 again: sandboxes no longer need to reach the judge cache`);
  }
}
