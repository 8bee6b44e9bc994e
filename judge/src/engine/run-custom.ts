/**
 * "Run with my input": builds a stdio program and runs it once on the learner's own stdin, with the
 * problem's limits, and hands back what it printed. Nothing is checked against an answer (there is
 * none), so the verdict only says whether the program ran fine (AC) or hit a limit, crashed or did
 * not compile.
 */
import type { LanguageId } from '../languages/language.js';
import { languages } from '../languages/registry.js';
import type { ProblemPackage } from '../package/types.js';
import type { Sandbox } from '../sandbox/run.js';
import { buildProgram } from './build.js';
import { runtimeErrorMessage } from './judge-stdio.js';
import { oversizedSource, runLimits, timeLimitMsOf } from './limits.js';
import type { JudgeProgress } from './result.js';
import { type Verdict, verdictOfFailedRun } from './verdict.js';
import { createWorkspace, type Workspace } from './workspace.js';

/** Most of the program's stdout handed back; a run may print more (up to the problem's output limit). */
export const maxRunOutputBytes = 64 * 1024;

export interface CustomRunRequest {
  problem: ProblemPackage;
  language: LanguageId;
  source: string;
  /** The program's standard input. */
  input: string;
  /** Overrides the package's time limit. */
  timeLimitMs?: number;
  onProgress?: (progress: JudgeProgress) => void;
}

/** AC means the program ran to a normal end: there is no answer to compare its output with. */
export type CustomRunVerdict = Exclude<Verdict, 'WA'>;

export interface CustomRunResult {
  verdict: CustomRunVerdict;
  /** What the program wrote to stdout, at most {@link maxRunOutputBytes} of it. */
  output: string;
  /** The program wrote more than {@link output} holds. */
  outputTruncated: boolean;
  /** The end of what it wrote to stderr. */
  stderrTail: string;
  timeMs: number;
  memoryBytes: number;
  compileMs: number;
  /** CE: the compiler's message; TLE, MLE, OLE, RE: what happened; IE: the reason. */
  message?: string;
}

/** The problem cannot be run on custom input (its programs do not read a plain stdin). */
export class CustomRunUnsupportedError extends Error {
  override name = 'CustomRunUnsupportedError';
}

/** Why the problem's programs cannot be run on custom input, or undefined when they can. */
export function customRunRefusal(problem: ProblemPackage): string | undefined {
  if (problem.function !== undefined)
    return 'a function problem has no standard input to give: run its samples instead';
  if (problem.class !== undefined)
    return 'a class problem has no standard input to give: run its samples instead';
  if (problem.suite !== undefined)
    return 'a test-suite problem is judged by its tests, not on an input: run its samples instead';
  if (problem.interactive)
    return 'an interactive problem reads from its interactor, not from a fixed input: run its samples instead';
  return undefined;
}

const notRun = (verdict: CustomRunVerdict, message: string, compileMs = 0): CustomRunResult => ({
  verdict,
  output: '',
  outputTruncated: false,
  stderrTail: '',
  timeMs: 0,
  memoryBytes: 0,
  compileMs,
  message,
});

/** @throws CustomRunUnsupportedError for function and interactive problems. */
export async function runCustom(sandbox: Sandbox, request: CustomRunRequest): Promise<CustomRunResult> {
  const { problem } = request;
  const refusal = customRunRefusal(problem);
  if (refusal !== undefined) throw new CustomRunUnsupportedError(refusal);
  const onProgress = request.onProgress ?? (() => undefined);
  const language = languages[request.language];
  const timeLimitMs = timeLimitMsOf(problem, request.timeLimitMs);
  if (timeLimitMs === undefined)
    return notRun('IE', 'the problem has no time limit; run `winterarc problem verify` to derive one');
  const oversized = oversizedSource(request.source);
  if (oversized !== undefined) return notRun('CE', oversized);

  let workspace: Workspace;
  try {
    workspace = createWorkspace(sandbox.leaseUid());
  } catch (error) {
    return notRun('IE', `cannot prepare the run: ${(error as Error).message}`);
  }
  try {
    onProgress({ stage: 'compiling' });
    const built = await buildProgram(sandbox, language, request.source, workspace);
    const runAs = built.ok ? built.language : language;
    if (!built.ok) return notRun(built.verdict, built.message);
    const compileMs = Math.round(built.compileMs);
    onProgress({ stage: 'testing', test: 1, of: 1 });
    const limits = runLimits(
      { timeLimitMs, memoryMiB: problem.limits.memoryMiB, outputMiB: problem.limits.outputMiB },
      language,
    );
    const run = await sandbox.run({
      command: runAs.run({ memoryBytes: limits.memoryBytes }),
      workDir: built.runDir,
      stdin: Buffer.from(request.input, 'utf8'),
      readOnlyBinds: language.extraReadOnlyBinds,
      limits,
      timed: true,
      uid: workspace.owner.uid,
      gid: workspace.owner.gid,
      ...(language.outOfMemoryPattern === undefined
        ? {}
        : { outOfMemoryPattern: language.outOfMemoryPattern }),
    });
    // A failed run's verdict is a limit, a crash or IE, never WA.
    const verdict = (run.status === 'ok' ? 'AC' : verdictOfFailedRun(run.status)) as CustomRunVerdict;
    const message =
      run.status === 'ok'
        ? undefined
        : run.status === 'runtime-error'
          ? runtimeErrorMessage(run.exitCode, run.signal, run.stderrTail)
          : run.reason;
    onProgress({ stage: 'done', verdict });
    return {
      verdict,
      // A multi-byte character cut at the limit decodes as U+FFFD: the output stays valid text.
      output: run.stdout.subarray(0, maxRunOutputBytes).toString('utf8'),
      outputTruncated: run.stdout.length > maxRunOutputBytes,
      stderrTail: run.stderrTail,
      timeMs: Math.round(run.cpuMs),
      memoryBytes: run.memoryBytes,
      compileMs,
      ...(message ? { message } : {}),
    };
  } finally {
    workspace.dispose();
  }
}
