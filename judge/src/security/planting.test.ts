/**
 * Planted links for the host to follow (the Judge0 CVE-2024-28185 / CVE-2024-28189 pattern): a run with
 * a writable /out (a compiler's output dir, a validator's feedback dir) plants symlinks, FIFOs and
 * hardlinks there; the host's readers must not follow them. Sandbox level (runSandboxed with
 * outputDir), because no submission can make the compiler write anything but its own output: what
 * the host reads back is the output validator's judgemessage.txt (readPlantedFile) and what it
 * deletes is the workspace (Workspace.dispose).
 */
import { existsSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlantedFile } from '../engine/output-validator.js';
import { createWorkspace, type Workspace } from '../engine/workspace.js';
import { makeWorkDir, PYTHON, testLimits } from '../test/python.js';
import { leftoverCgroups, sandbox } from './harness.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());

/** Runs `code` with the workspace's out/ as /out, as the workspace's uid (which owns it). */
async function plant(workspace: Workspace, code: string): Promise<string> {
  const result = await sandbox.run({
    command: [PYTHON, '-I', '-S', '-B', '-c', code],
    workDir: work.dir,
    outputDir: workspace.out,
    limits: testLimits,
    uid: workspace.owner.uid,
    gid: workspace.owner.gid,
  });
  expect(result.stderrTail).toBe('');
  expect(result.status).toBe('ok');
  expect(leftoverCgroups()).toEqual([]);
  return result.stdout.toString('utf8');
}

describe('links planted in /out', () => {
  it('judgemessage.txt → /etc/shadow, or a FIFO: readPlantedFile returns nothing and does not block', {
    timeout: 15_000,
  }, async () => {
    const workspace = createWorkspace(sandbox.leaseUid());
    try {
      const out = await plant(
        workspace,
        'import os\nos.symlink("/etc/shadow", "/out/judgemessage.txt")\nos.symlink("/work", "/out/dir")\nos.mkfifo("/out/fifo")\nprint("planted")',
      );
      expect(out).toBe('planted\n');
      const planted = join(workspace.out, 'judgemessage.txt');
      expect(lstatSync(planted).isSymbolicLink()).toBe(true);
      expect(readPlantedFile(planted)).toBeUndefined();
      expect(readPlantedFile(join(workspace.out, 'fifo'))).toBeUndefined();
    } finally {
      workspace.dispose();
    }
  });

  it('hardlinks to /etc/passwd, a setuid binary or the read-only /work fail (ENOENT, EXDEV)', {
    timeout: 15_000,
  }, async () => {
    writeFileSync(join(work.dir, 'input.txt'), 'judge data\n');
    const workspace = createWorkspace(sandbox.leaseUid());
    try {
      const code = [
        'import os',
        'for source in ["/etc/passwd", "/usr/bin/su", "/work/input.txt"]:',
        '    try:',
        '        os.link(source, "/out/x")',
        '        print(source, "linked")',
        '    except OSError as e:',
        '        print(source, e.errno)',
      ].join('\n');
      // /etc does not exist inside; the others are on other mounts (link() never crosses a mount).
      expect(await plant(workspace, code)).toBe('/etc/passwd 2\n/usr/bin/su 18\n/work/input.txt 18\n');
      expect(existsSync(join(workspace.out, 'x'))).toBe(false);
    } finally {
      workspace.dispose();
    }
  });

  it('disposing the workspace unlinks a planted link to a host directory instead of emptying it', {
    timeout: 15_000,
  }, async () => {
    const victim = mkdtempSync(join(tmpdir(), 'winterarc-victim-'));
    writeFileSync(join(victim, 'keep.txt'), 'host data');
    const workspace = createWorkspace(sandbox.leaseUid());
    try {
      const out = await plant(
        workspace,
        `import os\nos.symlink(${JSON.stringify(victim)}, "/out/victim")\nos.mkdir("/out/d")\nos.symlink(${JSON.stringify(victim)}, "/out/d/victim")\nprint("planted")`,
      );
      expect(out).toBe('planted\n');
      workspace.dispose();
      expect(existsSync(workspace.out)).toBe(false);
      expect(existsSync(join(victim, 'keep.txt'))).toBe(true);
    } finally {
      workspace.dispose();
      rmSync(victim, { recursive: true, force: true });
    }
  });
});
