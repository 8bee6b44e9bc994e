/**
 * cgroup v1: one hierarchy per controller under /sys/fs/cgroup/<controller> (these machines).
 * Runs live in `<controller>/<parent>/<name>` for memory, pids and cpuacct.
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

export const V1_CONTROLLERS = ['memory', 'pids', 'cpuacct'] as const;

export class CgroupV1Driver implements CgroupDriver {
  readonly version = 'v1';

  /** @param root where the controllers are mounted; @param parent the judge's group inside each. */
  constructor(
    private readonly root = '/sys/fs/cgroup',
    private readonly parent = 'winterarc',
  ) {}

  /** Whether this host mounts the three v1 controllers where this driver looks. */
  static available(root = '/sys/fs/cgroup'): boolean {
    return (
      existsSync(join(root, 'memory', 'memory.limit_in_bytes')) &&
      existsSync(join(root, 'pids', 'cgroup.procs')) &&
      existsSync(join(root, 'cpuacct', 'cpuacct.usage'))
    );
  }

  async removeStale(minAgeMs = 60_000): Promise<number> {
    let removed = 0;
    for (const c of [...V1_CONTROLLERS, 'cpuset'])
      removed += await removeAbandonedRuns(join(this.root, c, this.parent), minAgeMs);
    return removed;
  }

  private cpusetParent: string | null | undefined;

  /**
   * The judge's cpuset group, made ready once: a new v1 cpuset has no CPUs and no memory nodes, so
   * it gets the root's. Null when the host mounts no cpuset controller (runs are then not pinned).
   */
  private cpuset(): string | null {
    if (this.cpusetParent !== undefined) return this.cpusetParent;
    const root = join(this.root, 'cpuset');
    if (!existsSync(join(root, 'cpuset.cpus'))) {
      this.cpusetParent = null;
      return null;
    }
    const parent = join(root, this.parent);
    mkdirSync(parent, { recursive: true });
    for (const file of ['cpuset.cpus', 'cpuset.mems']) {
      if (readText(join(parent, file)).trim() === '')
        writeText(join(parent, file), readText(join(root, file)).trim());
    }
    this.cpusetParent = parent;
    return parent;
  }

  pins(): boolean {
    try {
      return this.cpuset() !== null;
    } catch {
      return false;
    }
  }

  create(name: string, limits: CgroupLimits): RunCgroup {
    const dirs: V1Dirs = {
      memory: join(this.root, 'memory', this.parent, name),
      pids: join(this.root, 'pids', this.parent, name),
      cpuacct: join(this.root, 'cpuacct', this.parent, name),
    };
    const cpusetParent = limits.cpu === undefined ? null : this.cpuset();
    if (cpusetParent !== null) dirs.cpuset = join(cpusetParent, name);
    const run = new V1RunCgroup(dirs);
    try {
      for (const dir of Object.values(dirs)) {
        mkdirSync(join(dir, '..'), { recursive: true });
        // Not recursive: a leftover group of the same name would bring stale counters.
        mkdirSync(dir);
      }
      if (dirs.cpuset !== undefined && cpusetParent !== null) {
        writeText(join(dirs.cpuset, 'cpuset.mems'), readText(join(cpusetParent, 'cpuset.mems')).trim());
        writeText(join(dirs.cpuset, 'cpuset.cpus'), String(limits.cpu));
      }
      writeText(join(dirs.memory, 'memory.limit_in_bytes'), String(limits.memoryBytes));
      // Without swap accounting the file is missing; with it, RAM + swap gets the same cap (no swap).
      const memsw = join(dirs.memory, 'memory.memsw.limit_in_bytes');
      if (existsSync(memsw)) writeText(memsw, String(limits.memoryBytes));
      writeText(join(dirs.pids, 'pids.max'), String(limits.pids));
    } catch (error) {
      void run.remove().catch(() => {});
      throw error;
    }
    return run;
  }
}

interface V1Dirs {
  memory: string;
  pids: string;
  cpuacct: string;
  /** Only for a pinned run. */
  cpuset?: string;
}

class V1RunCgroup implements RunCgroup {
  readonly procsFiles: readonly string[];

  constructor(private readonly dirs: V1Dirs) {
    this.procsFiles = Object.values(dirs).map((dir) => join(dir, 'cgroup.procs'));
  }

  cpuNs(): number {
    return readNumber(join(this.dirs.cpuacct, 'cpuacct.usage'));
  }

  taskIds(): number[] {
    return readPids(join(this.dirs.pids, 'tasks'));
  }

  usage() {
    return {
      cpuNs: this.cpuNs(),
      memoryPeakBytes: readNumber(join(this.dirs.memory, 'memory.max_usage_in_bytes')),
      // memory.failcnt stays 0 at the limit on current kernels; oom_kill is what counts.
      oomKills: readKey(join(this.dirs.memory, 'memory.oom_control'), 'oom_kill'),
    };
  }

  async kill(): Promise<void> {
    // Every task of a run is in all three groups; the pids group lists them all.
    await killListed(join(this.dirs.pids, 'cgroup.procs'));
  }

  async remove(): Promise<void> {
    const failures: unknown[] = [];
    for (const dir of Object.values(this.dirs)) {
      await removeDir(dir).catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw failures[0];
  }
}
