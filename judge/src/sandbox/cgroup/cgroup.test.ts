/**
 * The cgroup drivers against a fake cgroupfs in a temporary directory: which files they write and
 * read. (Kernel behaviour — limits enforced, counters moving — is covered by the sandbox tests on
 * the real hierarchy.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ownerTag, selfTag } from '../owner.js';
import { CgroupUnavailableError, detectCgroupDriver } from './detect.js';
import { removeAbandonedRuns } from './files.js';
import { CgroupV1Driver } from './v1.js';
import { CgroupV2Driver } from './v2.js';

let root: string;
const fakeRoot = () => {
  root = mkdtempSync(join(tmpdir(), 'winterarc-cgroup-test-'));
  return root;
};
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const read = (path: string) => readFileSync(path, 'utf8');

describe('detectCgroupDriver', () => {
  it('explains what is missing when there is no cgroup hierarchy', () => {
    fakeRoot();
    expect(() => detectCgroupDriver({ root })).toThrow(CgroupUnavailableError);
    expect(() => detectCgroupDriver({ root })).toThrow(/no cgroup v2.*mount -t cgroup2/);
  });

  it('names the v2 controllers that are not available', () => {
    write(join(fakeRoot(), 'cgroup.controllers'), 'cpu io\n');
    expect(() => detectCgroupDriver({ root })).toThrow(/lacks the memory, pids controller/);
  });

  it('picks v2 when cgroup.controllers offers memory, pids and cpu', () => {
    write(join(fakeRoot(), 'cgroup.controllers'), 'cpuset cpu io memory pids\n');
    expect(detectCgroupDriver({ root }).version).toBe('v2');
  });

  it('picks v1 when memory, pids and cpuacct are mounted per controller', () => {
    fakeRoot();
    write(join(root, 'memory', 'memory.limit_in_bytes'), '0');
    write(join(root, 'pids', 'cgroup.procs'), '');
    write(join(root, 'cpuacct', 'cpuacct.usage'), '0');
    expect(detectCgroupDriver({ root }).version).toBe('v1');
  });
});

describe('CgroupV2Driver', () => {
  it('delegates controllers, sets limits and reads peak memory, CPU and OOM kills', async () => {
    fakeRoot();
    write(join(root, 'cgroup.controllers'), 'cpu memory pids');
    write(join(root, 'cgroup.subtree_control'), '');
    write(join(root, 'winterarc', 'cgroup.subtree_control'), '');
    const run = new CgroupV2Driver(root, 'winterarc').create('run-1', { memoryBytes: 1000, pids: 7 });
    const dir = join(root, 'winterarc', 'run-1');
    expect(read(join(root, 'cgroup.subtree_control'))).toBe('+memory +pids +cpu');
    expect(read(join(dir, 'memory.max'))).toBe('1000');
    expect(read(join(dir, 'pids.max'))).toBe('7');
    expect(run.procsFiles).toEqual([join(dir, 'cgroup.procs')]);
    write(join(dir, 'cpu.stat'), 'usage_usec 1500\nuser_usec 1000\n');
    write(join(dir, 'memory.peak'), '4096\n');
    write(join(dir, 'memory.events'), 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n');
    write(join(dir, 'cgroup.procs'), '');
    write(join(dir, 'cgroup.kill'), '');
    expect(run.usage()).toEqual({ cpuNs: 1_500_000, memoryPeakBytes: 4096, oomKills: 1 });
    await run.kill();
    expect(read(join(dir, 'cgroup.kill'))).toBe('1');
  });
});

describe('CgroupV1Driver', () => {
  it('creates a group per controller, sets limits and reads the v1 counters', () => {
    fakeRoot();
    const run = new CgroupV1Driver(root, 'winterarc').create('run-1', { memoryBytes: 1000, pids: 7 });
    const dir = (c: string) => join(root, c, 'winterarc', 'run-1');
    expect(read(join(dir('memory'), 'memory.limit_in_bytes'))).toBe('1000');
    expect(read(join(dir('pids'), 'pids.max'))).toBe('7');
    expect(run.procsFiles).toEqual(['memory', 'pids', 'cpuacct'].map((c) => join(dir(c), 'cgroup.procs')));
    write(join(dir('cpuacct'), 'cpuacct.usage'), '2000000\n');
    write(join(dir('memory'), 'memory.max_usage_in_bytes'), '8192\n');
    write(join(dir('memory'), 'memory.oom_control'), 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n');
    expect(run.usage()).toEqual({ cpuNs: 2_000_000, memoryPeakBytes: 8192, oomKills: 2 });
  });
});

describe('removeAbandonedRuns', () => {
  it('removes a group whose owner is gone at once, never one whose owner lives, however old', async () => {
    fakeRoot();
    const gone = spawnSync('/usr/bin/true').pid;
    const goneTag = `${gone}-${ownerTag(process.pid)!.split('-')[1]}`;
    mkdirSync(join(root, `run-${goneTag}-1-ab12`));
    // This process's pid with another start time: a reused pid, so its owner is gone too.
    mkdirSync(join(root, `run-${process.pid}-1-2-cd34`));
    mkdirSync(join(root, `run-${selfTag()}-3-ef56`));
    expect(await removeAbandonedRuns(root, 60_000, Date.now() + 3_600_000)).toBe(2);
    expect(readdirSync(root)).toEqual([`run-${selfTag()}-3-ef56`]);
  });

  it('removes only old groups without tasks among those named the older way', async () => {
    fakeRoot();
    mkdirSync(join(root, 'run-1-2-0a0b0c0d'));
    write(join(root, 'run-2-3-0a0b0c0e', 'cgroup.procs'), '4242\n');
    mkdirSync(join(root, 'not-a-run'));
    expect(await removeAbandonedRuns(root, 60_000, Date.now() + 120_000)).toBe(1);
    expect(await removeAbandonedRuns(root, 60_000)).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['not-a-run', 'run-2-3-0a0b0c0e']);
  });

  it('leaves an older-style group that was just created', async () => {
    fakeRoot();
    mkdirSync(join(root, 'run-3-4-0a0b0c0f'));
    expect(await removeAbandonedRuns(root, 60_000)).toBe(0);
  });
});
