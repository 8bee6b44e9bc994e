/**
 * Failures of the judge's own side end as internal-error with a reason an operator can act on, and
 * the run's cgroups are cleaned up on every path. Uses a stand-in cgroup driver (the uid tests: the host's); bwrap is real.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeWorkDir, testLimits } from '../test/python.js';
import type { CgroupDriver, RunCgroup } from './cgroup/types.js';
import { createSandbox } from './run.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());

function standInCgroup(
  procsFiles: string[],
): RunCgroup & { kill: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> } {
  return {
    procsFiles,
    cpuNs: () => 0,
    usage: () => ({ cpuNs: 0, memoryPeakBytes: 0, oomKills: 0 }),
    kill: vi.fn(async () => {}),
    remove: vi.fn(async () => {}),
  };
}

const driverWith = (create: CgroupDriver['create']): CgroupDriver => ({
  version: 'v1',
  create,
  removeStale: async () => 0,
  pins: () => false,
});

const request = {
  command: ['/usr/bin/python3', '-I', '-S', '-B', '-c', 'print(1)'],
  workDir: work.dir,
  limits: testLimits,
};

describe('runSandboxed on the judge’s own failures', () => {
  it('says so when the run’s cgroups cannot be created', async () => {
    const sandbox = createSandbox({
      startupBaselineNs: 0, // no calibration runs through the test's fake driver
      cgroups: driverWith(() => {
        throw new Error('EACCES: permission denied, mkdir /sys/fs/cgroup/memory/winterarc');
      }),
    });
    const result = await sandbox.run(request);
    expect(result.status).toBe('internal-error');
    expect(result.reason).toMatch(/cannot create the run's cgroups: EACCES/);
  });

  it('does not run the program when the launcher cannot join a cgroup, and still cleans up', async () => {
    const cgroup = standInCgroup(['/nonexistent/cgroup.procs']);
    const sandbox = createSandbox({ cgroups: driverWith(() => cgroup), startupBaselineNs: 0 });
    const result = await sandbox.run(request);
    expect(result.status).toBe('internal-error');
    expect(result.reason).toMatch(
      /^sandbox did not start: [\s\S]*winterarc-launcher: cannot join \/nonexistent\/cgroup.procs$/,
    );
    expect(result.stdout.toString()).toBe('');
    expect(cgroup.remove).toHaveBeenCalledTimes(1);
  });

  it('reports a cleanup failure next to the verdict', async () => {
    const cgroup = standInCgroup([]);
    cgroup.remove.mockRejectedValueOnce(new Error('EBUSY: resource busy, rmdir'));
    const sandbox = createSandbox({ cgroups: driverWith(() => cgroup), startupBaselineNs: 0 });
    const result = await sandbox.run(request);
    expect(result.status).toBe('ok');
    expect(result.stdout.toString()).toBe('1\n');
    expect(result.reason).toBe('cgroup cleanup failed: EBUSY: resource busy, rmdir');
  });
});

describe('sandbox uids', () => {
  it('an exhausted pool is an internal error, and a uid is free again once its run is cleaned up', async () => {
    const sandbox = createSandbox({ uidPool: { first: 60990, count: 1 } });
    const held = sandbox.start({
      ...request,
      command: ['/usr/bin/python3', '-I', '-S', '-B', '-c', 'input()'],
    });
    const refused = await sandbox.run(request);
    expect(refused.status).toBe('internal-error');
    expect(refused.reason).toMatch(
      /no sandbox uid for the run: all 1 sandbox uids \(60990–60990\) are in use/,
    );
    held.dispose();
    await held.done;
    const ran = await sandbox.run({
      ...request,
      command: ['/usr/bin/python3', '-I', '-S', '-B', '-c', 'import os; print(os.getuid(), os.getgid())'],
    });
    expect(ran.status).toBe('ok');
    expect(ran.stdout.toString()).toBe('60990 60990\n');
  });

  it('a request for uid 0 is refused', async () => {
    const sandbox = createSandbox();
    const result = await sandbox.run({ ...request, uid: 0, gid: 0 });
    expect(result.status).toBe('internal-error');
    expect(result.reason).toMatch(/never runs as root/);
    expect(() => createSandbox({ uid: 0, gid: 0 })).toThrow(/never run as root/);
  });

  it('a fixed uid option is used by every run, as before pools', async () => {
    const sandbox = createSandbox({ uid: 65534, gid: 65534 });
    const ran = await sandbox.run({
      ...request,
      command: ['/usr/bin/python3', '-I', '-S', '-B', '-c', 'import os; print(os.getuid(), os.getgid())'],
    });
    expect(ran.stdout.toString()).toBe('65534 65534\n');
    expect(sandbox.leaseUid().uid).toBe(65534);
  });
});
