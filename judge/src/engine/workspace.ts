/**
 * A private scratch area for one submission: `src/` holds what the judge writes (the source, harness,
 * test files) and is the sandbox's read-only /work; `out/` is a compiler's writable /out, owned by the
 * workspace's sandbox identity, which later becomes the run's /work. The host never opens a file
 * inside `out/`. Every run that uses the workspace runs as that identity ({@link Workspace.owner}):
 * a uid leased for this workspace alone (see `Sandbox.leaseUid`), released when it is disposed.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UidLease } from '../sandbox/uids.js';

export interface Workspace {
  src: string;
  out: string;
  /** The uid and gid every run on this workspace's files uses (`uid`/`gid` of its requests). */
  readonly owner: { readonly uid: number; readonly gid: number };
  /** A new read-only directory for one validator run's files, inside the workspace. */
  newCaseDir(): string;
  write(name: string, content: string | Buffer): string;
  dispose(): void;
}

/** Takes over `lease`: {@link Workspace.dispose} releases it (also if this throws). */
export function createWorkspace(lease: UidLease): Workspace {
  let root: string;
  try {
    // 0755 at every level: the sandbox user must be able to reach src/ and out/.
    root = mkdtempSync(path.join(tmpdir(), 'winterarc-judge-'));
  } catch (error) {
    lease.release();
    throw error;
  }
  const src = path.join(root, 'src');
  const out = path.join(root, 'out');
  try {
    mkdirSync(src, { mode: 0o755 });
    mkdirSync(out, { mode: 0o700 });
    chownSync(out, lease.uid, lease.gid);
    chmodSync(root, 0o755);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    lease.release();
    throw error;
  }
  let cases = 0;
  return {
    src,
    out,
    owner: { uid: lease.uid, gid: lease.gid },
    newCaseDir() {
      cases += 1;
      const dir = path.join(root, `case-${cases}`);
      mkdirSync(dir, { mode: 0o755 });
      return dir;
    },
    write(name, content) {
      const file = path.join(src, name);
      writeFileSync(file, content, { mode: 0o644 });
      return file;
    },
    dispose() {
      // fs.rm does not follow symlinks: whatever the compiler planted in out/ is unlinked, not chased.
      rmSync(root, { recursive: true, force: true });
      // The runs are over (their processes gone with their cgroups): the uid may serve another.
      lease.release();
    },
  };
}
