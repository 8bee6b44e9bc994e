/** Per-run resource limits and their validation. */

export interface SandboxLimits {
  /** CPU time of all the run's processes together (cgroup accounting), in ms. */
  cpuMs: number;
  /** Wall-clock time from start to exit, in ms (catches sleepers and programs blocked on input). */
  wallMs: number;
  /** Memory of all the run's processes together, including files written to its /tmp. */
  memoryBytes: number;
  /** Processes and threads alive at once. Node needs at least 8, the JVM more. */
  pids: number;
  /**
   * Bytes kept from stdout; one more and the run is killed at once as output-limit (Output Limit
   * Exceeded). stderr is not capped: only its tail is kept (`stderrTailBytes`), the rest discarded.
   */
  outputBytes: number;
  /** Largest file the program may write (RLIMIT_FSIZE). */
  fileBytes: number;
  /** Open file descriptors (RLIMIT_NOFILE). */
  openFiles: number;
  /** Size of the private /tmp; defaults to `fileBytes`. */
  tmpBytes?: number;
  /**
   * A private, writable /dev/shm of this size (POSIX semaphores, shared memory); absent: /dev/shm is
   * read-only. Its pages count against `memoryBytes` like any memory of the run.
   */
  shmBytes?: number;
}

/** Throws a TypeError naming the first limit that is not a positive safe integer. */
export function validateLimits(limits: SandboxLimits): void {
  for (const key of [
    'cpuMs',
    'wallMs',
    'memoryBytes',
    'pids',
    'outputBytes',
    'fileBytes',
    'openFiles',
    'tmpBytes',
    'shmBytes',
  ] as const) {
    const value = limits[key];
    if (value === undefined && (key === 'tmpBytes' || key === 'shmBytes')) continue;
    if (!Number.isSafeInteger(value) || (value as number) <= 0) {
      throw new TypeError(`sandbox limit ${key} must be a positive integer, got ${String(value)}`);
    }
  }
}
