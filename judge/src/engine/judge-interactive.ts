/**
 * Judges an interactive program (Kattis `validation: custom interactive`, 2023-07 `type: interactive`):
 * for each test the submission and the problem's validator (the interactor) run at once, each in its
 * own sandbox, the submission's stdout piped to the validator's stdin and back. The validator is
 * started as `validator input answer feedback_dir [args]`; exit 42 accepts, 43 rejects, with its
 * reason in judgemessage.txt.
 */
import path from 'node:path';
import type { LanguageSpec } from '../languages/language.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { SandboxResult } from '../sandbox/result.js';
import type { InteractiveResult, Sandbox } from '../sandbox/run.js';
import { runtimeErrorMessage } from './judge-stdio.js';
import { runLimits } from './limits.js';
import {
  type BuiltValidator,
  newFeedbackDir,
  readPlantedFile,
  validatorLimits,
  validatorRequest,
} from './output-validator.js';
import type { JudgeProgress, TestResult } from './result.js';
import { type Verdict, verdictOfFailedRun } from './verdict.js';
import type { Workspace } from './workspace.js';

/**
 * How a runtime reports a write to a pipe whose reader has gone. The ends are socket pairs, so most
 * runtimes see EPIPE or ECONNRESET (Python ignores SIGPIPE); a C or C++ program may die of SIGPIPE.
 */
const brokenPipe = /BrokenPipeError|ConnectionResetError|EPIPE|ECONNRESET|Broken pipe|Connection reset/;

export interface InteractiveJudgement {
  verdict: Verdict;
  message?: string;
}

/**
 * The test's verdict from both runs, in order:
 * 0. the sandbox's own failure on the submission's side (IE); then an interactor that rejected (43)
 *    before the submission exited decides: WA, whatever the submission did afterwards (spin into its
 *    time limit, run out of memory, crash on the closed pipes) — as problemtools follows the
 *    validator that exits first with a rejection;
 * 1. the submission's limits (TLE, MLE, OLE) — a deadlock ends with the submission's wall limit, so
 *    it is TLE;
 * 2. a validator that did not exit with 42 or 43 is an internal error (the problem is broken);
 * 3. a submission that crashed before the validator finished is RE, whatever the validator then
 *    said; one that crashed after it is judged by the validator: after a rejection (43) it is WA
 *    (it most likely tripped over the closed pipes), after an acceptance (42) it is RE unless it
 *    only failed to write to the closed pipe (EPIPE, ECONNRESET, SIGPIPE);
 * 4. the validator's verdict: 43 WA (with its message), 42 AC.
 */
export function interactiveVerdict(
  run: InteractiveResult,
  judgeMessage: string | undefined,
): InteractiveJudgement {
  const { submission: sub, validator: val } = run;
  if (sub.status === 'internal-error') return { verdict: 'IE', message: sub.reason ?? 'sandbox failure' };
  if (run.firstToExit === 'validator' && val.exitCode === 43)
    return { verdict: 'WA', message: judgeMessage || 'the interactor rejected the interaction' };
  if (sub.status === 'time-limit' || sub.status === 'memory-limit' || sub.status === 'output-limit') {
    const idle = sub.status === 'time-limit' && /wall time/.test(sub.reason ?? '');
    const message = idle
      ? `${sub.reason} (idle: the program was waiting — for input that never came? Flush your output after each message)`
      : sub.reason;
    return { verdict: verdictOfFailedRun(sub.status), ...(message ? { message } : {}) };
  }
  if (val.exitCode !== 42 && val.exitCode !== 43) {
    return { verdict: 'IE', message: `the interactor failed (${validatorFailure(val)})` };
  }
  if (sub.status === 'runtime-error') {
    const afterValidator = run.firstToExit === 'validator';
    const excused =
      afterValidator && (val.exitCode === 43 || sub.signal === 'SIGPIPE' || brokenPipe.test(sub.stderrTail));
    if (!excused)
      return { verdict: 'RE', message: runtimeErrorMessage(sub.exitCode, sub.signal, sub.stderrTail) };
  }
  if (val.exitCode === 43)
    return { verdict: 'WA', message: judgeMessage || 'the interactor rejected the interaction' };
  return judgeMessage ? { verdict: 'AC', message: judgeMessage } : { verdict: 'AC' };
}

function validatorFailure(val: SandboxResult): string {
  const how =
    val.status === 'internal-error' || val.status === 'ok' || val.status === 'runtime-error'
      ? val.signal !== null
        ? `killed by ${val.signal}`
        : `exit code ${val.exitCode}`
      : val.status;
  const detail = (val.reason ?? val.stderrTail.trim().split('\n').slice(-8).join('\n')).slice(-1000);
  return detail === '' ? how : `${how}: ${detail}`;
}

export async function judgeInteractive(options: {
  sandbox: Sandbox;
  problem: ProblemPackage;
  language: LanguageSpec;
  runDir: string;
  tests: TestCase[];
  timeLimitMs: number;
  validator: BuiltValidator;
  workspace: Workspace;
  stopOnFirstFailure: boolean;
  onProgress: (progress: JudgeProgress) => void;
}): Promise<TestResult[]> {
  const { sandbox, problem, language, tests, validator } = options;
  const limits = runLimits(
    {
      timeLimitMs: options.timeLimitMs,
      memoryMiB: problem.limits.memoryMiB,
      outputMiB: problem.limits.outputMiB,
    },
    language,
  );
  // The interactor outlives the submission (it must see its EOF), and what it writes to the
  // submission is the interaction, not a report: more room than a checker's output.
  const interactorLimits = {
    ...validatorLimits,
    wallMs: Math.max(validatorLimits.wallMs, limits.wallMs + 10_000),
    outputBytes: Math.max(validatorLimits.outputBytes, limits.outputBytes),
  };
  const command = language.run({ memoryBytes: limits.memoryBytes });
  const results: TestResult[] = [];
  for (const [index, test] of tests.entries()) {
    options.onProgress({ stage: 'testing', test: index + 1, of: tests.length });
    const caseDir = options.workspace.newCaseDir();
    const feedbackDir = newFeedbackDir(caseDir, validator);
    const run = await sandbox.runInteractive(
      {
        command,
        workDir: options.runDir,
        readOnlyBinds: language.extraReadOnlyBinds,
        limits,
        timed: true,
        uid: options.workspace.owner.uid,
        gid: options.workspace.owner.gid,
        ...(language.outOfMemoryPattern === undefined
          ? {}
          : { outOfMemoryPattern: language.outOfMemoryPattern }),
      },
      validatorRequest(validator, test, caseDir, feedbackDir, interactorLimits),
    );
    const judged = interactiveVerdict(run, readPlantedFile(path.join(feedbackDir, 'judgemessage.txt')));
    const result: TestResult = {
      name: test.name,
      sample: test.group.startsWith('sample'),
      verdict: judged.verdict,
      timeMs: Math.round(run.submission.cpuMs),
      memoryBytes: run.submission.memoryBytes,
      ...(judged.message ? { message: judged.message } : {}),
    };
    results.push(result);
    if (options.stopOnFirstFailure && result.verdict !== 'AC') break;
  }
  return results;
}
