/** Checks made before any untrusted code runs: the work dir's permissions, and a start-up self-test. */
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { CgroupDriver } from './cgroup/types.js';
import type { Sandbox } from './run.js';

/**
 * bwrap runs as the sandbox uid and reaches the work dir through its bind mount, so the directory
 * needs read and search rights for that uid, and every parent directory search rights.
 */
export function checkWorkDir(workDir: string, uid: number): string | undefined {
  if (!isAbsolute(workDir)) return `workDir ${workDir} must be an absolute path`;
  try {
    const st = statSync(workDir);
    if (!st.isDirectory()) return `workDir ${workDir} is not a directory`;
    if (st.uid !== uid && (st.mode & 0o005) !== 0o005) {
      return `workDir ${workDir} must be readable and searchable by the sandbox uid ${uid} (chmod 755)`;
    }
    for (let dir = dirname(workDir); ; dir = dirname(dir)) {
      const parent = statSync(dir);
      if (parent.uid !== uid && (parent.mode & 0o001) === 0) {
        return `${dir} must be searchable by the sandbox uid ${uid} to reach workDir (chmod o+x)`;
      }
      if (dir === dirname(dir)) break;
    }
  } catch (error) {
    return `workDir ${workDir}: ${(error as Error).message}`;
  }
  return undefined;
}

/**
 * Removes run groups a killed judge left behind, then runs `/usr/bin/true` in a real sandbox and
 * throws with the reason if it does not succeed.
 */
export async function selfTest(run: Sandbox['run'], cgroups: CgroupDriver): Promise<void> {
  await cgroups.removeStale();
  const workDir = mkdtempSync(join(tmpdir(), 'winterarc-sandbox-check-'));
  try {
    chmodSync(workDir, 0o755);
    const result = await run({
      command: ['/usr/bin/true'],
      workDir,
      limits: {
        cpuMs: 5000,
        wallMs: 10_000,
        memoryBytes: 256 * 1024 * 1024,
        pids: 16,
        outputBytes: 65536,
        fileBytes: 65536,
        openFiles: 64,
      },
    });
    if (result.status !== 'ok') {
      const why = result.reason ?? (result.stderrTail.trim() || `exit code ${result.exitCode}`);
      throw new Error(`The judge sandbox failed its self-test (${result.status}): ${why}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
