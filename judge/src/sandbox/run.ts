/**
 * Runs one untrusted command in a fresh sandbox and classifies how it ended. Results come out only
 * through pipes (stdout, stderr, bwrap's status): nothing is read back from paths the program could
 * have replaced with a symlink.
 */
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import { detectCgroupDriver } from './cgroup/detect.js';
import type { CgroupDriver } from './cgroup/types.js';
import { processCoreGate } from './cores.js';
import { DEFAULT_HOST_TOOLS, type HostTools, hostProblems } from './host.js';
import type { ReadOnlyBind } from './launcher.js';
import { type SandboxLimits, validateLimits } from './limits.js';
import { selfTest } from './preflight.js';
import type { SandboxResult } from './result.js';
import { runOnce } from './run-once.js';
import { sandboxSeccompProgram } from './seccomp/filter.js';
import { createStartupBaseline } from './startup-baseline.js';
import type { Link, Settings } from './supervise.js';
import { createUidPool, DEFAULT_UID_POOL, sharedIdentity, type UidLease } from './uids.js';

export interface SandboxRequest {
  /** Absolute path of the program (inside the sandbox: /usr/… or /work/…) and its arguments. */
  command: string[];
  /** Host directory mounted read-only at /work; it and its parents must be readable by the sandbox uid. */
  workDir: string;
  /**
   * Host directory mounted read-write at /out, for a compiler's output. The host never reads files
   * from it (the compiler may have planted symlinks): it only becomes the next run's read-only /work.
   */
  outputDir?: string;
  /** Host directories bound read-only at the same path inside (e.g. /etc/java-17-openjdk for javac). */
  readOnlyBinds?: readonly ReadOnlyBind[];
  /**
   * Bytes fed to stdin, or a host file the judge reads and feeds; none means /dev/null. Either way the
   * program's fd 0 is a pipe (a socket), never the file itself: reopening `/proc/self/fd/0` for
   * writing must not reach the test data, whatever the file's mode.
   */
  stdin?: Buffer | { path: string };
  limits: SandboxLimits;
  /**
   * What the runtime prints on stderr when it exhausts a heap limit of its own (V8's
   * `--max-old-space-size`: /JavaScript heap out of memory/). A failing run whose stderr matches is
   * memory-limit. The program could print it itself; it would only trade one failure for another.
   */
  outOfMemoryPattern?: RegExp;
  /**
   * The uid and gid to run as (both or neither), e.g. a {@link Sandbox.leaseUid} lease held for
   * every step of one submission so its steps can read what the earlier ones wrote. Without them the
   * run gets an identity of its own from the sandbox's pool, released once it is cleaned up.
   */
  uid?: number;
  gid?: number;
  /**
   * A judged program whose time is reported (a submission on a test): it waits for a CPU of its own
   * (never more timed runs at once than this process may use CPUs) and is pinned to it where the
   * cgroup driver can ({@link CgroupDriver.pins}). The wall timer starts once it has the CPU.
   * Ignored by {@link Sandbox.start} (a pooled run would hold its CPU while idle).
   */
  timed?: boolean;
}

export interface SandboxOptions {
  /** Default: detected from the host (v2, else v1). */
  cgroups?: CgroupDriver;
  tools?: HostTools;
  /**
   * One fixed unprivileged uid and gid that every run drops to (e.g. 65534, nobody). Concurrent runs
   * then share the kernel's per-uid counters (pipe buffers, pending signals, message queues): leave
   * it unset to give each run (or each leased submission) its own identity from {@link uidPool}.
   */
  uid?: number;
  gid?: number;
  /**
   * The identities runs get when `uid` is unset: uid = gid = `first` … `first + count - 1`
   * (default 60000 … 60999). Each live run or lease holds one, exclusively across the host's judge
   * processes through lease files in `leaseDir` (default /run/winterarc/uids: give every process on
   * the host the same one); more at once is an internal error.
   */
  uidPool?: { first: number; count: number; leaseDir?: string };
  /** How much of stderr to keep (default 4 KiB). */
  stderrTailBytes?: number;
  /** How often the run's CPU time is read from its cgroup (default 10 ms). */
  cpuPollMs?: number;
  /**
   * The sandbox's own start-up CPU time to subtract from every run's, in ns. Default: measured on
   * first use (the median of 7 runs of /usr/bin/true in this sandbox); 0 subtracts nothing.
   */
  startupBaselineNs?: number;
}

/** How two connected runs ended ({@link Sandbox.runInteractive}). */
export interface InteractiveResult {
  submission: SandboxResult;
  validator: SandboxResult;
  /** Which of the two exited first (the other may have ended because its pipe closed). */
  firstToExit: 'submission' | 'validator';
}

/**
 * A sandbox started before its input is known ({@link Sandbox.start}): the program runs (e.g. an
 * interpreter imports its modules) and then blocks reading stdin until {@link feed} is called.
 */
export interface StartedRun {
  /**
   * Writes `stdin` (then EOF) and returns the run's result. The wall timer starts now; CPU time and
   * peak memory count from the start, so the interpreter's start-up is charged to the run exactly as
   * in {@link Sandbox.run} and results do not depend on whether the run was started early. Only one
   * call is allowed; if the program already ended, its result is returned as it is.
   */
  feed(stdin: Buffer): Promise<SandboxResult>;
  /** Kills the run if it was not fed; {@link done} settles once its cgroups are removed. */
  dispose(): void;
  /** Settles when the run is over and cleaned up (whether fed, disposed or ended on its own). */
  readonly done: Promise<SandboxResult>;
  /** True once the program has exited (a pooled run that ended while idle must not be used). */
  readonly ended: boolean;
}

export interface Sandbox {
  /**
   * The start-up sweep: resolves with how many run cgroups left by judges that died mid-run (their
   * owner process is gone) were removed, with their leftover tasks killed. Never rejects.
   */
  readonly swept: Promise<number>;
  run(request: SandboxRequest): Promise<SandboxResult>;
  /**
   * Starts `request` now and returns a handle whose {@link StartedRun.feed} gives the stdin later
   * (`request.stdin` must be unset). Until it is fed, the run has no wall timer: the caller must feed
   * or dispose it. Used by a warm pool so a verdict need not wait for interpreter start-up.
   */
  start(request: SandboxRequest): StartedRun;
  /**
   * Runs two programs at once, each in its own sandbox and cgroups, talking through pipes (Kattis
   * interactive problems): the submission's stdout is the validator's stdin and the validator's stdout
   * is the submission's stdin. Neither request may give `stdin`; neither result has `stdout` (what a
   * side writes is passed on, and counted against its own `outputBytes`). When one side exits, the
   * other reads EOF. After the validator exits, the submission's writes fail (EPIPE, ECONNRESET)
   * rather than block; after the submission exits, what the validator still writes (its last reply)
   * is read and dropped, so a validator is never failed by a submission that left early.
   */
  runInteractive(submission: SandboxRequest, validator: SandboxRequest): Promise<InteractiveResult>;
  /**
   * Start-up check for a worker or `judge doctor`: removes run groups a killed judge left behind,
   * then runs `/usr/bin/true` in a real sandbox and throws with the reason if it does not succeed.
   */
  check(): Promise<void>;
  /**
   * An identity of its own for a caller that makes several runs share files (a compiler's /out read
   * by the next run), to pass as `uid`/`gid` in each request and to release when they are all done
   * and cleaned up. Throws when the pool is exhausted. With a fixed `uid` option, always that one.
   */
  leaseUid(): UidLease;
}

/**
 * Checks the host once and returns a sandbox; throws an Error listing everything that is missing
 * (tools, root, cgroups) with the fix for each.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const tools = options.tools ?? DEFAULT_HOST_TOOLS;
  const problems = hostProblems(tools);
  let cgroups = options.cgroups;
  if (cgroups === undefined) {
    try {
      cgroups = detectCgroupDriver();
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0 || cgroups === undefined) {
    throw new Error(`The judge sandbox cannot run on this host:\n- ${problems.join('\n- ')}`);
  }
  const seccomp = sandboxSeccompProgram();
  if ((options.uid === undefined) !== (options.gid === undefined))
    throw new TypeError('give both uid and gid, or neither');
  if (options.uid !== undefined && options.uidPool !== undefined)
    throw new TypeError('give either a fixed uid and gid or a uidPool, not both');
  if (options.uid === 0 || options.gid === 0) throw new TypeError('sandboxed runs never run as root');
  const pool: NonNullable<SandboxOptions['uidPool']> = options.uidPool ?? DEFAULT_UID_POOL;
  const uids =
    options.uid !== undefined && options.gid !== undefined
      ? sharedIdentity(options.uid, options.gid)
      : createUidPool(pool.first, pool.count, pool.leaseDir === undefined ? {} : { leaseDir: pool.leaseDir });
  const settings: Settings = {
    cgroups,
    tools,
    seccomp,
    uids,
    stderrTailBytes: options.stderrTailBytes ?? 4096,
    cpuPollMs: options.cpuPollMs ?? 10,
    cores: processCoreGate(),
    startup: createStartupBaseline(
      (request) => runOnce(request, settings, undefined, undefined, { calibrating: true }),
      options.startupBaselineNs,
    ),
  };
  const run = async (request: SandboxRequest) => {
    const core = request.timed === true ? await settings.cores.acquire() : undefined;
    return runOnce(request, settings, undefined, undefined, core === undefined ? {} : { core });
  };
  // A judge killed mid-run (SIGKILL, OOM) leaves its run groups behind: every start sweeps them.
  const driver = cgroups;
  const swept = driver.removeStale().catch(() => 0);
  return {
    swept,
    run,
    start: (request) => startRun(request, settings),
    runInteractive: (submission, validator) => runInteractive(submission, validator, settings),
    check: () => selfTest(run, cgroups),
    leaseUid: () => uids.lease(),
  };
}

let defaultSandbox: Sandbox | undefined;

/** {@link createSandbox} with the defaults, created on first use. */
export function runSandboxed(request: SandboxRequest): Promise<SandboxResult> {
  defaultSandbox ??= createSandbox();
  return defaultSandbox.run(request);
}

function startRun(request: SandboxRequest, settings: Settings): StartedRun {
  if (request.stdin !== undefined) throw new TypeError('a started run takes its stdin from feed()');
  let feedRun: ((stdin: Buffer) => void) | undefined;
  let abortRun: (() => void) | undefined;
  let fed = false;
  let ended = false;
  // runOnce spawns the launcher synchronously (or fails before spawning), so attach has run, if it
  // ever will, by the time runOnce returns its promise.
  const done = runOnce(request, settings, undefined, {
    attach: (feed, abort) => {
      feedRun = feed;
      abortRun = abort;
    },
    exited: () => {
      ended = true;
    },
  });
  const over = () => {
    ended = true;
  };
  void done.then(over, over);
  return {
    feed(stdin) {
      if (fed) throw new Error('a started run can be fed only once');
      fed = true;
      if (!ended) feedRun?.(stdin);
      return done;
    },
    dispose() {
      if (!fed && !ended) abortRun?.();
    },
    done,
    get ended() {
      return ended;
    },
  };
}

type Side = 'submission' | 'validator';

async function runInteractive(
  submission: SandboxRequest,
  validator: SandboxRequest,
  settings: Settings,
): Promise<InteractiveResult> {
  for (const request of [submission, validator]) {
    if (request.stdin !== undefined) throw new TypeError('connected runs take their stdin from each other');
    validateLimits(request.limits);
  }
  // Taken before either side starts: both launchers must be spawned synchronously below.
  const core = submission.timed === true ? await settings.cores.acquire() : undefined;
  const ends: Partial<Record<Side, { stdin: Writable; stdout: Readable }>> = {};
  const exitedAt: Partial<Record<Side, number>> = {};
  const linkFor = (side: Side): Link => ({
    attach: (stdin, stdout) => {
      ends[side] = { stdin, stdout };
    },
    exited: () => {
      exitedAt[side] = performance.now();
      if (side === 'validator') {
        // Nobody reads the submission's output any more: its writes must fail, not block.
        ends.submission?.stdout.destroy();
      } else {
        // The validator's output has nowhere to go: drop it (still counted against its limit).
        ends.validator?.stdout.unpipe();
        ends.validator?.stdout.resume();
      }
    },
  });
  // Both launchers are spawned synchronously inside these calls, so the streams are wired below
  // before any of their data can arrive.
  const submissionRun = runOnce(
    submission,
    settings,
    linkFor('submission'),
    undefined,
    core === undefined ? {} : { core },
  );
  const validatorRun = runOnce(validator, settings, linkFor('validator'));
  const { submission: sub, validator: val } = ends;
  if (sub !== undefined && val !== undefined) {
    // pipe() ends the destination when the source ends (EOF), and handles backpressure. A write to a
    // side that has exited fails with EPIPE: the streams' error handlers ignore it and pipe() unpipes.
    sub.stdout.pipe(val.stdin);
    val.stdout.pipe(sub.stdin);
  } else {
    // One side did not start (its result says why): the other sees EOF at once.
    for (const end of [sub, val]) {
      end?.stdin.end();
      end?.stdout.destroy();
    }
  }
  const [submissionResult, validatorResult] = await Promise.all([submissionRun, validatorRun]);
  const submissionExit = exitedAt.submission ?? Number.POSITIVE_INFINITY;
  const validatorExit = exitedAt.validator ?? Number.POSITIVE_INFINITY;
  return {
    submission: submissionResult,
    validator: validatorResult,
    firstToExit: validatorExit < submissionExit ? 'validator' : 'submission',
  };
}
