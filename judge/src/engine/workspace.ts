/**
 * A private scratch area for one submission: `src/` holds what the judge writes (the source, harness,
 * test files) and is the sandbox's read-only /work; `out/` is a compiler's writable /out, owned by the
 * workspace's sandbox identity, which later becomes the run's /work. The host never opens a file
 * inside `out/`. Every run that uses the workspace runs as that identity ({@link Workspace.owner}):
 * a uid leased for this workspace alone (see `Sandbox.leaseUid`), released when it is disposed.
 */
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ownerAlive, selfTag } from '../sandbox/owner.js';
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

/** A workspace's name: `winterarc-judge-<owner pid>-<owner start time>-<6 random characters>`. */
const workspaceName = /^winterarc-judge-(\d+-\d+)-[A-Za-z0-9]{6}$/;

/**
 * Removes the workspaces in `dir` (default: the temporary directory) whose owner process is gone — a
 * judge killed mid-submission (SIGKILL) never disposes of its own. A live owner's are never touched,
 * whatever their age (several judges share the host), nor anything not ours (a name in another form,
 * another user's, a symlink). Returns how many were removed.
 */
export function removeAbandonedWorkspaces(dir = tmpdir()): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const euid = process.geteuid?.() ?? 0;
  let removed = 0;
  for (const name of names) {
    const owner = workspaceName.exec(name)?.[1];
    if (owner === undefined || ownerAlive(owner)) continue;
    const root = path.join(dir, name);
    try {
      const st = lstatSync(root);
      if (!st.isDirectory() || st.uid !== euid) continue;
      // fs.rm does not follow symlinks: whatever a run planted in out/ is unlinked, not chased.
      rmSync(root, { recursive: true, force: true });
      removed += 1;
    } catch {
      // Gone meanwhile (another judge swept it): nothing to do.
    }
  }
  return removed;
}

/** Takes over `lease`: {@link Workspace.dispose} releases it (also if this throws). */
export function createWorkspace(lease: UidLease): Workspace {
  let root: string;
  try {
    // Named with its owner, so a judge started after this one was killed can sweep it.
    root = mkdtempSync(path.join(tmpdir(), `winterarc-judge-${selfTag()}-`));
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
    // Search only (0711): the sandbox user reaches src/ and out/, nobody lists the workspace.
    chmodSync(root, 0o711);
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
      // Search only: a validator reaches its feedback dir and test data copies, which are its own.
      mkdirSync(dir, { mode: 0o711 });
      chmodSync(dir, 0o711);
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

/**
 * Writes a file at a relative path of the workspace's source directory, making its directories
 * (readable by the run's uid): a program of several files, a test suite's files.
 */
export function writeWorkspaceFile(workspace: Workspace, relative: string, content: string | Buffer): void {
  const parts = relative.split('/');
  for (let depth = 1; depth < parts.length; depth += 1)
    mkdirSync(path.join(workspace.src, ...parts.slice(0, depth)), { recursive: true, mode: 0o755 });
  workspace.write(relative, content);
}
