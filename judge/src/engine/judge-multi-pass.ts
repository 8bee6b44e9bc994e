/**
 * Multi-pass problems (legacy `validation: custom multi-pass`, 2023-07 `type: multi-pass`): on each
 * test the submission runs, the output validator judges that output, and when it accepts and leaves
 * `nextpass.in` in its feedback directory the submission runs again with that file as its input, up to
 * `validation_passes` runs. The feedback directory stays the same across passes, so the validator can
 * keep its own state there; it always gets the test's own input and answer files.
 */
import { closeSync, constants, fstatSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageSpec } from '../languages/language.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { Sandbox } from '../sandbox/run.js';
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
 * Copies a file the sandboxed validator wrote, without following a link it may have planted (the
 * O_NOFOLLOW and fstat rules of `readPlantedFile`); false when it is absent or not a regular file.
 * @throws Error when it is larger than `maxBytes`.
 */
function copyPlantedFile(from: string, to: string, maxBytes: number): boolean {
  let fd: number;
  try {
    fd = openSync(from, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return false;
    if (stats.size > maxBytes) throw new Error(`nextpass.in is over ${maxBytes / 2 ** 20} MiB`);
    const buffer = Buffer.alloc(stats.size);
    const read = readSync(fd, buffer, 0, stats.size, 0);
    // Streamed to the submission's stdin by the judge: readable by the judge only.
    writeFileSync(to, buffer.subarray(0, read), { mode: 0o600 });
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Largest `nextpass.in` taken: as large as a test input may reasonably be. */
const maxNextPassBytes = 64 * 2 ** 20;

export async function judgeMultiPass(options: {
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
  const { sandbox, problem, language, validator, workspace } = options;
  const limits = runLimits(
    {
      timeLimitMs: options.timeLimitMs,
      memoryMiB: problem.limits.memoryMiB,
      outputMiB: problem.limits.outputMiB,
    },
    language,
  );
  const command = language.run({ memoryBytes: limits.memoryBytes });
  const passes = problem.limits.validationPasses;
  const results: TestResult[] = [];
  for (const [index, test] of options.tests.entries()) {
    options.onProgress({ stage: 'testing', test: index + 1, of: options.tests.length });
    const feedbackDir = newFeedbackDir(workspace.newCaseDir(), validator);
    let input = test.input;
    let timeMs = 0;
    let memoryBytes = 0;
    let outcome: { verdict: Verdict; message?: string } | undefined;
    for (let pass = 1; outcome === undefined; pass += 1) {
      const run = await sandbox.run({
        command,
        workDir: options.runDir,
        stdin: { path: input },
        readOnlyBinds: language.extraReadOnlyBinds,
        limits,
        timed: true,
        uid: workspace.owner.uid,
        gid: workspace.owner.gid,
        ...(language.outOfMemoryPattern === undefined
          ? {}
          : { outOfMemoryPattern: language.outOfMemoryPattern }),
      });
      timeMs += run.cpuMs;
      memoryBytes = Math.max(memoryBytes, run.memoryBytes);
      const inPass = passes > 1 ? ` (pass ${pass})` : '';
      if (run.status !== 'ok') {
        const detail =
          run.status === 'runtime-error'
            ? runtimeErrorMessage(run.exitCode, run.signal, run.stderrTail)
            : run.reason;
        outcome = {
          verdict: verdictOfFailedRun(run.status),
          ...(detail ? { message: `${detail}${inPass}` } : {}),
        };
        break;
      }
      const caseDir = workspace.newCaseDir();
      const teamOutput = path.join(caseDir, 'team_output');
      // Read by the judge and fed to the validator's stdin: nobody else needs it.
      writeFileSync(teamOutput, run.stdout, { mode: 0o600 });
      const nextPass = path.join(feedbackDir, 'nextpass.in');
      rmSync(nextPass, { force: true });
      const judged = await sandbox.run({
        // Each pass gets fresh copies of the test's files (in this pass's case directory); the
        // feedback directory is the test's, kept across passes.
        ...validatorRequest(validator, test, caseDir, feedbackDir, validatorLimits),
        stdin: { path: teamOutput },
      });
      const message = readPlantedFile(path.join(feedbackDir, 'judgemessage.txt'));
      if (judged.exitCode === 43) {
        outcome = {
          verdict: 'WA',
          message: `${message || 'the output validator rejected the output'}${inPass}`,
        };
      } else if (judged.exitCode !== 42) {
        outcome = {
          verdict: 'IE',
          message: `the output validator failed (${judged.status}, exit code ${judged.exitCode})${inPass}: ${judged.reason ?? judged.stderrTail.slice(-500)}`,
        };
      } else {
        const nextInput = path.join(caseDir, 'nextpass.in');
        let more: boolean;
        try {
          more = copyPlantedFile(nextPass, nextInput, maxNextPassBytes);
        } catch (error) {
          outcome = { verdict: 'IE', message: `the output validator's ${(error as Error).message}` };
          break;
        }
        if (!more) outcome = message ? { verdict: 'AC', message } : { verdict: 'AC' };
        else if (pass >= passes)
          // The validator asked for more passes than the package allows: the package is at fault.
          outcome = {
            verdict: 'IE',
            message: `the output validator wrote nextpass.in after pass ${pass}, but limits.validation_passes is ${passes}`,
          };
        else input = nextInput;
      }
    }
    const result: TestResult = {
      name: test.name,
      sample: test.group.startsWith('sample'),
      verdict: outcome!.verdict,
      timeMs: Math.round(timeMs),
      memoryBytes,
      ...(outcome!.message ? { message: outcome!.message } : {}),
    };
    results.push(result);
    if (options.stopOnFirstFailure && result.verdict !== 'AC') break;
  }
  return results;
}
