/** What a sandboxed run returns, and how its status is decided from counters, timers and exit. */
import { constants } from 'node:os';
import type { SandboxLimits } from './limits.js';

export type SandboxStatus =
  | 'ok'
  | 'time-limit'
  | 'memory-limit'
  | 'output-limit'
  | 'runtime-error'
  | 'internal-error';

export interface SandboxResult {
  status: SandboxStatus;
  /** The program's exit code; for a program killed by signal N, bwrap reports 128 + N. Null if killed by the judge. */
  exitCode: number | null;
  /** The signal that ended the program, when one did (derived from bwrap's 128 + N, or the judge's own SIGKILL). */
  signal: NodeJS.Signals | null;
  /**
   * CPU time of all the run's processes (cgroup accounting), less the sandbox's own start-up (a
   * baseline measured once per sandbox, see startup-baseline.ts): the program's time, from its exec.
   */
  cpuMs: number;
  /** The same in ns, unrounded (for statistics over runs). */
  cpuNs?: number;
  wallMs: number;
  /** Peak memory charge of the run. */
  memoryBytes: number;
  /** What the program wrote to stdout, at most `limits.outputBytes`. */
  stdout: Buffer;
  /** The end of what the program wrote to stderr. */
  stderrTail: string;
  /** Why, for statuses other than ok and runtime-error (and for internal errors, what an operator can do). */
  reason?: string;
}

/** The run as the runner saw it, before it is classified. */
export interface RunObservation {
  /** bwrap reported the program started (its `child-pid` status line). */
  started: boolean;
  killedFor?: 'time-limit' | 'output-limit';
  /** Why the judge killed it, in words (which limit, by how much). */
  killReason?: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  cpuMs: number;
  wallMs: number;
  oomKills: number;
  /** stderr matched the request's `outOfMemoryPattern` (a runtime that hit its own heap limit). */
  runtimeOutOfMemory?: boolean;
  stderrTail: string;
}

/** Signal numbers to names; the first name of each number wins (SIGABRT, not its alias SIGIOT). */
const signalNames = new Map<number, NodeJS.Signals>();
for (const [name, n] of Object.entries(constants.signals))
  if (!signalNames.has(n)) signalNames.set(n, name as NodeJS.Signals);

/** bwrap exits with 128 + N when the program dies of signal N, like a shell. */
export function signalFromExitCode(exitCode: number | null): NodeJS.Signals | null {
  if (exitCode === null || exitCode <= 128) return null;
  return signalNames.get(exitCode - 128) ?? null;
}

/**
 * The status, in order of precedence: the judge's own kills, then the cgroup's counters and timers,
 * then the exit. Exit codes alone are never trusted for limits: runtimes ignore SIGXCPU or turn an OOM
 * into exit codes of their own.
 */
export function classify(
  run: RunObservation,
  limits: SandboxLimits,
): { status: SandboxStatus; reason?: string } {
  if (!run.started && run.killedFor === undefined) {
    const hint = run.oomKills > 0 ? ' (the memory limit is too low for the sandbox to start)' : '';
    return {
      status: 'internal-error',
      reason: `sandbox did not start${hint}: ${run.stderrTail.trim() || 'no message'}`,
    };
  }
  if (run.killedFor === 'output-limit')
    return { status: 'output-limit', reason: run.killReason ?? 'output limit' };
  if (run.oomKills > 0)
    return { status: 'memory-limit', reason: `memory over ${limits.memoryBytes} bytes (OOM kill)` };
  if (run.killedFor === 'time-limit') return { status: 'time-limit', reason: run.killReason ?? 'time limit' };
  // V8 does not see the cgroup limit: it gets --max-old-space-size below it, and aborts (as SIGSEGV or
  // SIGABRT) with its own message when the heap is full. Memory, not a crash.
  if (run.runtimeOutOfMemory === true && run.exitCode !== 0) {
    return { status: 'memory-limit', reason: 'the runtime ran out of its heap limit' };
  }
  if (run.cpuMs > limits.cpuMs)
    return { status: 'time-limit', reason: `CPU time ${run.cpuMs} ms over ${limits.cpuMs} ms` };
  if (run.wallMs > limits.wallMs)
    return { status: 'time-limit', reason: `wall time ${run.wallMs} ms over ${limits.wallMs} ms` };
  const signal = run.signal ?? signalFromExitCode(run.exitCode);
  // RLIMIT_FSIZE: SIGXFSZ kills the program, unless it ignores SIGXFSZ (Python does) and the write fails
  // with EFBIG, which such runtimes report as "File too large" before exiting non-zero.
  if (signal === 'SIGXFSZ' || (run.exitCode !== 0 && /File too large|EFBIG/.test(run.stderrTail))) {
    return { status: 'output-limit', reason: `a file over ${limits.fileBytes} bytes` };
  }
  if (run.exitCode !== 0 || run.signal !== null) return { status: 'runtime-error' };
  return { status: 'ok' };
}
