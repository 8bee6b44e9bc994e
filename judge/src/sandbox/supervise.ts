/**
 * The supervisor of one sandboxed run: spawns the launcher chain, feeds and captures its pipes, polls
 * the run's CPU time, enforces the wall and output limits, and classifies how the run ended. `run.ts`
 * wraps it with the cgroup's life cycle and the public API.
 */
import { spawn } from 'node:child_process';
import { createReadStream, openSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import type { CgroupDriver, CgroupUsage, RunCgroup } from './cgroup/types.js';
import type { CoreGate } from './cores.js';
import type { HostTools } from './host.js';
import { LAUNCHER_ENV, launcherArgv, SECCOMP_FD, STATUS_FD } from './launcher.js';
import { CappedBuffer, TailBuffer } from './output.js';
import { classify, type RunObservation, type SandboxResult, signalFromExitCode } from './result.js';
import type { SandboxOptions, SandboxRequest } from './run.js';
import type { StartupBaseline } from './startup-baseline.js';
import type { UidPool } from './uids.js';

export type Settings = Required<
  Omit<SandboxOptions, 'cgroups' | 'tools' | 'uid' | 'gid' | 'uidPool' | 'startupBaselineNs'>
> & {
  cgroups: CgroupDriver;
  tools: HostTools;
  seccomp: Buffer;
  /** CPUs for timed runs (shared by every sandbox of the process). */
  cores: CoreGate;
  /** The sandbox's own start-up CPU time, subtracted from every run's. */
  startup: StartupBaseline;
  /** Where runs whose request names no uid get theirs. */
  uids: UidPool;
};

/** The uid and gid one run drops to. */
export interface Identity {
  uid: number;
  gid: number;
}

export function internalError(reason: string, wallMs = 0): SandboxResult {
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
export interface Link {
  /** Called synchronously when the launcher has been spawned, with its stdin and stdout. */
  attach(stdin: Writable, stdout: Readable): void;
  /** Called when the launcher (the sandbox) exits. */
  exited(): void;
}

/** A run whose stdin is written later, when the wall timer starts ({@link startRun}). */
export interface Gate {
  /** Called synchronously when the launcher has been spawned. */
  attach(feed: (stdin: Buffer) => void, abort: () => void): void;
  /** Called when the launcher exits. */
  exited(): void;
}

export function supervise(
  request: SandboxRequest,
  settings: Settings,
  cgroup: RunCgroup,
  identity: Identity,
  link: Link | undefined,
  gate: Gate | undefined,
  calibrating: boolean,
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
    uid: identity.uid,
    gid: identity.gid,
  });

  return new Promise((resolve, reject) => {
    let startedAt = performance.now();
    // A file is opened here, by the judge, and streamed: handing its descriptor to the program as
    // fd 0 would let it reopen /proc/self/fd/0 for writing whenever the file's mode allowed its uid.
    const stdinFile =
      request.stdin !== undefined && !Buffer.isBuffer(request.stdin)
        ? createReadStream('', { fd: openSync(request.stdin.path, 'r') })
        : undefined;
    const stdinSpec =
      request.stdin !== undefined || link !== undefined || gate !== undefined ? 'pipe' : 'ignore';
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

    // Wall time counts what the program spent running or waiting for anything but a CPU: time it was
    // runnable while the host's other work had the CPU (its run queue delay) is not its own doing,
    // so a loaded host does not turn a CPU-bound program into a wall-time TLE. Sleepers and programs
    // blocked on input gain nothing (they are not runnable); at most maxWallStretch × the limit.
    let waitedForCpuMs = 0;
    const checkWallTime = (): void => {
      const elapsed = performance.now() - startedAt;
      waitedForCpuMs = Math.max(waitedForCpuMs, runQueueDelayMs(cgroup));
      const counted = elapsed - waitedForCpuMs;
      if (counted >= limits.wallMs || elapsed >= limits.wallMs * maxWallStretch) {
        const waited =
          waitedForCpuMs >= 1
            ? ` (not counting ${Math.round(waitedForCpuMs)} ms spent waiting for a CPU)`
            : '';
        killFor('time-limit', `wall time over ${limits.wallMs} ms${waited}`);
      } else {
        wallTimer = setTimeout(checkWallTime, Math.max(10, limits.wallMs - counted));
      }
    };
    const startWallTimer = () => setTimeout(checkWallTime, limits.wallMs);
    // A gated run waits (costing no CPU) for its stdin: its wall time starts when it is fed.
    let wallTimer = gate === undefined ? startWallTimer() : undefined;
    let ticks = 0;
    const cpuTimer = setInterval(() => {
      // Every 100 ms: the run queue wait, while the tasks that waited are still there to ask.
      if (++ticks % Math.max(1, Math.round(100 / settings.cpuPollMs)) === 0)
        waitedForCpuMs = Math.max(waitedForCpuMs, runQueueDelayMs(cgroup));
      try {
        const cpuMs = (cgroup.cpuNs() - (calibrating ? 0 : settings.startup.knownNs)) / 1e6;
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
    if (stdinFile !== undefined && child.stdin !== null) {
      // A program that stops reading leaves the rest unread: pipe() stops on the write error (EPIPE).
      stdinFile.on('error', () => {});
      stdinFile.pipe(child.stdin);
    }

    child.stdout?.on('data', (chunk: Buffer) => {
      if (!stdout.push(chunk)) killFor('output-limit', `stdout over ${limits.outputBytes} bytes`);
    });
    if (link !== undefined && child.stdin !== null && child.stdout !== null)
      link.attach(child.stdin, child.stdout);
    if (gate !== undefined && child.stdin !== null) {
      const stdinPipe = child.stdin;
      gate.attach(
        (stdin) => {
          startedAt = performance.now();
          wallTimer = startWallTimer();
          stdinPipe.end(stdin);
        },
        () => {
          child.kill('SIGKILL');
          cgroup.kill().catch(() => {});
        },
      );
    }
    let runtimeOutOfMemory = false;
    let stderrCarry = '';
    // Without g/y: a stateful lastIndex would make test() skip matches between chunks.
    const oomPattern = request.outOfMemoryPattern;
    const outOfMemory = oomPattern && new RegExp(oomPattern.source, oomPattern.flags.replace(/[gy]/g, ''));
    // stderr is diagnostics, not output: only its tail is kept and any volume is allowed (a program
    // that logs heavily is judged on its stdout). A flood only costs the program its own time.
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (outOfMemory !== undefined && !runtimeOutOfMemory) {
        // Matched over the whole stream (the message may scroll out of the tail), across chunk edges.
        const text = stderrCarry + chunk.toString('latin1');
        runtimeOutOfMemory = outOfMemory.test(text);
        stderrCarry = text.slice(-256);
      }
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
      gate?.exited();
      if (link === undefined) return;
      clearTimeout(wallTimer);
      clearInterval(cpuTimer);
      exitWallMs = Math.round(performance.now() - startedAt);
      link.exited();
    });
    child.on('close', (code, signal) => {
      stdinFile?.destroy();
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
      // The program's own CPU time: the sandbox's start-up (bwrap, the init) is not the program's.
      const baselineNs = calibrating ? 0 : await settings.startup.measured();
      const cpuNs = Math.max(0, usage.cpuNs - baselineNs);
      const cpuMs = Math.round(cpuNs / 1e6);
      const stderrTail = stderr.value();
      const run: RunObservation = {
        ...observation,
        exitCode,
        signal,
        cpuMs,
        // Classified on the counted wall time (see checkWallTime); reported as elapsed.
        wallMs: Math.max(0, Math.round(wallMs - waitedForCpuMs)),
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
        cpuNs,
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

/**
 * How far waiting for a CPU may stretch the wall limit: a bound on how long one run can hold the
 * judge when the host is overloaded (its CPU time still ends it at its CPU limit).
 */
export const maxWallStretch = 8;

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

/**
 * How long the run's tasks have spent runnable but waiting for a CPU (the kernel's run_delay, field 2
 * of /proc/<tid>/schedstat), in ms, summed: the sandbox's start-up chain (bwrap, the init) hands over
 * to the program one task after another, so their waits add up along the way. Threads that wait side
 * by side are counted each — they are runnable, so they use CPU time, which the CPU limit bounds.
 * 0 where the kernel does not tell; tasks that exited drop out (the caller keeps the largest sum seen).
 */
function runQueueDelayMs(cgroup: RunCgroup): number {
  let totalNs = 0;
  for (const tid of cgroup.taskIds?.() ?? []) {
    try {
      const delayNs = Number(readFileSync(`/proc/${tid}/schedstat`, 'utf8').split(' ')[1]);
      if (Number.isFinite(delayNs)) totalNs += delayNs;
    } catch {
      // The task exited meanwhile.
    }
  }
  return totalNs / 1e6;
}
