/** The sandbox limits of the judge's steps, from the problem's limits and the language's needs. */
import type { LanguageSpec, SourceFile } from '../languages/language.js';
import type { ProblemPackage } from '../package/types.js';
import type { SandboxLimits } from '../sandbox/limits.js';

const MiB = 2 ** 20;

export interface RunLimitsInput {
  timeLimitMs: number;
  memoryMiB: number;
  outputMiB: number;
}

/**
 * The wall-time limit of a judged run: the time limit plus half of it, at least 1 s. CPU time decides
 * a Time Limit Exceeded; the wall limit only catches sleepers and programs blocked on input. A timed
 * run holds a CPU of its own from before its wall timer starts, so a CPU-bound program's wall time
 * is its CPU time plus the sandbox's start-up (tens of ms); the slack covers that and a host's own
 * work, and a sleeper gets at most 1.5× the limit (2× for limits up to 2 s) instead of 3× + 1 s.
 */
export function wallLimitMs(timeLimitMs: number): number {
  return timeLimitMs + Math.max(1000, Math.round(timeLimitMs / 2));
}

/** A run of the learner's program on one test (or on all tests, for function problems). */
export function runLimits(problem: RunLimitsInput, language: LanguageSpec): SandboxLimits {
  return {
    cpuMs: problem.timeLimitMs,
    wallMs: wallLimitMs(problem.timeLimitMs),
    memoryBytes: problem.memoryMiB * MiB,
    pids: Math.max(16, language.minPids + 8),
    outputBytes: problem.outputMiB * MiB,
    fileBytes: 16 * MiB,
    tmpBytes: 64 * MiB,
    openFiles: 256,
  };
}

/**
 * Processes and threads a test-suite run may have alive at once: the runtime's own threads plus room
 * for what the Python-mastery topics exercise — a thread pool, a small multiprocessing pool with its
 * feeder and result threads — while a fork bomb still stops at this bound (EAGAIN) and then at the CPU
 * limit, which covers every process of the run.
 */
export const suitePids = 64;

/** A test-suite run's private /dev/shm: POSIX semaphores and small queues, not bulk data. */
export const suiteShmBytes = 16 * MiB;

/**
 * A test-suite run: a function run's limits with the room {@link suitePids} gives and a private
 * writable /dev/shm, so threads, asyncio and a small multiprocessing pool work.
 */
export function suiteRunLimits(problem: RunLimitsInput, language: LanguageSpec): SandboxLimits {
  return {
    ...runLimits(problem, language),
    pids: Math.max(suitePids, language.minPids + 8),
    shmBytes: suiteShmBytes,
  };
}

/**
 * A compiler run. Compilers are untrusted code too (template bombs, `#include "/dev/zero"`): they get
 * the same sandbox with limits of their own.
 */
export const compileLimits: SandboxLimits = {
  cpuMs: 15_000,
  wallMs: 30_000,
  memoryBytes: 1024 * MiB,
  pids: 64,
  outputBytes: 1 * MiB,
  fileBytes: 128 * MiB,
  tmpBytes: 256 * MiB,
  openFiles: 256,
};

/**
 * Largest source accepted (the database's limit too). It also bounds what every compiler is given to
 * parse, although none runs in the judge's process any more (esbuild included: a source that crashes
 * it only fails its own compile step in the sandbox).
 */
export const maxSourceBytes = 256 * 1024;

/** Why a source is refused before it is built (a Compilation Error), or undefined when it is not. */
export function oversizedSource(source: string): string | undefined {
  const bytes = Buffer.byteLength(source);
  if (bytes <= maxSourceBytes) return undefined;
  return `the source is ${Math.ceil(bytes / 1024)} KiB; the limit is ${maxSourceBytes / 1024} KiB`;
}

/** Files over this count make no program a learner or author writes by hand. */
export const maxProgramFiles = 100;

/** As {@link oversizedSource}, for all the files of a program together (and their count). */
export function oversizedProgram(files: readonly SourceFile[]): string | undefined {
  if (files.length > maxProgramFiles)
    return `the program has ${files.length} files; the limit is ${maxProgramFiles}`;
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
  if (bytes <= maxSourceBytes) return undefined;
  return `the program's files hold ${Math.ceil(bytes / 1024)} KiB; the limit is ${maxSourceBytes / 1024} KiB`;
}

/**
 * A request's program as files: `files` as given, or `source` as the one file (named later by the
 * language). @throws TypeError when the request has both or neither (a caller's bug).
 */
export function programFiles(request: { source?: string; files?: SourceFile[] }): SourceFile[] {
  if ((request.source === undefined) === (request.files === undefined))
    throw new TypeError('a judge request needs exactly one of source and files');
  return request.files ?? [{ path: 'source', content: request.source! }];
}

/** The time limit in ms: the request's override, else the package's; undefined when neither has one. */
export function timeLimitMsOf(problem: ProblemPackage, override: number | undefined): number | undefined {
  if (override !== undefined) return override;
  const seconds = problem.limits.timeLimit;
  return seconds === undefined ? undefined : Math.round(seconds * 1000);
}
