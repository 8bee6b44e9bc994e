/**
 * A private scratch area for one submission: `src/` holds what the judge writes (the source, harness,
 * test files) and is the sandbox's read-only /work; `out/` is a compiler's writable /out, owned by the
 * sandbox user, which later becomes the run's /work. The host never opens a file inside `out/`.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Workspace {
  src: string;
  out: string;
  /** A new read-only directory for one validator run's files, inside the workspace. */
  newCaseDir(): string;
  write(name: string, content: string | Buffer): string;
  dispose(): void;
}

export function createWorkspace(sandboxUid = 65534, sandboxGid = 65534): Workspace {
  // 0755 at every level: the sandbox user must be able to reach src/ and out/.
  const root = mkdtempSync(path.join(tmpdir(), 'winterarc-judge-'));
  const src = path.join(root, 'src');
  const out = path.join(root, 'out');
  mkdirSync(src, { mode: 0o755 });
  mkdirSync(out, { mode: 0o700 });
  chownSync(out, sandboxUid, sandboxGid);
  chmodSync(root, 0o755);
  let cases = 0;
  return {
    src,
    out,
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
    },
  };
}
