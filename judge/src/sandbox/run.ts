/**
 * Runs one untrusted command in a fresh sandbox and classifies how it ended. Results come out only
 * through pipes (stdout, stderr, bwrap's status): nothing is read back from paths the program could
 * have replaced with a symlink.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import { detectCgroupDriver } from './cgroup/detect.js';
import type { CgroupDriver, CgroupUsage, RunCgroup } from './cgroup/types.js';
import { DEFAULT_HOST_TOOLS, type HostTools, hostProblems } from './host.js';
import { LAUNCHER_ENV, launcherArgv, type ReadOnlyBind, SECCOMP_FD, STATUS_FD } from './launcher.js';
import { type SandboxLimits, validateLimits } from './limits.js';
import { CappedBuffer, TailBuffer } from './output.js';
import { checkWorkDir, selfTest } from './preflight.js';
import { classify, type RunObservation, type SandboxResult, signalFromExitCode } from './result.js';
import { sandboxSeccompProgram } from './seccomp/filter.js';

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
  /** Bytes fed to stdin, or a host file opened by the judge; none means /dev/null. */
  stdin?: Buffer | { path: string };
  limits: SandboxLimits;
  /**
   * What the runtime prints on stderr when it exhausts a heap limit of its own (V8's
   * `--max-old-space-size`: /JavaScript heap out of memory/). A failing run whose stderr matches is
   * memory-limit. The program could print it itself; it would only trade one failure for another.
   */
  outOfMemoryPattern?: RegExp;
}

export interface SandboxOptions {
  /** Default: detected from the host (v2, else v1). */
  cgroups?: CgroupDriver;
  tools?: HostTools;
  /** The unprivileged uid and gid runs drop to before bwrap (default 65534, nobody). */
  uid?: number;
  gid?: number;
  /** How much of stderr to keep (default 4 KiB). */
  stderrTailBytes?: number;
  /** How often the run's CPU time is read from its cgroup (default 10 ms). */
  cpuPollMs?: number;
}

/** How two connected runs ended ({@link Sandbox.runInteractive}). */
export interface InteractiveResult {
  submission: SandboxResult;
  validator: SandboxResult;
  /** Which of the two exited first (the other may have ended because its pipe closed). */
  firstToExit: 'submission' | 'validator';
}

export interface Sandbox {
  run(request: SandboxRequest): Promise<SandboxResult>;
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
   * Start-up check for a worker or `judge doctor`: removes run groups a crashed judge left behind,
   * then runs `/usr/bin/true` in a real sandbox and throws with the reason if it does not succeed.
   */
  check(): Promise<void>;
}

let runCounter = 0;

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
  const settings = {
    cgroups,
    tools,
    seccomp,
    uid: options.uid ?? 65534,
    gid: options.gid ?? 65534,
    stderrTailBytes: options.stderrTailBytes ?? 4096,
    cpuPollMs: options.cpuPollMs ?? 10,
  };
  const run = (request: SandboxRequest) => runOnce(request, settings);
  return {
    run,
    runInteractive: (submission, validator) => runInteractive(submission, validator, settings),
    check: () => selfTest(run, cgroups),
  };
}

let defaultSandbox: Sandbox | undefined;

/** {@link createSandbox} with the defaults, created on first use. */
export function runSandboxed(request: SandboxRequest): Promise<SandboxResult> {
  defaultSandbox ??= createSandbox();
  return defaultSandbox.run(request);
}

type Settings = Required<Omit<SandboxOptions, 'cgroups' | 'tools'>> & {
  cgroups: CgroupDriver;
  tools: HostTools;
  seccomp: Buffer;
};

function internalError(reason: string, wallMs = 0): SandboxResult {
  return {
    status: 'internal-error',
    exitCode: null,
    signal: null,
    cpuMs: 0,
    wallMs,
    memoryBytes: 0,
    stdout: Buffer.alloc(0),
    stderrTail: '',
    reason,
  };
}

/**
 * A run whose stdin and stdout are handed to the caller instead of being fed and captured
 * ({@link runInteractive}).
 */
interface Link {
  /** Called synchronously when the launcher has been spawned, with its stdin and stdout. */
  attach(stdin: Writable, stdout: Readable): void;
  /** Called when the launcher (the sandbox) exits. */
  exited(): void;
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
  const submissionRun = runOnce(submission, settings, linkFor('submission'));
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

async function runOnce(request: SandboxRequest, settings: Settings, link?: Link): Promise<SandboxResult> {
  const { limits } = request;
  validateLimits(limits);
  const workDirProblem = checkWorkDir(request.workDir, settings.uid);
  if (workDirProblem !== undefined) return internalError(workDirProblem);

  let cgroup: RunCgroup;
  try {
    cgroup = settings.cgroups.create(
      `run-${process.pid}-${++runCounter}-${randomBytes(4).toString('hex')}`,
      limits,
    );
  } catch (error) {
    return internalError(`cannot create the run's cgroups: ${(error as Error).message}`);
  }
  let stdinFd: number | undefined;
  let result: SandboxResult;
  try {
    if (request.stdin !== undefined && !Buffer.isBuffer(request.stdin))
      stdinFd = openSync(request.stdin.path, 'r');
    result = await supervise(request, settings, cgroup, stdinFd, link);
  } catch (error) {
    result = internalError(`sandbox runner failed: ${(error as Error).message}`);
  } finally {
    if (stdinFd !== undefined) closeSync(stdinFd);
  }
  try {
    await cgroup.kill();
    await cgroup.remove();
  } catch (error) {
    // The verdict stands; the operator learns that a group (maybe with tasks) was left behind.
    const problem = `cgroup cleanup failed: ${(error as Error).message}`;
    result.reason = result.reason === undefined ? problem : `${result.reason}; ${problem}`;
  }
  return result;
}

function supervise(
  request: SandboxRequest,
  settings: Settings,
  cgroup: RunCgroup,
  stdinFd: number | undefined,
  link: Link | undefined,
): Promise<SandboxResult> {
  const { limits } = request;
  const { file, args } = launcherArgv({
    tools: settings.tools,
    procsFiles: cgroup.procsFiles,
    command: request.command,
    workDir: request.workDir,
    outputDir: request.outputDir,
    readOnlyBinds: request.readOnlyBinds,
    limits,
    uid: settings.uid,
    gid: settings.gid,
  });

  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const stdinSpec = stdinFd ?? (Buffer.isBuffer(request.stdin) || link !== undefined ? 'pipe' : 'ignore');
    const child = spawn(file, args, {
      stdio: [stdinSpec, 'pipe', 'pipe', 'pipe', 'pipe'],
      env: { ...LAUNCHER_ENV },
      cwd: '/',
    });
    // A linked run's stdout goes to the other program: counted against the limit, not kept.
    const stdout = new CappedBuffer(limits.outputBytes, link === undefined ? limits.outputBytes : 0);
    const stderr = new TailBuffer(settings.stderrTailBytes);
    const observation: Pick<RunObservation, 'started' | 'killedFor' | 'killReason'> = { started: false };
    let statusText = '';
    let spawnError: Error | undefined;

    const killFor = (killedFor: 'time-limit' | 'output-limit', reason: string) => {
      if (observation.killedFor !== undefined) return;
      observation.killedFor = killedFor;
      observation.killReason = reason;
      // The launcher may not have joined the cgroup yet: kill it directly too.
      child.kill('SIGKILL');
      cgroup.kill().catch(() => {});
    };

    const wallTimer = setTimeout(
      () => killFor('time-limit', `wall time over ${limits.wallMs} ms`),
      limits.wallMs,
    );
    const cpuTimer = setInterval(() => {
      try {
        const cpuMs = cgroup.cpuNs() / 1e6;
        if (cpuMs > limits.cpuMs) killFor('time-limit', `CPU time over ${limits.cpuMs} ms`);
      } catch {
        // The cgroup is being removed; the exit handler takes over.
      }
    }, settings.cpuPollMs);

    const ignorePipeErrors = (stream: Readable | Writable | null | undefined) =>
      stream?.on('error', () => {});
    const statusPipe = child.stdio[STATUS_FD] as Readable;
    const seccompPipe = child.stdio[SECCOMP_FD] as Writable;
    for (const stream of child.stdio) ignorePipeErrors(stream as Readable | null);

    seccompPipe.end(settings.seccomp);
    if (Buffer.isBuffer(request.stdin)) child.stdin?.end(request.stdin);

    child.stdout?.on('data', (chunk: Buffer) => {
      if (!stdout.push(chunk)) killFor('output-limit', `stdout over ${limits.outputBytes} bytes`);
    });
    if (link !== undefined && child.stdin !== null && child.stdout !== null)
      link.attach(child.stdin, child.stdout);
    let runtimeOutOfMemory = false;
    let stderrCarry = '';
    // Without g/y: a stateful lastIndex would make test() skip matches between chunks.
    const oomPattern = request.outOfMemoryPattern;
    const outOfMemory = oomPattern && new RegExp(oomPattern.source, oomPattern.flags.replace(/[gy]/g, ''));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (outOfMemory !== undefined && !runtimeOutOfMemory) {
        // Matched over the whole stream (the message may scroll out of the tail), across chunk edges.
        const text = stderrCarry + chunk.toString('latin1');
        runtimeOutOfMemory = outOfMemory.test(text);
        stderrCarry = text.slice(-256);
      }
      if (stderr.total > limits.outputBytes)
        killFor('output-limit', `stderr over ${limits.outputBytes} bytes`);
    });
    let bwrapExitCode: number | null = null;
    statusPipe.on('data', (chunk: Buffer) => {
      statusText += chunk.toString('utf8');
      const status = parseStatus(statusText);
      if (status.started) observation.started = true;
      if (status.exitCode !== null) bwrapExitCode = status.exitCode;
    });

    child.on('error', (error) => {
      spawnError = error;
    });
    // A linked run is over when its sandbox exits: its stdout may stay open a while longer (data
    // the other side has not read yet), and its timers must not count that time or kill for it.
    let exitWallMs: number | undefined;
    child.on('exit', () => {
      if (link === undefined) return;
      clearTimeout(wallTimer);
      clearInterval(cpuTimer);
      exitWallMs = Math.round(performance.now() - startedAt);
      link.exited();
    });
    child.on('close', (code, signal) => {
      clearTimeout(wallTimer);
      clearInterval(cpuTimer);
      const wallMs = exitWallMs ?? Math.round(performance.now() - startedAt);
      if (spawnError !== undefined) {
        resolve(internalError(`cannot start ${file}: ${spawnError.message}`, wallMs));
        return;
      }
      finish(code ?? bwrapExitCode, signal, wallMs).then(resolve, reject);
    });

    const finish = async (exitCode: number | null, signal: NodeJS.Signals | null, wallMs: number) => {
      await cgroup.kill();
      const usage: CgroupUsage = cgroup.usage();
      const cpuMs = Math.round(usage.cpuNs / 1e6);
      const stderrTail = stderr.value();
      const run: RunObservation = {
        ...observation,
        exitCode,
        signal,
        cpuMs,
        wallMs,
        oomKills: usage.oomKills,
        runtimeOutOfMemory,
        stderrTail,
      };
      const { status, reason } = classify(run, limits);
      const killedByJudge = observation.killedFor !== undefined && signal === 'SIGKILL';
      const result: SandboxResult = {
        status,
        exitCode: killedByJudge ? null : exitCode,
        signal: signal ?? signalFromExitCode(exitCode),
        cpuMs,
        wallMs,
        memoryBytes: usage.memoryPeakBytes,
        stdout: stdout.value(),
        stderrTail,
      };
      if (reason !== undefined) result.reason = reason;
      return result;
    };
  });
}

/** bwrap's --json-status-fd writes one JSON object per event: `child-pid` at start, `exit-code` at the end. */
function parseStatus(text: string): { started: boolean; exitCode: number | null } {
  let started = false;
  let exitCode: number | null = null;
  for (const match of text.matchAll(/"(child-pid|exit-code)"\s*:\s*(\d+)/g)) {
    if (match[1] === 'child-pid') started = true;
    else exitCode = Number(match[2]);
  }
  return { started, exitCode };
}
