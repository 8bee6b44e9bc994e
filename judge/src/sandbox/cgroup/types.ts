/** What the sandbox needs from cgroups, whichever version the host runs. */

export interface CgroupLimits {
  /** Hard memory limit (RAM; swap is disabled for the group where the host allows it). */
  memoryBytes: number;
  /** Maximum number of tasks (processes and threads) alive at once. */
  pids: number;
  /** Pin every task to this CPU (cpuset), where the driver can; see {@link CgroupDriver.pins}. */
  cpu?: number;
}

export interface CgroupUsage {
  /** CPU time of every task that ever ran in the group, user + system. */
  cpuNs: number;
  /** Highest memory charge seen (0 when the kernel cannot tell). */
  memoryPeakBytes: number;
  /** Times the kernel's OOM killer killed a task of the group. */
  oomKills: number;
}

/** The cgroups of one run. Every method may be called after the others failed. */
export interface RunCgroup {
  /** `cgroup.procs` files a process writes its pid into to join the run (one per v1 controller). */
  readonly procsFiles: readonly string[];
  /** CPU time so far, cheap enough to poll every few milliseconds. */
  cpuNs(): number;
  /** The thread ids (host tids) in the group now; empty when gone. Optional for test doubles. */
  taskIds?(): number[];
  usage(): CgroupUsage;
  /** SIGKILLs every task in the group and returns when none is left (or throws after a while). */
  kill(): Promise<void>;
  /** Removes the group's directories; safe to call twice. */
  remove(): Promise<void>;
}

export interface CgroupDriver {
  readonly version: 'v1' | 'v2';
  /** True when `limits.cpu` pins a run (the host has a usable cpuset controller). */
  pins(): boolean;
  /** Creates the cgroups of one run with its limits; `name` must be unique among live runs. */
  create(name: string, limits: CgroupLimits): RunCgroup;
  /**
   * Removes the run groups a judge killed mid-run left behind (their owner process is gone; groups of
   * the older naming: empty and older than `minAgeMs`); returns how many.
   */
  removeStale(minAgeMs?: number): Promise<number>;
}
