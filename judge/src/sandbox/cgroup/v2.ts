/**
 * cgroup v2: the unified hierarchy at /sys/fs/cgroup (most current hosts). Runs live in
 * `<root>/<parent>/<name>`; the parent gets the memory, pids and cpu controllers delegated.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  killListed,
  readKey,
  readNumber,
  readPids,
  readText,
  removeAbandonedRuns,
  removeDir,
  writeText,
} from './files.js';
import type { CgroupDriver, CgroupLimits, RunCgroup } from './types.js';

export const V2_CONTROLLERS = ['memory', 'pids', 'cpu'] as const;

export class CgroupV2Driver implements CgroupDriver {
  readonly version = 'v2';
  private prepared = false;

  constructor(
    private readonly root = '/sys/fs/cgroup',
    private readonly parent = 'winterarc',
  ) {}

  static available(root = '/sys/fs/cgroup'): boolean {
    return existsSync(join(root, 'cgroup.controllers'));
  }

  /** Controllers the root offers that the sandbox needs but cannot get: empty when all is well. */
  static missingControllers(root = '/sys/fs/cgroup'): string[] {
    const offered = readText(join(root, 'cgroup.controllers')).trim().split(/\s+/);
    return V2_CONTROLLERS.filter((c) => !offered.includes(c));
  }

  /** Enables the controllers for the parent and its children, once per driver. */
  private prepare(): void {
    if (this.prepared) return;
    const parentDir = join(this.root, this.parent);
    mkdirSync(parentDir, { recursive: true });
    const enable = V2_CONTROLLERS.map((c) => `+${c}`).join(' ');
    for (const dir of [this.root, parentDir]) {
      const enabled = readText(join(dir, 'cgroup.subtree_control')).trim().split(/\s+/);
      if (!V2_CONTROLLERS.every((c) => enabled.includes(c)))
        writeText(join(dir, 'cgroup.subtree_control'), enable);
    }
    this.prepared = true;
  }

  /** Not yet: runs on a v2 host are not pinned (the cpuset controller is not delegated here). */
  pins(): boolean {
    return false;
  }

  removeStale(minAgeMs = 60_000): Promise<number> {
    return removeAbandonedRuns(join(this.root, this.parent), minAgeMs);
  }

  create(name: string, limits: CgroupLimits): RunCgroup {
    this.prepare();
    const dir = join(this.root, this.parent, name);
    const run = new V2RunCgroup(dir);
    try {
      mkdirSync(dir);
      writeText(join(dir, 'memory.max'), String(limits.memoryBytes));
      if (existsSync(join(dir, 'memory.swap.max'))) writeText(join(dir, 'memory.swap.max'), '0');
      // One OOM kills the whole run, so a half-dead program does not linger until the wall timer.
      if (existsSync(join(dir, 'memory.oom.group'))) writeText(join(dir, 'memory.oom.group'), '1');
      writeText(join(dir, 'pids.max'), String(limits.pids));
    } catch (error) {
      void run.remove().catch(() => {});
      throw error;
    }
    return run;
  }
}

class V2RunCgroup implements RunCgroup {
  readonly procsFiles: readonly string[];

  constructor(private readonly dir: string) {
    this.procsFiles = [join(dir, 'cgroup.procs')];
  }

  cpuNs(): number {
    return readKey(join(this.dir, 'cpu.stat'), 'usage_usec') * 1000;
  }

  taskIds(): number[] {
    return readPids(join(this.dir, 'cgroup.threads'));
  }

  usage() {
    const peak = join(this.dir, 'memory.peak'); // Linux ≥ 5.19
    return {
      cpuNs: this.cpuNs(),
      memoryPeakBytes: existsSync(peak) ? readNumber(peak) : 0,
      oomKills: readKey(join(this.dir, 'memory.events'), 'oom_kill'),
    };
  }

  async kill(): Promise<void> {
    const killFile = join(this.dir, 'cgroup.kill'); // Linux ≥ 5.14: atomic, no fork race
    if (existsSync(killFile)) writeText(killFile, '1');
    await killListed(join(this.dir, 'cgroup.procs'));
  }

  async remove(): Promise<void> {
    await removeDir(this.dir);
  }
}
