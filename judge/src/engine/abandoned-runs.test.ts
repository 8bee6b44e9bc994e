/**
 * A judge killed with SIGKILL mid-run cannot clean up: its workspace (`/tmp/winterarc-judge-…`) and its
 * run cgroups stay behind. The next judge to start (a worker, `serve`, any createSandbox/createJudge)
 * removes them — and only them: several judges share the host, so what a live process owns is never
 * touched, however old. Tested with a real judge process, SIGKILLed while its run waits for input.
 * The judges here use a cgroup parent and a temporary directory of their own, so no other test
 * process's start-up sweep removes the leftovers before this one looks at them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCgroupDriver } from '../sandbox/cgroup/detect.js';
import { selfTag } from '../sandbox/owner.js';
import { createSandbox } from '../sandbox/run.js';
import { createJudge } from './judge.js';
import { createWorkspace } from './workspace.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const controllers = ['memory', 'pids', 'cpuacct'];
const parent = `winterarc-sweep-test-${randomBytes(4).toString('hex')}`;
const temp = mkdtempSync(path.join(tmpdir(), 'winterarc-sweep-'));
chmodSync(temp, 0o711); // the sandbox users reach the workspaces inside
afterAll(() => {
  for (const c of controllers) {
    try {
      rmdirSync(`/sys/fs/cgroup/${c}/${parent}`);
    } catch {
      // Never created (the test failed before its first run).
    }
  }
  rmSync(temp, { recursive: true, force: true });
});
/** Calls `make` with the test's own directory as the temporary directory (os.tmpdir() reads TMPDIR). */
function inTemp<T>(make: () => T): T {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  try {
    return make();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}
/** A sandbox whose run groups live under the test's own cgroup parent. */
const privateSandbox = () => createSandbox({ cgroups: detectCgroupDriver({ parent }) });
const python = ['/usr/bin/python3', '-I', '-S', '-B', '-c', 'import sys; sys.stdin.read()'];
const limits = {
  cpuMs: 5000,
  wallMs: 120_000,
  memoryBytes: 64 * 2 ** 20,
  pids: 16,
  outputBytes: 4096,
  fileBytes: 4096,
  openFiles: 64,
};

/** Run groups (in every controller) whose name says `tag` owns them. */
const groupsOf = (tag: string): string[] =>
  controllers.flatMap((c) => {
    try {
      return readdirSync(`/sys/fs/cgroup/${c}/${parent}`)
        .filter((name) => name.startsWith(`run-${tag}-`))
        .map((name) => `${c}/${name}`);
    } catch {
      return [];
    }
  });

/**
 * Another judge process: it creates a workspace and starts a sandboxed run (which waits for stdin),
 * waits until the run's program is inside its cgroup, then prints its owner tag and workspace.
 */
function judgeProcess(): { child: ChildProcess; ready: Promise<{ tag: string; workspace: string }> } {
  const script = `
    import { readdirSync, readFileSync } from 'node:fs';
    import { createSandbox } from ${JSON.stringify(path.join(here, '../sandbox/run.ts'))};
    import { detectCgroupDriver } from ${JSON.stringify(path.join(here, '../sandbox/cgroup/detect.ts'))};
    import { selfTag } from ${JSON.stringify(path.join(here, '../sandbox/owner.ts'))};
    import { createWorkspace } from ${JSON.stringify(path.join(here, 'workspace.ts'))};
    const sandbox = createSandbox({ cgroups: detectCgroupDriver({ parent: ${JSON.stringify(parent)} }) });
    const workspace = createWorkspace(sandbox.leaseUid());
    sandbox.start({ command: ${JSON.stringify(python)}, workDir: workspace.src, limits: ${JSON.stringify(limits)},
      uid: workspace.owner.uid, gid: workspace.owner.gid });
    const tag = selfTag();
    const running = () => { try { return readdirSync('/sys/fs/cgroup/pids/${parent}').some((name) => name.startsWith('run-' + tag + '-')
      && readFileSync('/sys/fs/cgroup/pids/${parent}/' + name + '/cgroup.procs', 'utf8').trim() !== ''); } catch { return false; } };
    const poll = setInterval(() => {
      if (!running()) return;
      clearInterval(poll);
      console.log(JSON.stringify({ tag, workspace: workspace.src.replace(/\\/src$/, '') }));
    }, 20);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TMPDIR: temp },
  });
  const ready = new Promise<{ tag: string; workspace: string }>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
    child.once('exit', (code) =>
      reject(new Error(`the judge process exited with ${code} before its run started`)),
    );
  });
  return { child, ready };
}

describe('a judge start sweeps what a killed judge left', () => {
  it('removes the workspace and run cgroups of a SIGKILLed judge, and nothing of a live one', {
    timeout: 60_000,
  }, async () => {
    const other = judgeProcess();
    const { tag, workspace } = await other.ready;
    const exited = new Promise((resolve) => other.child.once('exit', resolve));
    other.child.kill('SIGKILL');
    await exited;
    expect(existsSync(workspace)).toBe(true);
    expect(groupsOf(tag)).toHaveLength(controllers.length);

    // This process is a live judge with a workspace and a run in progress: both must survive.
    const sandbox = privateSandbox();
    const mine = inTemp(() => createWorkspace(sandbox.leaseUid()));
    expect(path.dirname(mine.src).startsWith(temp)).toBe(true);
    const live = sandbox.start({
      command: python,
      workDir: mine.src,
      limits,
      uid: mine.owner.uid,
      gid: mine.owner.gid,
    });
    try {
      const ourGroups = groupsOf(selfTag()).length;
      expect(ourGroups).toBeGreaterThanOrEqual(controllers.length);

      const next = privateSandbox();
      expect(await next.swept).toBe(controllers.length);
      const judge = inTemp(() => createJudge(next));
      await judge.close();

      expect(existsSync(workspace)).toBe(false);
      expect(groupsOf(tag)).toEqual([]);
      expect(existsSync(mine.src)).toBe(true);
      expect(groupsOf(selfTag()).length).toBe(ourGroups);
      expect(live.ended).toBe(false);
    } finally {
      live.dispose();
      await live.done;
      mine.dispose();
    }
  });
});
